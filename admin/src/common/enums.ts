/**
 * Choices for Pingyi's enum types. Their labels are translation keys
 * (`pingyi.enums.<Enum>.<VALUE>`), so SelectField, SelectInput and friends show them in the
 * admin's language. The schema lists enum values alphabetically; the admin shows them in their
 * domain order (the six standard offices first, …), followed by any value only the schema has.
 */
import { enumValues, schema } from '../schema';

/** Domain order of each enum's values (docs/rules.md rules 1 and 3, and its glossary). */
const DOMAIN_ORDER: Record<string, string[]> = {
  SubdistrictKind: ['SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER'],
  NeighborhoodKind: ['RESIDENTS_COMMITTEE', 'VILLAGE_COMMITTEE', 'OTHER'],
  OfficeKind: [
    'PARTY_GOVERNMENT',
    'PARTY_BUILDING',
    'COMMUNITY_MANAGEMENT',
    'COMMUNITY_SERVICE',
    'COMMUNITY_SAFETY',
    'COMMUNITY_SELF_GOVERNANCE',
    'SELF_DESIGNATED',
  ],
  AgencyKind: [
    'POLICE_STATION',
    'JUSTICE_OFFICE',
    'MARKET_SUPERVISION',
    'HOUSING_OFFICE',
    'URBAN_MANAGEMENT',
    'GREENING_SANITATION',
    'TAX_OFFICE',
    'OTHER',
  ],
  OfficialCategory: ['AGENCY_HEAD', 'CIVIL_SERVANT', 'COMMUNITY_WORKER'],
  MeetingStatus: ['DRAFT', 'OPEN', 'CLOSED'],
  Satisfaction: ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'],
  Role: ['ADMIN', 'CHAIR', 'REPRESENTATIVE', 'ASSESSOR', 'OFFICIAL'],
  HearingOutcome: ['SUPPORTED', 'SUPPORTED_WITH_CONDITIONS', 'NOT_SUPPORTED'],
  CourtConfirmation: ['NOT_REQUESTED', 'SUBMITTED', 'CONFIRMED', 'REFUSED'],
  ConventionVersionStatus: ['OPEN', 'EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN'],
  BreachFollowUpParty: ['RESIDENTS_COMMITTEE', 'OWNERS_COMMITTEE', 'PROPERTY_COMPANY'],
  PetitionAgent: [
    'TRADE_UNION',
    'COMMUNIST_YOUTH_LEAGUE',
    'WOMENS_FEDERATION',
    'RESIDENTS_COMMITTEE',
    'COMMUNITY_COMMITTEE',
  ],
  PetitionStatus: ['OPEN', 'AGREED', 'NOT_AGREED', 'WITHDRAWN'],
};

/** One choice of an enum: the value as id, the translation key as name. */
export interface EnumChoice {
  id: string;
  name: string;
}

/** The choices of enum type `enumName` (e.g. `OfficeKind`) that the schema has, in domain order. */
export function enumChoices(enumName: string): EnumChoice[] {
  const values = enumValues(schema.types, enumName);
  const ordered = [
    ...(DOMAIN_ORDER[enumName] ?? []).filter((value) => values.includes(value)),
    ...values.filter((value) => !DOMAIN_ORDER[enumName]?.includes(value)),
  ];
  return ordered.map((value) => ({ id: value, name: `pingyi.enums.${enumName}.${value}` }));
}
