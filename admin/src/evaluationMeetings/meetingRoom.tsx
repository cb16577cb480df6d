/**
 * The meeting room's shared state on a meeting's show page: the meeting with its people and
 * template (one query, reloaded after every change), and who may run it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useGetIdentity, usePermissions, useRecordContext, type RaRecord } from 'react-admin';
import { useApiQuery } from '../common/api';
import { fetchRoom, type MeetingRoom } from './meetingApi';

/** What {@link useMeetingRoom} gives. */
export interface MeetingRoomState {
  room: MeetingRoom | null | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

const RoomContext = createContext<MeetingRoomState>({ room: undefined, error: undefined, loading: true, reload: () => undefined });

/** Whether the role may see who is registered (the server refuses everyone else). */
export const seesRepresentatives = (role: unknown) => role === 'ADMIN' || role === 'CHAIR';

/**
 * Loads the room of the meeting in the record context; reloads when the record's state or
 * update time changes (after Open or Close) and when a child calls `reload`.
 */
export function MeetingRoomProvider({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  const { permissions, isPending } = usePermissions();
  const withReps = seesRepresentatives(permissions);
  const ready = !!record && !isPending;
  const key = ready ? `${record.id}:${record.status}:${record.updatedAt}:${withReps}` : '';
  const query = useApiQuery(ready ? () => fetchRoom(String(record.id), withReps) : null, key);
  return <RoomContext.Provider value={{ room: query.data, error: query.error, loading: query.loading, reload: query.reload }}>{children}</RoomContext.Provider>;
}

/** The meeting room of the surrounding {@link MeetingRoomProvider}. */
export function useMeetingRoom(): MeetingRoomState {
  return useContext(RoomContext);
}

/** Who the signed-in user is to this meeting: its runner (its chair or an ADMIN) and/or an ADMIN. */
export function useMeetingRole(record: RaRecord | undefined): { canRun: boolean; isAdmin: boolean; role: string | undefined } {
  const { permissions } = usePermissions();
  const { identity } = useGetIdentity();
  const isAdmin = permissions === 'ADMIN';
  const isChair = permissions === 'CHAIR' && !!record && !!identity && String(record.chairId) === String(identity.id);
  return { canRun: isAdmin || isChair, isAdmin, role: permissions };
}
