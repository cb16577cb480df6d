/** The households' public page of a building's convention (`#/household`, no sign-in; docs/rules.md rule 14). */
export { HouseholdConvention } from './HouseholdConvention';
