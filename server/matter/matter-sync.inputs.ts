import { IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DivisionCode, NameRules, NoHiddenCharacters } from '../core/inputs';
import { MatterChannel, MatterType } from './matter-enums';
import { PhoneRule, TextRules } from './matter.inputs';

/** Most rows one upsertMatters call takes. */
export const MAX_MATTER_ROWS = 500;

@InputType({
  description:
    "One matter from the district hotline (12345), keyed by externalId: a new externalId creates the matter (received by the named office or agency, by default the 街道's PARTY_GOVERNMENT office), a known one updates its title, description and place.",
})
export class UpsertMatterInput {
  @Field({
    description: "Id of the matter in the hotline's system: 1–100 characters without spaces; the key of the upsert.",
  })
  @Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' })
  externalId: string;

  @Field(() => MatterType, { description: 'The type; sets the deadline. Not changed by later rows.' })
  type: MatterType;

  @Field(() => MatterChannel, { nullable: true, description: 'How it came in (default HOTLINE_12345).' })
  channel?: MatterChannel;

  @Field({ description: "9-digit code of the 街道 the hotline dispatches it to (in the token's district)." })
  @DivisionCode(9)
  subdistrictCode: string;

  @Field({ nullable: true, description: '12-digit code of the neighborhood where it lies, in the same district.' })
  @DivisionCode(12)
  neighborhoodCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The receiving office of that 街道; default its PARTY_GOVERNMENT office. Not with receiverAgencyId.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  receiverOfficeId?: string;

  @Field(() => ID, { nullable: true, description: 'The receiving stationed agency of that 街道.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  receiverAgencyId?: string;

  @Field({ description: 'Short title, 1–200 characters.' })
  @NameRules(200)
  title: string;

  @Field({ description: 'What the resident reports, 1–4,000 characters.' })
  @TextRules(4000)
  description: string;

  @Field({ nullable: true, description: 'Where, at most 200 characters.' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @NoHiddenCharacters()
  place?: string;

  @Field({
    nullable: true,
    description: "The reporter's name (personal data), at most 100 characters. Set on creation only.",
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  @NoHiddenCharacters()
  reporterName?: string;

  @Field({ nullable: true, description: "The reporter's phone (personal data). Set on creation only." })
  @PhoneRule()
  reporterPhone?: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the hotline received it (UTC, default now); not in the future, not before 2000-01-01. Set on creation only.',
  })
  receivedAt?: Date;
}
