/**
 * One works project (docs/rules.md rule 14): its state, the override reason when it started without a
 * supporting hearing, its hearings with their outcomes, a new hearing while it is planned, and
 * "mark started" for ADMINs.
 */
import { Button as RaButton, Labeled, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { List as MuiList, ListItemButton, ListItemText, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { StartProjectButton } from './StartProjectDialog';

/** A new hearing for a planned project (its form starts with the project picked), and marking it started. */
function ProjectActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'hearings', action: 'create' });
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {record.status === 'PLANNED' && canAccess ? (
        <RaButton
          component={Link}
          to={{
            pathname: '/hearings/create',
            search: `?source=${encodeURIComponent(JSON.stringify({ projectId: record.id }))}`,
          }}
          label={translate('pingyi.selfgov.hearing.newHearing')}
        >
          <AddIcon />
        </RaButton>
      ) : null}
      <StartProjectButton />
    </TopToolbar>
  );
}

/** The project's hearings, each with its date and outcome, linking to its page. */
function ProjectHearings(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const hearings = useGetList(
    'hearings',
    { filter: { projectId: record?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!record },
  );
  const rows = hearings.data ?? [];
  if (rows.length === 0) return <Typography color="text.secondary">{translate('pingyi.selfgov.none')}</Typography>;
  return (
    <MuiList dense data-testid="project-hearings">
      {rows.map((h) => (
        <ListItemButton key={h.id} component={Link} to={`/hearings/${encodeURIComponent(h.id)}/show`}>
          <ListItemText
            primary={h.heldOn}
            secondary={
              h.outcome
                ? translate(`pingyi.enums.HearingOutcome.${h.outcome}`)
                : translate('pingyi.selfgov.hearing.decide')
            }
          />
        </ListItemButton>
      ))}
    </MuiList>
  );
}

/** The project's page. */
export const WorksProjectShow = () => (
  <Show actions={<ProjectActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
      <SelectField source="status" choices={enumChoices('WorksProjectStatus')} />
      <DateTimeField source="startedAt" emptyText="—" />
      <TextField source="overrideReason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <Labeled source="hearings">
        <ProjectHearings />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
