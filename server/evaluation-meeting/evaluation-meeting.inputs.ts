import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { NameRules, NoHiddenCharacters, YearRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { MeetingStatus } from './meeting-status';
import { VotingMode } from './meeting-attendance.entity';

/** Fields a meeting list can be sorted by (the allow-list of `orderBy`). */
export enum EvaluationMeetingOrderField {
  TITLE = 'TITLE',
  YEAR = 'YEAR',
  STATUS = 'STATUS',
  SCHEDULED_AT = 'SCHEDULED_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(EvaluationMeetingOrderField, {
  name: 'EvaluationMeetingOrderField',
  description: 'Fields a list of meetings can be sorted by.',
  valuesConfig: {
    TITLE: { description: 'By title.' },
    YEAR: { description: 'By the year evaluated.' },
    STATUS: { description: 'By state (DRAFT, OPEN, CLOSED).' },
    SCHEDULED_AT: { description: 'By the planned time; meetings without one last.' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a meeting list.' })
export class EvaluationMeetingOrder {
  @Field(() => EvaluationMeetingOrderField, { description: 'The field to sort by.' })
  field: EvaluationMeetingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a meeting must meet to be listed; all given conditions apply.' })
export class EvaluationMeetingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only meetings in subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only meetings of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only meetings held in this neighborhood.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => Int, { nullable: true, description: 'Only meetings of this year.' })
  year?: number;

  @Field(() => MeetingStatus, { nullable: true, description: 'Only meetings in this state.' })
  status?: MeetingStatus;

  @Field({ nullable: true, description: 'Part of the title, case-insensitive.' })
  titleContains?: string;

  @Field({ nullable: true, description: 'true: only the meetings the signed-in representative is registered for.' })
  registeredForMe?: boolean;

  @Field({
    nullable: true,
    description:
      "true: only the meetings that evaluate the signed-in user's official (none for a user linked to no official).",
  })
  evaluatesMe?: boolean;
}

/** A minimum rating count 3–100: fewer would let a result show one representative's ballot (docs/rules.md rule 7). */
const MinRatingsRules = (): PropertyDecorator => (target, key) => {
  IsInt({ message: 'must be a whole number' })(target, key);
  Min(3, { message: "must be at least 3, so that no published result is one person's ballot" })(target, key);
  Max(100, { message: 'must be at most 100' })(target, key);
};

@InputType({ description: 'A new evaluation meeting (DRAFT).' })
export class CreateEvaluationMeetingInput {
  @Field({ description: 'Title, 1–200 characters.' })
  @NameRules(200)
  title: string;

  @Field(() => Int, { description: 'The assessment year its ratings count for (2000–2100).' })
  @YearRules()
  year: number;

  @Field(() => ID, { description: 'The subdistrict holding it.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId: string;

  @Field(() => ID, { nullable: true, description: 'The neighborhood where it is held, in that subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => ID, { description: "The rating template, of the subdistrict's district." })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  templateId: string;

  @Field(() => ID, { nullable: true, description: 'The chair: a CHAIR user whose scope covers the subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  chairId?: string;

  @Field(() => Date, { nullable: true, description: 'Planned start (ISO 8601).' })
  scheduledAt?: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Fewest ratings for a result to be published (3–100, default 3; docs/rules.md rule 7).',
  })
  @MinRatingsRules()
  minRatings?: number;
}

@InputType({ description: 'Changes to a DRAFT meeting; omitted fields keep their value, null clears an optional one.' })
export class UpdateEvaluationMeetingInput {
  @Field({ nullable: true, description: 'New title.' })
  @NameRules(200)
  title?: string;

  @Field(() => ID, { nullable: true, description: 'New neighborhood (null: subdistrict-wide).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New chair (null: none yet).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  chairId?: string | null;

  @Field(() => Date, { nullable: true, description: 'New planned start.' })
  scheduledAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'New minimum rating count (3–100).' })
  @MinRatingsRules()
  minRatings?: number;
}

@InputType({ description: 'People to add to or remove from a meeting.' })
export class MeetingPeopleInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => [ID], {
    description: '1–500 ids: REPRESENTATIVE users (registerRepresentatives) or officials (addMeetingOfficials).',
  })
  @ArrayMinSize(1, { message: 'must list at least one id' })
  @ArrayMaxSize(500, { message: 'must list at most 500 ids' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids: string[];
}

@InputType({
  description:
    'People to check in at a meeting (docs/rules.md rule 7): REPRESENTATIVE users by id and, for code voters, people without an account by name. Each person is on the roll once.',
})
export class CheckInInput {
  @Field(() => ID, { description: 'The meeting (DRAFT or OPEN).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => VotingMode, {
    description:
      'How they vote: ACCOUNT (registered representatives, signed in) or CODE (each gets a one-time ballot code, and their account, if any, may not vote here).',
  })
  mode: VotingMode;

  @Field(() => [ID], {
    nullable: true,
    description:
      "REPRESENTATIVE users of the meeting's subdistrict, at most 200; for ACCOUNT they must be registered for the meeting.",
  })
  @ArrayMaxSize(200, { message: 'must list at most 200 ids' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  userIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'CODE only: names of people without an account (1–100 characters each, at most 200), e.g. "王芳（3号楼）"; a name already on the roll is refused, so add what tells two people of the same name apart.',
  })
  @ArrayMaxSize(200, { message: 'must list at most 200 names' })
  @MaxLength(100, { each: true, message: 'must be at most 100 characters each' })
  @NoHiddenCharacters({ each: true })
  names?: string[];
}
