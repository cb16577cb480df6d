/** One office with its duties and officials. */
import { Labeled, ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { DutiesField } from '../common/DutiesField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

/** An office's details, its list of duties and the officials who belong to it. */
export const OfficeShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="name" />
        <SelectField source="kind" choices={enumChoices('OfficeKind')} />
        <NameReferenceField source="subdistrictId" reference="subdistricts" />
        <Labeled source="duties">
          <DutiesField source="duties" />
        </Labeled>
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.offices.fields.officials" path="officials">
        <ReferenceManyField
          reference="officials"
          target="officeId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('OfficialCategory')} />
            <TextField source="title" />
            <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
