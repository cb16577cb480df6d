/**
 * The meeting room's shared state on a meeting's show page: the meeting with its people and
 * template (one query, read again after every change to them), and what the signed-in user may do
 * there (access.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useCanAccess, useRecordContext, type RaRecord } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import type { MeetingRoom } from '../dataProvider/types';

/** What {@link useMeetingRoom} gives. */
export interface MeetingRoomState {
  room: MeetingRoom | null | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

const RoomContext = createContext<MeetingRoomState>({
  room: undefined,
  error: undefined,
  loading: true,
  reload: () => undefined,
});

/** The react-query key prefix of everything read about meeting `id` (read again after a change to it). */
export const meetingKey = (id: string) => ['evaluationMeetings', id] as const;

/** Loads the room of the meeting in the record context, with its representatives for those who may read them. */
export function MeetingRoomProvider({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  const { readsRepresentatives, isPending } = useMeetingRights(record);
  const id = record ? String(record.id) : '';
  const ready = !!record && !isPending;
  const query = useProviderQuery(
    [...meetingKey(id), 'room', readsRepresentatives],
    ready ? (dp) => dp.meetingRoom(id, readsRepresentatives) : null,
  );
  return (
    <RoomContext.Provider
      value={{ room: query.data, error: query.error, loading: query.loading, reload: query.reload }}
    >
      {children}
    </RoomContext.Provider>
  );
}

/** The meeting room of the surrounding {@link MeetingRoomProvider}. */
export function useMeetingRoom(): MeetingRoomState {
  return useContext(RoomContext);
}

/** What the signed-in user may do at this meeting. */
export interface MeetingRights {
  /** Run it: open, close, check people in, issue and void codes, register representatives (an ADMIN or its chair). */
  canRun: boolean;
  /** Change it while DRAFT, its officials included (an ADMIN). */
  canEdit: boolean;
  /** See who is registered (an ADMIN or a CHAIR; the server refuses everyone else). */
  readsRepresentatives: boolean;
  /** The answers are not all in yet. */
  isPending: boolean;
}

/** What the signed-in user may do at the meeting `record` (authProvider.canAccess). */
export function useMeetingRights(record: RaRecord | undefined): MeetingRights {
  const run = useCanAccess({ resource: 'evaluationMeetings', action: 'run', record });
  const edit = useCanAccess({ resource: 'evaluationMeetings', action: 'edit', record });
  const reps = useCanAccess({ resource: 'evaluationMeetings', action: 'readRepresentatives', record });
  return {
    canRun: !!run.canAccess,
    canEdit: !!edit.canAccess,
    readsRepresentatives: !!reps.canAccess,
    isPending: run.isPending || edit.isPending || reps.isPending,
  };
}
