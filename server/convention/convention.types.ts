import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConventionVersionStatus } from './convention-enums';

/**
 * The public count of a convention version (docs/rules.md rule 14): what any resident may know,
 * and what a household sees after answering. It names no household.
 */
@ObjectType({
  description:
    'The public count of a convention version (docs/rules.md rule 14): approvals and rejections so far against the two-thirds threshold; it names no household.',
})
export class ConventionTally {
  @Field(() => ID, { description: 'The version.' })
  versionId: string;

  @Field(() => Int, { description: 'Its version number.' })
  number: number;

  @Field(() => ConventionVersionStatus, { description: 'OPEN, EFFECTIVE, SUPERSEDED or WITHDRAWN.' })
  status: ConventionVersionStatus;

  @Field(() => Int, { description: 'Households that approved.' })
  approvals: number;

  @Field(() => Int, { description: 'Households that did not approve.' })
  rejections: number;

  @Field(() => Int, {
    description:
      "The households the threshold counts on: the building's households now while OPEN or WITHDRAWN, those when it took effect once EFFECTIVE or SUPERSEDED.",
  })
  households: number;

  @Field(() => Int, {
    description: 'Approvals needed to take effect: two thirds of `households`, rounded up (⌈2·households/3⌉).',
  })
  requiredApprovals: number;
}

/** What `issueHouseholdCodes` answers: the new codes, shown this once. */
@ObjectType({ description: 'New household codes, shown this once: print them on slips now.' })
export class IssuedHouseholdCodes {
  @Field(() => ID, { description: 'The version they answer.' })
  versionId: string;

  @Field(() => [String], { description: 'The codes, e.g. "K7PQM-3XWAR", in alphabetical order.' })
  codes: string[];
}

/** What `voidHouseholdCodes` answers. */
@ObjectType({ description: 'How many household codes were voided.' })
export class VoidedHouseholdCodes {
  @Field(() => ID, { description: 'The version.' })
  versionId: string;

  @Field(() => Int, { description: 'Codes voided by this call (already voided ones are not counted again).' })
  voided: number;
}

/** What a household reads with its code before answering (`householdConvention`). */
@ObjectType({
  description:
    'The convention version a household code answers, as the household reads it before answering (docs/rules.md rule 14).',
})
export class HouseholdConvention {
  @Field({ description: "The convention's title." })
  title: string;

  @Field({ description: "The version's full text." })
  text: string;

  @Field(() => ConventionTally, { description: 'The public count so far.' })
  tally: ConventionTally;
}
