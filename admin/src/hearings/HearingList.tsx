/** The decision hearings (docs/rules.md rule 14) of the user's scope, latest first, with their outcome. */
import { CreateButton, DateField, List, SelectField, TextField, TopToolbar } from 'react-admin';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

/** Hearings with their project, day, presenter and outcome (empty: awaiting it). */
export const HearingList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <NameReferenceField source="projectId" reference="worksProjects" sortable={false} />
      <DateField source="heldOn" sortable={false} />
      <TextField source="presenter" sortable={false} />
      <TextField source="chairName" sortable={false} />
      <SelectField source="outcome" choices={enumChoices('HearingOutcome')} emptyText="—" sortable={false} />
    </ListGrid>
  </List>
);
