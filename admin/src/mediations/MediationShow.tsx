/**
 * One mediation meeting (docs/rules.md rule 14): the dispute, the people, the parties and the
 * departments with the laws they cite, the written record once concluded, the court's
 * confirmation, the actions of each state and the printable record.
 */
import {
  BooleanField,
  DateField,
  EditButton,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Button, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { useProviderQuery } from '../common/providerHooks';
import { ConcludeMediationButton, CourtButtons } from './ConcludeMediationDialog';

/** Print, edit and conclude while open, the court's steps once concluded. */
function MediationActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
      {record ? (
        <Button startIcon={<PrintIcon />} href={`#/mediations/${encodeURIComponent(String(record.id))}/sheet`}>
          {translate('pingyi.selfgov.print')}
        </Button>
      ) : null}
      {record?.status === 'OPEN' ? <EditButton /> : null}
      <ConcludeMediationButton />
      <CourtButtons />
    </TopToolbar>
  );
}

/** The parties, "name（kind）" each. */
function PartiesField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const parties = (record?.parties ?? []) as { kind: string; name: string }[];
  return (
    <Typography variant="body2" data-testid="mediation-parties">
      {parties.map((p) => `${p.name}（${translate(`pingyi.enums.MediationPartyKind.${p.kind}`)}）`).join('、') || '—'}
    </Typography>
  );
}

/** The departments concerned with the laws each cites (read with the mediation page's query). */
function DepartmentsField(_: { label?: string }) {
  const record = useRecordContext();
  const id = record ? String(record.id) : '';
  const page = useProviderQuery(['mediations', id, 'page'], record ? (dp) => dp.mediationPage(id) : null);
  const departments = page.data?.departments ?? [];
  if (departments.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <>
      {departments.map((d) => (
        <Typography key={d.departmentId} variant="body2">
          {d.department?.name ?? d.departmentId}：{d.citedLaws.join('；') || '—'}
        </Typography>
      ))}
    </>
  );
}

/** The mediation's page. */
export const MediationShow = () => (
  <Show actions={<MediationActions />}>
    <SimpleShowLayout>
      <TextField source="subject" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
      <SelectField source="disputeKind" choices={enumChoices('DisputeKind')} />
      <DateField source="heldOn" />
      <SelectField source="status" choices={enumChoices('MediationStatus')} />
      <TextField source="chairName" />
      <SelectField source="chairRole" choices={enumChoices('MediationChairRole')} />
      <TextField source="legalAdviser" />
      <BooleanField source="involvesFamily" />
      <TextField source="womenDirector" emptyText="—" />
      <Labeled source="parties">
        <PartiesField />
      </Labeled>
      <Labeled source="departments">
        <DepartmentsField />
      </Labeled>
      <TextField source="record" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="concludedAt" emptyText="—" />
      <SelectField source="courtConfirmation" choices={enumChoices('CourtConfirmation')} />
      <DateTimeField source="courtConfirmationAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
