/** One dispatched agency, its head under the right of consent (docs/rules.md rule 2) and its officials. */
import { ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { AgencyHeadPanel } from '../headAppointments';

/** An agency's details and officials. */
export const DispatchedAgencyShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="pingyi.tabs.summary">
        <TextField source="name" />
        <SelectField source="kind" choices={enumChoices('AgencyKind')} />
        <NameReferenceField source="departmentId" reference="departments" />
        <NameReferenceField source="subdistrictId" reference="subdistricts" />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="pingyi.governance.appointment.tab" path="head">
        <AgencyHeadPanel label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.dispatchedAgencies.fields.officials" path="officials">
        <ReferenceManyField
          reference="officials"
          target="agencyId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<ListPagination />}
          label={false}
        >
          <ListGrid bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('OfficialCategory')} />
            <TextField source="title" />
          </ListGrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
