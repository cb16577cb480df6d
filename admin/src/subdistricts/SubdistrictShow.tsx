/** One subdistrict with its offices, neighborhoods, agencies and officials. */
import { ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { DutiesField } from '../common/DutiesField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';

const related = { target: 'subdistrictId', perPage: 25, pagination: <ListPagination />, label: false as const };

/** A subdistrict's details and, per tab, the records that belong to it. */
export const SubdistrictShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="kind" choices={enumChoices('SubdistrictKind')} />
        <NameReferenceField source="districtId" reference="districts" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.subdistricts.fields.offices" path="offices">
        <ReferenceManyField reference="offices" sort={{ field: 'kind', order: 'ASC' }} {...related}>
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="kind" choices={enumChoices('OfficeKind')} />
            <DutiesField source="duties" sortable={false} compact />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.subdistricts.fields.neighborhoods" path="neighborhoods">
        <ReferenceManyField reference="neighborhoods" sort={{ field: 'code', order: 'ASC' }} {...related}>
          <ListGrid bulkActionButtons={false}>
            <TextField source="code" />
            <TextField source="name" />
            <SelectField source="kind" choices={enumChoices('NeighborhoodKind')} />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.subdistricts.fields.agencies" path="agencies">
        <ReferenceManyField reference="dispatchedAgencies" sort={{ field: 'kind', order: 'ASC' }} {...related}>
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="kind" choices={enumChoices('AgencyKind')} />
            <NameReferenceField source="departmentId" reference="departments" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.subdistricts.fields.officials" path="officials">
        <ReferenceManyField reference="officials" sort={{ field: 'name', order: 'ASC' }} {...related}>
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('OfficialCategory')} />
            <TextField source="title" />
            <NameReferenceField source="officeId" reference="offices" />
            <NameReferenceField source="agencyId" reference="dispatchedAgencies" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
