/**
 * One petition taken up by an agent (信访代理, docs/rules.md rule 14): the petitioner and subject, the
 * agent, the department, the matter it started from, each round of talks, the agreement or the
 * reason it closed, the steps while OPEN, and the printable record.
 */
import {
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
import { Button, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { PetitionSteps } from './PetitionSteps';

/** Print, edit while open, and the steps. */
function PetitionActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
      {record ? (
        <Button startIcon={<PrintIcon />} href={`#/petitions/${encodeURIComponent(String(record.id))}/sheet`}>
          {translate('pingyi.selfgov.print')}
        </Button>
      ) : null}
      {record?.status === 'OPEN' ? <EditButton /> : null}
      <PetitionSteps />
    </TopToolbar>
  );
}

/** The rounds of talks, numbered, with the day, the participants and the summary. */
function TalksField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const talks = (record?.talks ?? []) as { round: number; heldOn: string; participants: string[]; summary: string }[];
  if (talks.length === 0) return <Typography color="text.secondary">{translate('pingyi.selfgov.none')}</Typography>;
  return (
    <Stack spacing={1.5} data-testid="petition-talks">
      {talks.map((talk) => (
        <div key={talk.round}>
          <Typography variant="body2">
            <strong>{translate('pingyi.selfgov.petition.round', { round: talk.round })}</strong> {talk.heldOn} ·{' '}
            {talk.participants.join('、')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {talk.summary}
          </Typography>
        </div>
      ))}
    </Stack>
  );
}

/** The petition's page. */
export const PetitionShow = () => (
  <Show actions={<PetitionActions />}>
    <SimpleShowLayout>
      <TextField source="subject" />
      <TextField source="petitionerName" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
      <SelectField source="agent" choices={enumChoices('PetitionAgent')} />
      <TextField source="agentName" />
      <NameReferenceField source="departmentId" reference="departments" />
      <NameReferenceField source="matterId" reference="matters" />
      <DateField source="takenUpOn" />
      <SelectField source="status" choices={enumChoices('PetitionStatus')} />
      <Labeled source="talks">
        <TalksField />
      </Labeled>
      <TextField source="agreement" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="closingReason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="closedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
