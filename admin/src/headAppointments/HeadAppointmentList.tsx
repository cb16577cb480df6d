/** The agency-head appointments (征得同意权, docs/rules.md rule 2) in the user's scope, latest proposal first. */
import { CreateButton, ExportButton, FilterButton, List, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DateTimeField, DayField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { AppointmentStatusField } from './appointmentStatus';
import { headAppointmentsFilters } from './headAppointmentsFilters';

/** Filter, export, and proposing a head for admins (the button asks access.ts). */
const AppointmentListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label={translate('pingyi.governance.appointment.propose')} />
      <ExportButton />
    </TopToolbar>
  );
};

/** Proposals and decisions: agency, candidate, state, term and reason. */
export const HeadAppointmentList = () => (
  <List
    filters={headAppointmentsFilters}
    actions={<AppointmentListActions />}
    sort={{ field: 'proposedAt', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <NameReferenceField source="agencyId" reference="dispatchedAgencies" sortable={false} />
      <NameReferenceField source="officialId" reference="officials" sortable={false} />
      <AppointmentStatusField source="status" />
      {/* Calendar days (YYYY-MM-DD) are shown as they are: a date field would shift them by the time zone. */}
      <DayField source="startsOn" />
      <DayField source="endsOn" sortable={false} />
      <TextField
        source="reason"
        emptyText="—"
        sortable={false}
        sx={{
          display: 'inline-block',
          maxWidth: 200,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          verticalAlign: 'bottom',
        }}
      />
      <DateTimeField source="proposedAt" />
      <DateTimeField source="decidedAt" emptyText="—" />
    </ListGrid>
  </List>
);
