/** One neighborhood and the community workers who serve it. */
import { ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

/** A neighborhood's details and its officials. */
export const NeighborhoodShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="kind" choices={enumChoices('NeighborhoodKind')} />
        <NameReferenceField source="subdistrictId" reference="subdistricts" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.neighborhoods.fields.officials" path="officials">
        <ReferenceManyField
          reference="officials"
          target="neighborhoodId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('OfficialCategory')} />
            <TextField source="title" />
            <NameReferenceField source="officeId" reference="offices" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
