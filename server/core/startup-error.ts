/** What a start-up failure says: its message, never `undefined` (a thing thrown without one is described). */
export function startupErrorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name || 'an error without a message (see the log above)';
  if (typeof err === 'string' && err) return err;
  if (err === undefined || err === null) return 'an unknown error: nothing was reported (see the log above)';
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
