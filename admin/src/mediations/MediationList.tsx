/** The mediation meetings (docs/rules.md rule 14) of an ADMIN's scope, with their state and the court's confirmation. */
import {
  BooleanField,
  CreateButton,
  DateField,
  List,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

const filters = [<SelectInput key="status" source="status" choices={enumChoices('MediationStatus')} alwaysOn />];

/** Mediations with their neighborhood, subject, day, state and court confirmation. */
export const MediationList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'heldOn', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="subject" sortable={false} />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" sortable={false} />
      <DateField source="heldOn" />
      <SelectField source="disputeKind" choices={enumChoices('DisputeKind')} sortable={false} />
      <BooleanField source="involvesFamily" sortable={false} />
      <SelectField source="status" choices={enumChoices('MediationStatus')} sortable={false} />
      <SelectField source="courtConfirmation" choices={enumChoices('CourtConfirmation')} sortable={false} />
    </ListGrid>
  </List>
);
