/**
 * The household codes just issued for a convention, kept in this page's memory only by the ballot
 * codes' store (evaluationMeetings/issuedCodes.ts), under a key of their own, and the address a
 * household opens to answer.
 */
import { latestCodes, rememberCodes, type IssuedBatch } from '../evaluationMeetings/issuedCodes';

const keyOf = (conventionId: string) => `buildingConvention:${conventionId}`;

/** Keeps the latest codes issued for convention `conventionId` for its printable slips. */
export function rememberHouseholdCodes(conventionId: string, title: string, codes: string[]): void {
  rememberCodes({ meetingId: keyOf(conventionId), title, codes });
}

/** The latest codes issued for the convention in this page's life, if any. */
export function latestHouseholdCodes(conventionId: string): IssuedBatch | undefined {
  return latestCodes(keyOf(conventionId));
}

/** The address a household opens to answer: this admin's `#/household`. */
export function householdAddress(location: Location = window.location): string {
  return `${location.origin}/vote/#/household`;
}
