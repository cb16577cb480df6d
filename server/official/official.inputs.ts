import { IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { OfficialCategory } from './official-category';

/** Fields an official list can be sorted by (the allow-list of `orderBy`). */
export enum OfficialOrderField {
  NAME = 'NAME',
  CATEGORY = 'CATEGORY',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OfficialOrderField, {
  name: 'OfficialOrderField',
  description: 'Fields a list of officials can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    CATEGORY: { description: 'By category (AGENCY_HEAD, CIVIL_SERVANT, COMMUNITY_WORKER).' },
    TITLE: { description: 'By post or title.' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of an official list.' })
export class OfficialOrder {
  @Field(() => OfficialOrderField, { description: 'The field to sort by.' })
  field: OfficialOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions an official must meet to be listed; all given conditions apply.' })
export class OfficialFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only officials serving in subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only officials serving in this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only officials of this office.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only officials of this stationed agency.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only community workers serving this neighborhood.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => OfficialCategory, { nullable: true, description: 'Only this category.' })
  category?: OfficialCategory;

  @Field({ nullable: true, description: 'Only the official with this external (district HR) id.' })
  externalId?: string;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "wang" or "wjg" finds 王建国 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

/** An external id: 1–100 visible characters without spaces. */
const ExternalIdRules = () => Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' });

@InputType({
  description:
    'A new official (docs/rules.md rule 3): an AGENCY_HEAD needs agencyId; a CIVIL_SERVANT or COMMUNITY_WORKER needs officeId.',
})
export class CreateOfficialInput {
  @Field({ description: 'Full name, 1–100 characters.' })
  @NameRules()
  name: string;

  @Field(() => OfficialCategory, { description: 'AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER.' })
  category: OfficialCategory;

  @Field({ nullable: true, description: 'Post or title, at most 100 characters (default empty).' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  title?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The 街道 (subdistrict) the official serves in. Optional: it follows from the office or agency; when given, the office or agency must lie in it (BAD_USER_INPUT naming input.officeId or input.agencyId).',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'The office of a civil servant or community worker.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officeId?: string;

  @Field(() => ID, { nullable: true, description: 'The stationed agency of an agency head.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The neighborhood a community worker serves; in the same subdistrict.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field({ nullable: true, description: 'Id in a district HR system; unique.' })
  @ExternalIdRules()
  externalId?: string;
}

@InputType({
  description:
    "Changes to an official; omitted fields keep their value, null clears an optional one. The result must still satisfy docs/rules.md rule 3, and an agency's consented head cannot move to another category or agency (docs/rules.md rule 2).",
})
export class UpdateOfficialInput {
  @Field({ nullable: true, description: 'New full name.' })
  @NameRules()
  name?: string;

  @Field(() => OfficialCategory, { nullable: true, description: 'New category.' })
  category?: OfficialCategory;

  @Field({ nullable: true, description: 'New post or title.' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  title?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The 街道 (subdistrict) the official is to serve in; omitted or null keeps it as the office or agency says. To move an official to another 街道 give it with an office (or, for an agency head, an agency) of that 街道: an office or agency elsewhere is BAD_USER_INPUT naming input.officeId or input.agencyId.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New office (null to clear).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New stationed agency (null to clear).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New neighborhood served (null to clear).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string | null;

  @Field(() => String, { nullable: true, description: 'New external id (null to clear).' })
  @ExternalIdRules()
  externalId?: string | null;
}
