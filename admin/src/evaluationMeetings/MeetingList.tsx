/** The list of evaluation meetings (政务评议会) in the user's scope. */
import { CreateButton, ExportButton, FilterButton, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListAside, ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { MeetingStatusField } from './MeetingStatusField';
import { meetingsFilters } from './meetingsFilters';

/** Filter, export, and create for those who schedule meetings (an ADMIN; the button asks access.ts). */
const MeetingListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Meetings, newest year first, with their state, place and planned start. */
export const MeetingList = () => (
  <List
    filters={meetingsFilters}
    actions={<MeetingListActions />}
    sort={{ field: 'year', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
    aside={<ListAside />}
  >
    <ListGrid
      bulkActionButtons={false}
      phone={{ primaryText: (r) => r.title, secondaryText: <MeetingStatusField source="status" /> }}
    >
      <TextField source="title" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <MeetingStatusField source="status" />
      <NameReferenceField source="subdistrictId" reference="subdistricts" sortable={false} />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" sortable={false} />
      <DateTimeField source="scheduledAt" />
    </ListGrid>
  </List>
);
