/** One agency-head appointment: agency, candidate, state, term, reason, and the decision buttons while PROPOSED. */
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { DateTimeField, DayField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { AppointmentStatusField } from './appointmentStatus';
import { AppointmentTitle } from './AppointmentTitle';
import { DecideButtons } from './DecideButtons';

/** Fields side by side (`label={false}`: the layout adds no label of its own). */
function Row({ children }: { children: ReactNode; label?: false }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {children}
    </Stack>
  );
}

/** The decision buttons (see DecideButtons). */
const AppointmentShowActions = () => (
  <TopToolbar sx={{ gap: 1 }}>
    <DecideButtons />
  </TopToolbar>
);

/** The appointment's details. */
export const HeadAppointmentShow = () => (
  <Show actions={<AppointmentShowActions />} title={<AppointmentTitle />}>
    <SimpleShowLayout>
      <Row label={false}>
        <Labeled source="agencyId">
          <NameReferenceField source="agencyId" reference="dispatchedAgencies" />
        </Labeled>
        <Labeled source="officialId">
          <NameReferenceField source="officialId" reference="officials" />
        </Labeled>
        <Labeled source="status">
          <AppointmentStatusField source="status" />
        </Labeled>
      </Row>
      <Row label={false}>
        <Labeled source="startsOn">
          <DayField source="startsOn" />
        </Labeled>
        <Labeled source="endsOn">
          <DayField source="endsOn" />
        </Labeled>
      </Row>
      <TextField source="reason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <Row label={false}>
        <Labeled source="proposedAt">
          <DateTimeField source="proposedAt" />
        </Labeled>
        <Labeled source="decidedAt">
          <DateTimeField source="decidedAt" emptyText="—" />
        </Labeled>
      </Row>
    </SimpleShowLayout>
  </Show>
);
