/**
 * Tells the meeting room's panels that a meeting's attendance roll or codes changed (the toolbar's
 * dialogs live outside the room's data), so the roll on the people tab reloads.
 */

const EVENT = 'pingyi:attendance-changed';

/** Announces a change of the roll or codes of `meetingId`. */
export function announceAttendance(meetingId: string): void {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: meetingId }));
}

/** Calls `onChange` whenever the roll or codes of `meetingId` change; returns the unsubscribe. */
export function onAttendanceChange(meetingId: string, onChange: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent<string>).detail === meetingId) onChange();
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
