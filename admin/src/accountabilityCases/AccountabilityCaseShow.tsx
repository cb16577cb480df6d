/** One accountability case: what it is about, and once concluded its conclusion and outcome. */
import {
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { CaseStatusField } from './caseStatus';
import { CaseTitle } from './CaseTitle';
import { ConcludeCaseButton } from './ConcludeCaseDialog';
import { YesNoField } from './EnumChipField';

/** Edit and Conclude while the case is OPEN, for assessors and admins (each button asks access.ts). */
const CaseShowActions = () => {
  const record = useRecordContext();
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {record?.status === 'OPEN' ? [<EditButton key="edit" />, <ConcludeCaseButton key="conclude" />] : null}
    </TopToolbar>
  );
};

/** Fields side by side (`label={false}`: the layout adds no label of its own). */
function Row({ children }: { children: ReactNode; label?: false }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {children}
    </Stack>
  );
}

/** The conclusion, the breach finding and when; only for a concluded case. */
function Outcome(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.status !== 'CONCLUDED') return null;
  return (
    <Stack spacing={2}>
      {record.breachConfirmed ? (
        <Alert severity="error" data-testid="breach-alert">
          {translate('pingyi.governance.accountability.breachedYear', { year: record.year })}
        </Alert>
      ) : null}
      <Labeled source="conclusion">
        <TextField source="conclusion" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Row>
        <Labeled source="breachConfirmed">
          <YesNoField source="breachConfirmed" />
        </Labeled>
        <Labeled source="concludedAt">
          <DateTimeField source="concludedAt" />
        </Labeled>
      </Row>
    </Stack>
  );
}

/** A case's official, year, state, handler, red-line item, summary and outcome. */
export const AccountabilityCaseShow = () => (
  <Show actions={<CaseShowActions />} title={<CaseTitle />}>
    <SimpleShowLayout>
      <Row label={false}>
        <Labeled source="officialId">
          <NameReferenceField source="officialId" reference="officials" />
        </Labeled>
        <Labeled source="year">
          <NumberField source="year" options={{ useGrouping: false }} />
        </Labeled>
        <Labeled source="status">
          <CaseStatusField source="status" />
        </Labeled>
        <Labeled source="handledBy">
          <SelectField source="handledBy" choices={enumChoices('AccountabilityHandler')} />
        </Labeled>
      </Row>
      <ReferenceField source="responsibilityItemId" reference="responsibilityItems" link={false} emptyText="—">
        <TextField source="content" />
      </ReferenceField>
      <TextField source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="openedAt" />
      <Outcome label={false} />
    </SimpleShowLayout>
  </Show>
);
