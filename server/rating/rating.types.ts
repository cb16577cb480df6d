import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { OfficialCategory } from '../official/official-category';
import { RatingCriterion } from '../rating-template/rating-template.entity';
import { Rating } from './rating.entity';

/** The score one rating gave one criterion. */
@ObjectType({ description: 'The score (1–5) a rating gave one criterion.' })
export class CriterionScore {
  @Field({ description: "The criterion's key." })
  key: string;

  @Field(() => Int, { description: 'Score 1–5.' })
  score: number;
}

@ObjectType({
  description:
    'What submitRating did. A first ballot and an amendment answer in the same shape (docs/rules.md rule 7).',
})
export class SubmitRatingPayload {
  @Field(() => Rating, { description: "The caller's rating as stored." })
  rating: Rating;

  @Field({
    description:
      "True when it replaced a rating of the same official that this same session (or this ballot code with this browser) had cast. A rating cast in another sign-in session is replaced too, but this says false, since that session's ballot is not the caller's to read (docs/rules.md rule 7).",
  })
  replaced: boolean;
}

@ObjectType({ description: 'What voidBallotCodes did.' })
export class VoidedBallotCodes {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'How many codes this call voided (codes already voided are not counted again).' })
  voided: number;
}

/**
 * Ids of the live-progress objects, so a client cache (Apollo's, Relay's) files a live event over
 * what it holds: the same from the `progress` field and the `meetingProgress` subscription, one
 * per meeting (and official, or issuer), and never the id of a record (they are no Nodes).
 */
export const progressIds = {
  /** The progress of meeting `meetingId`: `MeetingProgress:<meetingId>`. */
  meeting: (meetingId: string) => `MeetingProgress:${meetingId}`,
  /** One official's line of it: `OfficialProgress:<meetingId>:<officialId>`. */
  official: (meetingId: string, officialId: string) => `OfficialProgress:${meetingId}:${officialId}`,
  /** One issuer's line of it (`-` when the issuer was not recorded): `CodeIssuer:<meetingId>:<userId>`. */
  codeIssuer: (meetingId: string, issuerId: string | null) => `CodeIssuer:${meetingId}:${issuerId ?? '-'}`,
};

@ObjectType({
  description:
    'How many ballot codes one person issued at a meeting (docs/rules.md rule 7: printed on the result sheet, so extra codes are seen).',
})
export class CodeIssuer {
  @Field(() => ID, {
    description:
      'Id of this line of the meeting\'s progress, "CodeIssuer:<meetingId>:<issuerId>": the same in every reading and live event of the meeting, so a client cache updates it; not a record\'s id.',
  })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the user who issued them; null when not recorded (codes issued before issuers were recorded, or a deleted user).',
  })
  issuerId: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of that user; null when not recorded.' })
  name: string | null;

  @Field(() => Int, { description: 'Codes issued.' })
  codesIssued: number;
}

@ObjectType({ description: 'An official as a representative voting by ballot code sees them.' })
export class BallotOfficial {
  @Field(() => ID, { description: 'Id of the official.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => OfficialCategory, { description: 'Category.' })
  category: OfficialCategory;

  @Field({ description: 'Post or title.' })
  title: string;
}

@ObjectType({
  description:
    'What a ballot code opens, with the browser secret it is bound to: the meeting, its officials and criteria, and which officials this code has rated (docs/rules.md rule 7).',
})
export class Ballot {
  @Field(() => ID, { description: 'Id of the meeting.' })
  meetingId: string;

  @Field({ description: 'Title of the meeting.' })
  title: string;

  @Field(() => MeetingStatus, { description: 'State of the meeting; ratings are taken only while OPEN.' })
  status: MeetingStatus;

  @Field(() => [RatingCriterion], { description: 'The criteria to score 1–5.' })
  criteria: RatingCriterion[];

  @Field(() => [BallotOfficial], {
    description: 'The officials under evaluation, in pinyin order of their names (docs/rules.md rule 15).',
  })
  officials: BallotOfficial[];

  @Field(() => [ID], {
    description:
      'Ids of the officials this code has already rated (a new rating replaces the old one); only ever told to the browser the code is bound to.',
  })
  ratedOfficialIds: string[];
}

@ObjectType({ description: 'How many ratings one official has received so far (a count only).' })
export class OfficialProgress {
  @Field(() => ID, {
    description:
      'Id of this line of the meeting\'s progress, "OfficialProgress:<meetingId>:<officialId>": the same in every reading and live event of the meeting, so a client cache updates it; not the official\'s id (that is officialId).',
  })
  id: string;

  @Field(() => ID, { description: 'Id of the official.' })
  officialId: string;

  @Field({ description: 'Name of the official.' })
  name: string;

  @Field(() => Int, { description: 'Ratings received so far.' })
  ratingsReceived: number;
}

@ObjectType({
  description:
    "A meeting's progress: ratings received per official against the attendees present, and its ballot codes — issued, used, voided and by whom (docs/rules.md rule 7). Counts only; never who rated whom. Read by the meeting's chair and the ADMINs over it; by everyone who sees the meeting once it is CLOSED (then it completes the result sheet).",
})
export class MeetingProgress {
  @Field(() => ID, {
    description:
      'Id of this progress, "MeetingProgress:<meetingId>": the same from the `progress` field and every `meetingProgress` event, so a client cache (Apollo, Relay) updates it in place; not the meeting\'s id (that is meetingId).',
  })
  id: string;

  @Field(() => ID, { description: 'Id of the meeting.' })
  meetingId: string;

  @Field(() => MeetingStatus, { description: 'State of the meeting.' })
  status: MeetingStatus;

  @Field(() => Int, { description: 'Representatives registered (with accounts); not all need be present.' })
  representativesRegistered: number;

  @Field(() => Int, {
    description:
      'People on the attendance roll: accountVoters + codeVoters. The most ratings any official can receive.',
  })
  attendeesPresent: number;

  @Field(() => Int, {
    description: 'Attendees who vote with their account: checked in by the chair, or by their own first ballot.',
  })
  accountVoters: number;

  @Field(() => Int, {
    description: 'Attendees checked in as code voters; each got one ballot code (the roll never says which).',
  })
  codeVoters: number;

  @Field(() => Int, {
    description:
      'Voters (account or code) who have rated at least one official so far; at most attendeesPresent, as every voter is on the attendance roll.',
  })
  voters: number;

  @Field(() => Int, {
    description:
      'Voters who have rated every official under evaluation ("finished every official", docs/rules.md rule 7); 0 while no official is under evaluation. A count only: never who.',
  })
  finishedAll: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Turnout 0–1 = voters / attendeesPresent (docs/rules.md rule 7), unrounded; null while nobody is present.',
  })
  turnout: number | null;

  @Field(() => Int, { description: 'Ballot codes issued (one per code voter checked in).' })
  ballotCodesIssued: number;

  @Field(() => Int, { description: 'Ballot codes that have cast at least one ballot.' })
  ballotCodesUsed: number;

  @Field(() => Int, { description: 'Ballot codes voided unused.' })
  ballotCodesVoided: number;

  @Field(() => [CodeIssuer], { description: 'Who issued the codes and how many each, by name.' })
  codeIssuers: CodeIssuer[];

  @Field(() => [OfficialProgress], {
    description:
      'Per official under evaluation, in pinyin order of their names (docs/rules.md rule 15): ratings received so far.',
  })
  officials: OfficialProgress[];
}
