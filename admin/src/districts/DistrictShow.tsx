/** One district with its subdistricts and departments. */
import { ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';

/** A district's details, subdistricts (街道) and functional departments. */
export const DistrictShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="cityCode" />
        <TextField source="provinceCode" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.districts.fields.subdistricts" path="subdistricts">
        <ReferenceManyField
          reference="subdistricts"
          target="districtId"
          sort={{ field: 'code', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="code" />
            <TextField source="name" />
            <SelectField source="kind" choices={enumChoices('SubdistrictKind')} />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.districts.fields.departments" path="departments">
        <ReferenceManyField
          reference="departments"
          target="districtId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
