/**
 * The ballot codes just issued, kept in this page's memory only (never in storage or the URL):
 * the server shows them once, the chair prints them as slips, and a reload forgets them.
 */

/** One batch of codes as issued for a meeting. */
export interface IssuedBatch {
  meetingId: string;
  title: string;
  codes: string[];
}

const batches = new Map<string, IssuedBatch>();

/** Keeps the latest batch of a meeting for its printable slips. */
export function rememberCodes(batch: IssuedBatch): void {
  batches.set(batch.meetingId, batch);
}

/** The latest batch issued for the meeting in this page's life, if any. */
export function latestCodes(meetingId: string): IssuedBatch | undefined {
  return batches.get(meetingId);
}
