/**
 * English: React-Admin's own messages and Pingyi's resources, fields, enum values and messages.
 */
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { deepMerge } from './merge';
import { enMeetings } from './en.meetings';
import { enAssessments } from './en.assessments';
import { enGovernance } from './en.governance';
import { enMatters } from './en.matters';
import { enSurveys } from './en.surveys';
import { enHome } from './en.home';
import { enVote } from './en.vote';
import { enSelfGovernance } from './en.selfgov';
import { enPanel } from './en.panel';
import { enErrors } from './en.errors';
import { enModuleErrors } from './en.moduleErrors';

const common = {
  id: 'ID',
  districtId: 'District',
  createdAt: 'Created',
  updatedAt: 'Updated',
  name: 'Name',
  code: 'Division code',
  nameContains: 'Name contains',
};

const pingyi = {
  resources: {
    districts: {
      name: 'District |||| Districts',
      fields: {
        ...common,
        cityCode: 'City code',
        provinceCode: 'Province code',
        subdistricts: 'Subdistricts',
        departments: 'Departments',
      },
    },
    subdistricts: {
      name: 'Subdistrict |||| Subdistricts',
      fields: {
        ...common,
        agencies: 'Dispatched agencies',
        officials: 'Officials',
        kind: 'Kind',
        districtId: 'District',
        offices: 'Offices',
        neighborhoods: 'Neighborhoods',
      },
    },
    neighborhoods: {
      name: 'Neighborhood |||| Neighborhoods',
      fields: { ...common, officials: 'Officials', kind: 'Kind', subdistrictId: 'Subdistrict' },
    },
    offices: {
      name: 'Office |||| Offices',
      fields: {
        ...common,
        dutyContains: 'Duty contains',
        kind: 'Kind',
        duties: 'Duties',
        duty: 'Duty',
        subdistrictId: 'Subdistrict',
        officials: 'Officials',
      },
    },
    departments: {
      name: 'Department |||| Departments',
      fields: { ...common, districtId: 'District', agencies: 'Dispatched agencies' },
    },
    dispatchedAgencies: {
      name: 'Dispatched agency |||| Dispatched agencies',
      fields: {
        ...common,
        kind: 'Kind',
        departmentId: 'Department',
        subdistrictId: 'Subdistrict',
        officials: 'Officials',
      },
    },
    officials: {
      name: 'Official |||| Officials',
      fields: {
        ...common,
        category: 'Category',
        title: 'Title',
        officeId: 'Office',
        agencyId: 'Dispatched agency',
        neighborhoodId: 'Neighborhood served',
        subdistrictId: 'Subdistrict',
        externalId: 'External id',
      },
    },
  },
  pingyi: {
    auth: {
      wrongPassword: 'Wrong username or password',
      throttled: 'Too many sign-in attempts; try again later',
      signInFirst: 'Please sign in',
      sessionExpired: 'Your session has expired; please sign in again',
    },
    title: 'Pingyi · Subdistrict evaluation',
    locale: { zh: '中文', en: 'English' },
    enums: {
      SubdistrictKind: { SUBDISTRICT: 'Subdistrict', TOWN: 'Town', TOWNSHIP: 'Township', OTHER: 'Other' },
      NeighborhoodKind: {
        RESIDENTS_COMMITTEE: "Residents' committee",
        VILLAGE_COMMITTEE: 'Village committee',
        OTHER: 'Other',
      },
      OfficeKind: {
        PARTY_GOVERNMENT: 'Party and government office',
        PARTY_BUILDING: 'Party-building office',
        COMMUNITY_MANAGEMENT: 'Community management office',
        COMMUNITY_SERVICE: 'Community service office',
        COMMUNITY_SAFETY: 'Community safety office',
        COMMUNITY_SELF_GOVERNANCE: 'Community self-governance office',
        SELF_DESIGNATED: 'Self-designated work body',
      },
      AgencyKind: {
        POLICE_STATION: 'Police station',
        JUSTICE_OFFICE: 'Justice office',
        MARKET_SUPERVISION: 'Market supervision office',
        HOUSING_OFFICE: 'Housing office',
        URBAN_MANAGEMENT: 'Urban management squad',
        GREENING_SANITATION: 'Greening and sanitation office',
        TAX_OFFICE: 'Tax office',
        OTHER: 'Other',
      },
      OfficialCategory: {
        AGENCY_HEAD: 'Agency head',
        CIVIL_SERVANT: 'Civil servant',
        COMMUNITY_WORKER: 'Community worker',
      },
    },
    help: {
      subdistrictCode: "9-digit division code, starting with the district's 6-digit code.",
      neighborhoodCode: "12-digit division code, starting with the subdistrict's 9-digit code.",
      kindFromName: 'The kind is read from the end of the name (街道/镇/乡, 居委会/村委会).',
      districtPicker: 'Pick a district to narrow the next choice (not saved).',
      officeName: 'Required for a self-designated work body; a standard office defaults to its standard name.',
      officeKind:
        'A subdistrict has one office of each of the six standard kinds and at most two self-designated work bodies ("6+2").',
      duties: 'One matter this office owns per line; within a subdistrict each duty belongs to one office only.',
      officialUnit: 'An agency head belongs to a dispatched agency; civil servants and community workers to an office.',
      subdistrictPicker:
        'Pick the subdistrict first, then its office, agency or neighborhood; picking another subdistrict clears them.',
      timeZone: 'In your time zone (%{zone})',
      code: 'The national administrative division code (GB/T 2260).',
      empty: 'None',
    },
    tabs: { summary: 'Summary' },
    filters: { codePrefix: 'Code starts with' },
    validation: { digits: 'Must be %{count} digits' },
    errors: {
      CONFLICT_inline: 'Already taken or in conflict with existing data',
      BAD_USER_INPUT: 'The input is not valid; check it and try again',
      BAD_USER_INPUT_field: '%{field} is not valid; check it and try again',
      CONFLICT: 'This conflicts with existing data; reload and try again',
      CONFLICT_field: '%{field} conflicts with existing data',
      NOT_FOUND: 'Not found (it may have been deleted)',
      NOT_FOUND_field: '%{field} refers to a record that does not exist',
      FORBIDDEN: 'You may not do this',
      FORBIDDEN_field: 'You may not do this',
      UNAUTHENTICATED: 'Please sign in first',
      UNAUTHENTICATED_field: 'Please sign in first',
      INTERNAL_SERVER_ERROR: 'Server error, please try again later',
      INTERNAL_SERVER_ERROR_field: 'Server error, please try again later',
      SERVICE_UNAVAILABLE: 'The service is unavailable for a moment; try again later',
      SERVICE_UNAVAILABLE_field: 'The service is unavailable for a moment; try again later',
      NETWORK: 'Cannot reach the Pingyi server; check the network and try again',
      NETWORK_field: 'Cannot reach the Pingyi server; check the network and try again',
    },
    fields: {
      id: 'Record',
      ids: 'People',
      name: 'Name',
      names: 'Names',
      title: 'Title',
      code: 'Code',
      codes: 'Codes',
      year: 'Year',
      month: 'Month',
      reason: 'Reason',
      comment: 'Comment',
      scores: 'Scores',
      userIds: 'People',
      officialId: 'Official',
      meetingId: 'Meeting',
      templateId: 'Rating template',
      subdistrictId: 'Subdistrict',
      neighborhoodId: 'Neighborhood',
      officeId: 'Office',
      agencyId: 'Agency',
      departmentId: 'Department',
      chairId: 'Chair',
      role: 'Role',
      password: 'Password',
      currentPassword: 'Current password',
      username: 'Username',
      login: 'Login',
      scheduledAt: 'Time',
      expiresAt: 'Expires',
      url: 'URL',
      duties: 'Duties',
      kind: 'Kind',
      criteria: 'Criteria',
      questions: 'Questions',
      answers: 'Answers',
      households: 'Households',
      count: 'Count',
      description: 'Description',
      conclusion: 'Conclusion',
      first: 'Page size',
      last: 'Page size',
      after: 'Page position',
      before: 'Page position',
      offset: 'Offset',
      format: 'Format',
      trackingCode: 'Tracking code',
      period: 'Period',
      input: 'Input',
    },
    menu: { divisions: 'Divisions', organisation: 'Organisation', people: 'People' },
    graphiql: 'GraphQL console',
  },
};

/** All English messages of the admin. */
const en: TranslationMessages = deepMerge(
  englishMessages,
  pingyi,
  enMeetings,
  enAssessments,
  enGovernance,
  enMatters,
  enSurveys,
  enHome,
  enVote,
  enSelfGovernance,
  enPanel,
  enErrors,
  enModuleErrors,
) as TranslationMessages;
export default en;
