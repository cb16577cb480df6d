import { Field, Int, ObjectType } from 'type-graphql';
import { Satisfaction } from '../rating/satisfaction';
import { Matter } from './matter.entity';
import { AppealStatus, MatterEventKind, MatterStatus, MatterType } from './matter-enums';

@ObjectType({
  description:
    "A matter just received, with the resident's tracking code: shown this once (only its hash is kept); give it to the resident to follow and rate the matter.",
})
export class ReceivedMatterResult {
  @Field(() => Matter, { description: 'The matter.' })
  matter: Matter;

  @Field({ description: 'The tracking code, e.g. 4K7Q-M2XD-9TRB-H0CS: never shown again.' })
  trackingCode: string;
}

@ObjectType({
  description:
    "Who reported a matter (personal data): in full only for the current owner's staff and the 街道's own ADMINs, each view audited; masked (张**, 138****5678) for everyone else.",
})
export class MatterReporter {
  @Field({ description: 'Name, or its first character and * when masked; empty when not given.' })
  name: string;

  @Field({ description: 'Phone, or e.g. 138****5678 when masked; empty when not given.' })
  phone: string;

  @Field({ description: 'Whether name and phone are masked for you.' })
  masked: boolean;
}

@ObjectType({
  description:
    "One entry of a matter's timeline as the resident sees it: what happened and which office or agency acted; never a staff member's name.",
})
export class TrackedMatterEvent {
  @Field(() => MatterEventKind, { description: 'What happened.' })
  kind: MatterEventKind;

  @Field({ description: 'When (UTC).' })
  at: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The office or agency that acted (for a transfer: the one that passed it on).',
  })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'Where the matter went (transfers and decisions).' })
  targetName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The listed duty that covers the matter (transfers and decisions).',
  })
  duty: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The answer to the resident: the response, the resolution, or the decision on an appeal; null for internal steps.',
  })
  note: string | null;
}

@ObjectType({
  description:
    'A matter as its resident follows it by tracking code, without signing in: status, deadlines and timeline, never staff names or personal data.',
})
export class TrackedMatter {
  @Field(() => MatterType, { description: 'The type.' })
  type: MatterType;

  @Field(() => MatterStatus, { description: 'Where it stands.' })
  status: MatterStatus;

  @Field({ description: 'The title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The office or agency that owns it now.' })
  ownerName: string | null;

  @Field({ description: 'When it was received (UTC).' })
  receivedAt: Date;

  @Field({ description: 'When it is due (UTC).' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt: Date | null;

  @Field(() => Satisfaction, { nullable: true, description: 'Your rating, once given.' })
  satisfaction: Satisfaction | null;

  @Field({ description: 'Whether you may rate it now: resolved and not rated yet.' })
  canRate: boolean;

  @Field(() => Date, { nullable: true, description: 'When the rectification your dissatisfied rating opened is due.' })
  rectificationDueAt: Date | null;

  @Field(() => AppealStatus, { nullable: true, description: "The office's appeal against the rectification, if any." })
  appealStatus: AppealStatus | null;

  @Field({
    description: 'False when an upheld appeal left your rating out of the satisfaction rate (the timeline says why).',
  })
  ratingCounts: boolean;

  @Field(() => [TrackedMatterEvent], { description: 'The timeline, oldest first.' })
  timeline: TrackedMatterEvent[];
}

@ObjectType({
  description:
    'One row of upsertMatters: the matter and, when it was created, the tracking code to give the resident (shown this once).',
})
export class UpsertedMatter {
  @Field({ description: "The row's externalId." })
  externalId: string;

  @Field(() => Matter, { description: 'The matter.' })
  matter: Matter;

  @Field({ description: 'Whether the row created the matter (false: it updated or left an existing one).' })
  created: boolean;

  @Field(() => String, {
    nullable: true,
    description: "For a created matter, the resident's tracking code, never shown again; null otherwise.",
  })
  trackingCode: string | null;
}

@ObjectType({ description: 'What upsertMatters did.' })
export class UpsertMattersResult {
  @Field(() => Int, { description: 'Rows that created a matter.' })
  created: number;

  @Field(() => Int, { description: "Rows that changed an existing matter's title, description or place." })
  updated: number;

  @Field(() => Int, { description: 'Rows identical to the stored matter.' })
  unchanged: number;

  @Field(() => [UpsertedMatter], { description: 'Each row, in input order.' })
  matters: UpsertedMatter[];
}
