/** One department and the agencies it stations in subdistricts. */
import { ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

/** A department's details and its dispatched agencies. */
export const DepartmentShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="name" />
        <NameReferenceField source="districtId" reference="districts" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.departments.fields.agencies" path="agencies">
        <ReferenceManyField
          reference="dispatchedAgencies"
          target="departmentId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="kind" choices={enumChoices('AgencyKind')} />
            <NameReferenceField source="subdistrictId" reference="subdistricts" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
