import { ArrayNotEmpty, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DivisionCode, NameRules } from '../core/inputs';
import { AgencyKind } from '../dispatched-agency/agency-kind';
import { OfficeKind } from '../office/office-kind';
import { OfficialCategory } from '../official/official-category';
import { IntegrationScope } from './integration-scope';
import { ServiceToken } from './service-token.entity';

@InputType({ description: 'A new service token for a district system.' })
export class CreateServiceTokenInput {
  @Field({ description: 'What the token is for, 1–100 characters.' })
  @NameRules()
  name: string;

  @Field(() => ID, {
    description: 'The district the token reaches; the caller must be an ADMIN of the whole district.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field(() => [IntegrationScope], { description: 'What the token may do; at least one scope.' })
  @ArrayNotEmpty({ message: 'must name at least one scope' })
  scopes: IntegrationScope[];

  @Field({ description: 'When the token stops working (UTC): in the future and at most one year from now.' })
  expiresAt: Date;
}

@InputType({ description: 'Conditions a service token must meet to be listed; all given conditions apply.' })
export class ServiceTokenFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field({
    nullable: true,
    description: 'true: only tokens that still work (not revoked, not expired); false: only those that no longer do.',
  })
  active?: boolean;
}

@ObjectType({ description: 'A service token just created: the token string, shown this once, and its record.' })
export class CreatedServiceToken {
  @Field({
    description:
      'The token to send as `Authorization: Bearer pyt_…`. Pingyi keeps only its hash: store it now, it is never shown again.',
  })
  token: string;

  @Field(() => ServiceToken, { description: "The token's record." })
  serviceToken: ServiceToken;
}

/** An external id: 1–100 visible characters without spaces (as officials have it). */
const ExternalIdRules = () => Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' });

@InputType({
  description:
    "One official to insert or update, found by externalId. The whole row replaces the official's fields (an omitted title becomes empty, an omitted neighborhood none). " +
    'Where the official serves (docs/rules.md rule 3): an AGENCY_HEAD by agencyId, or by subdistrictCode + agencyKind when that subdistrict has exactly one agency of that kind; ' +
    'a CIVIL_SERVANT or COMMUNITY_WORKER by officeId, or by subdistrictCode + officeKind (a standard kind). The neighborhood by neighborhoodId or neighborhoodCode.',
})
export class UpsertOfficialInput {
  @Field({
    description: 'Id of the person in the district HR system: 1–100 characters without spaces; the key of the upsert.',
  })
  @ExternalIdRules()
  externalId: string;

  @Field({ description: 'Full name, 1–100 characters.' })
  @NameRules()
  name: string;

  @Field(() => OfficialCategory, { description: 'AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER.' })
  category: OfficialCategory;

  @Field({ nullable: true, description: 'Post or title, at most 100 characters (default empty).' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'The office of a civil servant or community worker, by id.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officeId?: string;

  @Field(() => ID, { nullable: true, description: 'The stationed agency of an agency head, by id.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string;

  @Field({
    nullable: true,
    description: '9-digit code of the subdistrict, with officeKind or agencyKind instead of an id.',
  })
  @DivisionCode(9)
  subdistrictCode?: string;

  @Field(() => OfficeKind, {
    nullable: true,
    description: 'With subdistrictCode: the kind of the office (one of the six standard kinds).',
  })
  officeKind?: OfficeKind;

  @Field(() => AgencyKind, {
    nullable: true,
    description:
      'With subdistrictCode: the kind of the stationed agency (the subdistrict must have exactly one of that kind).',
  })
  agencyKind?: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'The neighborhood a community worker serves, by id.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field({ nullable: true, description: 'The neighborhood a community worker serves, by its 12-digit code.' })
  @DivisionCode(12)
  neighborhoodCode?: string;
}

@ObjectType({ description: 'What an upsertOfficials call did: every row is counted once.' })
export class UpsertOfficialsResult {
  @Field(() => Int, { description: 'Rows whose externalId was new: officials created.' })
  inserted: number;

  @Field(() => Int, { description: 'Rows that changed an existing official.' })
  updated: number;

  @Field(() => Int, { description: 'Rows identical to the stored official: nothing written.' })
  unchanged: number;
}

/** Most rows one upsertOfficials call takes. */
export const MAX_UPSERT_ROWS = 1000;
