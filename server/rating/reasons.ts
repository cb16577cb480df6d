/**
 * The error reasons of the rating module (server/core/reasons.ts): key `rating.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const ratingReasons = defineReasons('rating', {
  ballotsReadOpenOnly:
    'The meeting is {status}; ballots are read back only while it is OPEN, and only by the session that cast them',
  CODE_VOTER: 'You were checked in as a code voter at this meeting: vote with your ballot code, not your account',
  CODE_WITH_ACCOUNT: 'Vote either signed in or with a ballot code, not both: sign out to use a code',
  codeUsed: '{field}: {value} has already been used to vote; a used code cannot be voided',
  commentRequired: '{field}: a {satisfaction} rating needs a comment saying why',
  criterionTwice: '{field}: "{key}" is scored twice',
  INVALID_BALLOT_CODE: 'This ballot code is not valid: check it, or ask the chair',
  meetingClosedCodes: 'The meeting is CLOSED: its codes died with it',
  meetingClosedJustNow: 'The meeting closed just now; ratings are taken only while it is OPEN',
  meetingNotOpen: 'The meeting is {status}; ratings are taken only while it is OPEN',
  missingCriteria: '{field}: score every criterion; missing {missing}',
  NOT_REGISTERED: 'Only representatives registered for this meeting may rate at it or read its ballots back',
  notABallotCode: '{field}: {value} is not a ballot code of this meeting',
  notACriterion: '{field}: "{key}" is not a criterion of this meeting',
  officialNotEvaluated: '{field}: this official is not under evaluation at this meeting',
  progressReaders: "Only the meeting's chair and the ADMINs over it follow its progress before it is closed",
  secretFormat: '{field}: send the secret this browser keeps for the code (32–128 letters, digits, "-" or "_")',
  SELF_RATING: 'You may not rate yourself',
  signInOrCode: 'Sign in, or give the ballot code the chair handed you',
  CODE_IN_USE:
    'This ballot code is already in use in another browser: only that browser can vote with it or see its ballot. If you did not use it there, tell the chair.',
});
