import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import { VotingMode } from './meeting-attendance.entity';
import { Node } from '../core/node';

@ObjectType({
  implements: Node,
  description:
    "One person on a meeting's attendance roll and how they vote (docs/rules.md rule 7). For a code voter it says that they got a code, never which.",
})
export class Attendee {
  @Field(() => ID, { description: 'Opaque id of this entry of the roll.' })
  id: string;

  @Field(() => VotingMode, { description: 'ACCOUNT or CODE.' })
  mode: VotingMode;

  @Field(() => ID, { nullable: true, description: "The person's user, when they have an account." })
  userId: string | null;

  @Field({ description: "The user's display name, or the name typed at check-in for a person without an account." })
  name: string;

  @Field({
    description:
      'True when the chair or an ADMIN checked them in; false when their own first ballot put them on the roll (an account voter who was not checked in).',
  })
  checkedIn: boolean;
}

@ObjectType({ description: 'What checkInAttendees did.' })
export class CheckInPayload {
  @Field(() => EvaluationMeeting, { description: 'The meeting.' })
  meeting: EvaluationMeeting;

  @Field(() => Int, {
    description: 'How many people this call added to the roll (an account voter already on it is not added again).',
  })
  checkedIn: number;

  @Field(() => [String], {
    description:
      'CODE: one new one-time ballot code per person checked in, e.g. "K7PQM-3XWAR", shown only in this answer and in alphabetical order, so nothing says whose each is; print them as slips. ACCOUNT: empty.',
  })
  codes: string[];
}
