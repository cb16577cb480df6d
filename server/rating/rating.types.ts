import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { OfficialCategory } from '../official/official-category';
import { RatingCriterion } from '../rating-template/rating-template.entity';
import { Rating } from './rating.entity';

/** The score one rating gave one criterion. */
@ObjectType({ description: 'The score (1–5) a rating gave one criterion.' })
export class CriterionScore {
  @Field({ description: 'The criterion\'s key.' })
  key: string;

  @Field(() => Int, { description: 'Score 1–5.' })
  score: number;
}

@ObjectType({ description: 'What submitRating did.' })
export class SubmitRatingPayload {
  @Field(() => Rating, { description: 'The caller\'s rating as stored.' })
  rating: Rating;

  @Field({ description: 'True when it replaced the caller\'s earlier rating of the same official at this meeting.' })
  replaced: boolean;
}

@ObjectType({ description: 'Ballot codes just issued: shown this once, stored only as hashes. Print them as slips.' })
export class IssuedBallotCodes {
  @Field(() => ID, { description: 'The meeting they are for.' })
  meetingId: string;

  @Field(() => [String], { description: 'The codes, e.g. "K7PQM-3XWAR".' })
  codes: string[];
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

@ObjectType({ description: 'What a ballot code opens: the meeting, its officials and criteria, and which officials this code has rated.' })
export class Ballot {
  @Field(() => ID, { description: 'Id of the meeting.' })
  meetingId: string;

  @Field({ description: 'Title of the meeting.' })
  title: string;

  @Field(() => MeetingStatus, { description: 'State of the meeting; ratings are taken only while OPEN.' })
  status: MeetingStatus;

  @Field(() => [RatingCriterion], { description: 'The criteria to score 1–5.' })
  criteria: RatingCriterion[];

  @Field(() => [BallotOfficial], { description: 'The officials under evaluation, by name.' })
  officials: BallotOfficial[];

  @Field(() => [ID], { description: 'Ids of the officials this code has already rated (a new rating replaces the old one).' })
  ratedOfficialIds: string[];
}

@ObjectType({ description: 'How many ratings one official has received so far (a count only).' })
export class OfficialProgress {
  @Field(() => ID, { description: 'Id of the official.' })
  officialId: string;

  @Field({ description: 'Name of the official.' })
  name: string;

  @Field(() => Int, { description: 'Ratings received so far.' })
  ratingsReceived: number;
}

@ObjectType({ description: 'A meeting\'s live progress: ratings received per official against the voters it has. Counts only; never who.' })
export class MeetingProgress {
  @Field(() => ID, { description: 'Id of the meeting.' })
  meetingId: string;

  @Field(() => MeetingStatus, { description: 'State of the meeting.' })
  status: MeetingStatus;

  @Field(() => Int, { description: 'Representatives registered (with accounts).' })
  representativesRegistered: number;

  @Field(() => Int, { description: 'Ballot codes issued.' })
  ballotCodesIssued: number;

  @Field(() => [OfficialProgress], { description: 'Per official under evaluation, by name.' })
  officials: OfficialProgress[];
}
