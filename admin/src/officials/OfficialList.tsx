/** The list of officials (人员): agency heads, civil servants and community workers. */
import { List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListAside, ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { officialsFilters } from './officialsFilters';
import { OutcomeField } from '../assessments/chips';

/** Officials with their category, title, subdistrict, office or agency, and outcome of their assessments (docs/rules.md rule 11). */
export const OfficialList = () => (
  <List
    filters={officialsFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
    aside={<ListAside />}
  >
    <ListGrid phone={{ primaryText: (r) => r.name, secondaryText: (r) => r.title }}>
      <TextField source="name" />
      <SelectField source="category" choices={enumChoices('OfficialCategory')} />
      <TextField source="title" />
      <NameReferenceField source="subdistrictId" reference="subdistricts" />
      <NameReferenceField source="officeId" reference="offices" />
      <NameReferenceField source="agencyId" reference="dispatchedAgencies" />
      <OutcomeField source="outcome" sortable={false} />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
