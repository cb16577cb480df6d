/**
 * A meeting's page, the chair's meeting room: its details and live progress, the people taking
 * part (the attendance roll, the registered representatives, the officials), and once closed its
 * results; the toolbar runs the meeting (see MeetingActions).
 */
import type { ReactNode } from 'react';
import { Labeled, NumberField, Show, TabbedShowLayout, TextField, useTranslate } from 'react-admin';
import { Link, Stack, Typography } from '@mui/material';
import { DateTimeField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { AttendancePanel } from './AttendancePanel';
import { MeetingActions } from './MeetingActions';
import { MeetingProgressPanel } from './MeetingProgressPanel';
import { MeetingResults } from './MeetingResults';
import { MeetingStatusField } from './MeetingStatusField';
import { MeetingRoomProvider, useMeetingRoom } from './meetingRoom';
import { OfficialsPanel } from './OfficialsPanel';
import { RepresentativesPanel } from './RepresentativesPanel';

/** Fields side by side in a tab (`label={false}`: the tab adds no label of its own). */
function Row({ children }: { children: ReactNode; label?: false }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {children}
    </Stack>
  );
}

/** The chair's name and the template with its criteria, from the meeting room. */
function RoomFacts(_: { label?: false }) {
  const translate = useTranslate();
  const { room } = useMeetingRoom();
  if (!room) return null;
  const criteria = room.template.criteria
    .map((c) => translate('pingyi.template.summary', { label: c.label, weight: c.weight }))
    .join('、');
  return (
    <Row>
      <Labeled label="resources.evaluationMeetings.fields.chairId">
        <Typography variant="body2" data-testid="meeting-chair">
          {room.chair?.displayName ?? '—'}
        </Typography>
      </Labeled>
      <Labeled label="resources.evaluationMeetings.fields.templateId">
        <Typography variant="body2">
          <Link href={`#/ratingTemplates/${encodeURIComponent(room.template.id)}/show`} underline="always">
            {room.template.name}
          </Link>
          （{criteria}）
        </Typography>
      </Labeled>
    </Row>
  );
}

/** The meeting's details, progress, people and results in tabs. */
export const MeetingShow = () => (
  <Show actions={<MeetingActions />}>
    <MeetingRoomProvider>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="pingyi.tabs.summary">
          <TextField source="title" />
          <Row label={false}>
            <Labeled source="status">
              <MeetingStatusField source="status" />
            </Labeled>
            <Labeled source="year">
              <NumberField source="year" options={{ useGrouping: false }} />
            </Labeled>
            <Labeled source="minRatings">
              <NumberField source="minRatings" />
            </Labeled>
          </Row>
          <Row label={false}>
            <Labeled source="subdistrictId">
              <NameReferenceField source="subdistrictId" reference="subdistricts" />
            </Labeled>
            <Labeled source="neighborhoodId">
              <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
            </Labeled>
          </Row>
          <RoomFacts label={false} />
          <Row label={false}>
            <Labeled source="scheduledAt">
              <DateTimeField source="scheduledAt" emptyText="—" />
            </Labeled>
            <Labeled source="openedAt">
              <DateTimeField source="openedAt" emptyText="—" />
            </Labeled>
            <Labeled source="closedAt">
              <DateTimeField source="closedAt" emptyText="—" />
            </Labeled>
          </Row>
          <MeetingProgressPanel label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pingyi.meeting.tabs.people" path="people">
          <AttendancePanel label={false} />
          <RepresentativesPanel label={false} />
          <OfficialsPanel label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pingyi.meeting.tabs.results" path="results">
          <MeetingResults label={false} />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </MeetingRoomProvider>
  </Show>
);
