/** The petitions taken up by agents (信访代理, docs/rules.md rule 14) in an ADMIN's scope, latest first. */
import { CreateButton, DateField, List, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

const filters = [
  <SelectInput key="status" source="status" choices={enumChoices('PetitionStatus')} alwaysOn />,
  <SelectInput key="agent" source="agent" choices={enumChoices('PetitionAgent')} />,
];

/** Petitions with their subject, petitioner, agent, department and state. */
export const PetitionList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'takenUpOn', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="subject" sortable={false} />
      <TextField source="petitionerName" sortable={false} />
      <SelectField source="agent" choices={enumChoices('PetitionAgent')} sortable={false} />
      <NameReferenceField source="departmentId" reference="departments" sortable={false} />
      <DateField source="takenUpOn" />
      <SelectField source="status" choices={enumChoices('PetitionStatus')} sortable={false} />
    </ListGrid>
  </List>
);
