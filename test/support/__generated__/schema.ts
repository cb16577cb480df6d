export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** An accountability case (责任追究, docs/rules.md rule 9) about one official's year, usually one red-line item; handled by the organisation department or discipline inspection and concluded only with a written conclusion. */
export type AccountabilityCase = Node & {
  /** Whether the conclusion confirms a red-line breach (which marks the year's assessment redLineBreached); null while OPEN. */
  breachConfirmed: Maybe<Scalars['Boolean']['output']>;
  /** When the case was concluded; null while OPEN. */
  concludedAt: Maybe<Scalars['DateTime']['output']>;
  /** The written conclusion; null while OPEN. */
  conclusion: Maybe<Scalars['String']['output']>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** ORGANIZATION_DEPARTMENT or DISCIPLINE_INSPECTION. */
  handledBy: AccountabilityHandler;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The official concerned. */
  official: Official;
  /** Id of the official concerned. */
  officialId: Scalars['ID']['output'];
  /** When the case was opened (ISO 8601, UTC). */
  openedAt: Scalars['DateTime']['output'];
  /** The red-line item the case is about; null when none. */
  responsibilityItem: Maybe<ResponsibilityItem>;
  /** Id of the RED_LINE line of the official's list for that year the case is about; null when none. */
  responsibilityItemId: Maybe<Scalars['ID']['output']>;
  /** OPEN or CONCLUDED (final). */
  status: AccountabilityStatus;
  /** What the case is about. */
  summary: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year concerned, e.g. 2026. */
  year: Scalars['Int']['output'];
};

/** A page of accountability cases, with their cursors, total count and paging information (a Relay cursor connection). */
export type AccountabilityCaseConnection = {
  /** The accountability cases of this page with their cursors, in the requested order. */
  edges: Array<AccountabilityCaseEdge>;
  /** The accountability cases of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<AccountabilityCase>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many accountability cases match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of accountability cases, with the cursor that marks its place in the list. */
export type AccountabilityCaseEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the accountability cases). */
  node: AccountabilityCase;
};

/** Conditions an accountability case must meet to be listed; all given conditions apply. */
export type AccountabilityCaseFilter = {
  /** true: only concluded cases that confirmed a breach; false: only concluded cases that did not. */
  breachConfirmed: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cases handled by this body. */
  handledBy: InputMaybe<AccountabilityHandler>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only cases of this official. */
  officialId: InputMaybe<Scalars['ID']['input']>;
  /** Only OPEN or only CONCLUDED cases. */
  status: InputMaybe<AccountabilityStatus>;
  /** Only cases of officials serving in this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** Only cases about this year. */
  year: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a list of accountability cases. */
export type AccountabilityCaseOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: AccountabilityCaseOrderField;
};

/** Fields a list of accountability cases can be sorted by. */
export type AccountabilityCaseOrderField =
  /** By when it was concluded; open cases last. */
  | 'CONCLUDED_AT'
  /** By when the case was opened. */
  | 'OPENED_AT'
  /** By state. */
  | 'STATUS'
  /** By the year concerned. */
  | 'YEAR';

/** Who handles an accountability case (责任追究, docs/rules.md rule 9). */
export type AccountabilityHandler =
  /** 纪检: the discipline inspection body. */
  | 'DISCIPLINE_INSPECTION'
  /** 组织部门: the organisation department. */
  | 'ORGANIZATION_DEPARTMENT';

/** Where an accountability case stands; CONCLUDED is final. */
export type AccountabilityStatus =
  /** Closed with a written conclusion and whether a breach was confirmed; final. */
  | 'CONCLUDED'
  /** Being handled; its details may still change. */
  | 'OPEN';

/** A new version of a convention’s text, OPEN for approval. */
export type AddConventionVersionInput = {
  /** The convention. */
  conventionId: Scalars['ID']['input'];
  /** The new text, 1–20000 characters. */
  text: Scalars['String']['input'];
};

/** What a stationed agency ("七所八所") does. */
export type AgencyKind =
  /** 绿化市容所: greening and sanitation office. */
  | 'GREENING_SANITATION'
  /** 房管办: housing management office. */
  | 'HOUSING_OFFICE'
  /** 司法所: justice office. */
  | 'JUSTICE_OFFICE'
  /** 市场监管所: market supervision office. */
  | 'MARKET_SUPERVISION'
  /** Any other stationed agency. */
  | 'OTHER'
  /** 派出所: police station. */
  | 'POLICE_STATION'
  /** 税务所: tax office. */
  | 'TAX_OFFICE'
  /** 城管中队: urban management enforcement squad. */
  | 'URBAN_MANAGEMENT';

/** The annual assessment of one official for one year (docs/rules.md rule 10): three parts, the score 0–100, the grade, an optional override with its reason, and redLineBreached. FINALIZED is final. */
export type AnnualAssessment = Node & {
  /** The grade the score earns under the policy's bands; null without a score. */
  computedGrade: Maybe<Grade>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When it was finalised (UTC). */
  finalizedAt: Maybe<Scalars['DateTime']['output']>;
  /** The assessor who finalised it. */
  finalizedById: Maybe<Scalars['ID']['output']>;
  /** The grade that counts: the override if any, else the computed grade; null in a red-line breach year. */
  grade: Maybe<Grade>;
  /** The names its grades are shown with: its district's policy of its year (docs/rules.md rule 10), STANDARD without one. */
  gradeLabels: GradeLabels;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Closed meetings behind the meeting part. */
  meetingCount: Scalars['Int']['output'];
  /** Ratings behind the meeting part (over all the year's closed meetings counted). */
  meetingRatingCount: Scalars['Int']['output'];
  /** Meeting part 0–100: the year's published meeting scores, their mean weighted by each meeting's rating count; null without any. */
  meetingScore: Maybe<Scalars['Float']['output']>;
  /** The official assessed. */
  official: Official;
  /** The official. */
  officialId: Scalars['ID']['output'];
  /** An assessor's override of the grade; null when none. */
  overrideGrade: Maybe<Grade>;
  /** The written reason for the override. */
  overrideReason: Maybe<Scalars['String']['output']>;
  /** A concluded accountability case found a red line breached this year: the year is outside the four grades. */
  redLineBreached: Scalars['Boolean']['output'];
  /** Score 0–100: the parts weighted by the policy, over the parts present; null when no part is present. */
  score: Maybe<Scalars['Float']['output']>;
  /** The assessors' mark 0–100 on the self-report and the inquiries; null until given. */
  selfReportMark: Maybe<Scalars['Float']['output']>;
  /** DRAFT or FINALIZED. */
  status: AssessmentStatus;
  /** The panels' scores behind the third-party part. */
  thirdPartyEvaluations: Array<ThirdPartyEvaluation>;
  /** Third-party part 0–100: the panels' scores weighted by the policy, over the panels that scored; null without any. */
  thirdPartyScore: Maybe<Scalars['Float']['output']>;
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A page of annual assessments, with their cursors, total count and paging information (a Relay cursor connection). */
export type AnnualAssessmentConnection = {
  /** The annual assessments of this page with their cursors, in the requested order. */
  edges: Array<AnnualAssessmentEdge>;
  /** The annual assessments of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<AnnualAssessment>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many annual assessments match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of annual assessments, with the cursor that marks its place in the list. */
export type AnnualAssessmentEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the annual assessments). */
  node: AnnualAssessment;
};

/** Conditions an assessment must meet to be listed; all given conditions apply. */
export type AnnualAssessmentFilter = {
  /** Only officials of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only this grade as it counts (`grade`: the override if any, else the computed grade; breach years have none). */
  grade: InputMaybe<Grade>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this official's. */
  officialId: InputMaybe<Scalars['ID']['input']>;
  /** Only years with (true) or without (false) a breached red line (docs/rules.md rule 9). */
  redLineBreached: InputMaybe<Scalars['Boolean']['input']>;
  /** Only DRAFT or only FINALIZED. */
  status: InputMaybe<AssessmentStatus>;
  /** Only officials of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** Only this year (2000–2100). */
  year: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of an assessment list. */
export type AnnualAssessmentOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: AnnualAssessmentOrderField;
};

/** Fields a list of assessments can be sorted by. */
export type AnnualAssessmentOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the 0–100 score; assessments without a score last. */
  | 'SCORE'
  /** By state (DRAFT, FINALIZED). */
  | 'STATUS'
  /** By the year assessed. */
  | 'YEAR';

/** A resident's answer with a one-time survey code (no account): exactly one score 1–5 for every question of the survey. */
export type AnswerSurveyInput = {
  /** One score per question of the survey. */
  answers: Array<SurveyScoreInput>;
  /** The code on the slip, e.g. K7PQM-3XWAR; case, spaces and hyphens do not matter. */
  code: Scalars['String']['input'];
};

/** A household's answer to a convention version, with its one-time household code. */
export type ApproveConventionInput = {
  /** true: the household approves the version; false: it does not. */
  approve: Scalars['Boolean']['input'];
  /** The household code from the slip, e.g. "K7PQM-3XWAR" (case and dashes do not matter). */
  code: Scalars['String']['input'];
};

/** Compute (or recompute) an official's DRAFT assessment for a year. */
export type AssessOfficialInput = {
  /** The official. */
  officialId: Scalars['ID']['input'];
  /** The assessors' mark 0–100 on the self-report and inquiries; omitted keeps the earlier mark. */
  selfReportMark: InputMaybe<Scalars['Float']['input']>;
  /** The year assessed: one that has begun in Shanghai (UTC+8); a later one is BAD_USER_INPUT on input.year. */
  year: Scalars['Int']['input'];
};

/** A district's annual assessment at a glance (docs/rules.md rules 10 and 11): grade distribution of the year by subdistrict, and how many officials each outcome applies to now. Limited to your scope. */
export type AssessmentOverview = {
  /** The district. */
  districtId: Scalars['ID']['output'];
  /** DRAFT assessments of the year. */
  draftCount: Scalars['Int']['output'];
  /** Finalised assessments of the year. */
  finalizedCount: Scalars['Int']['output'];
  /** The district's finalised assessments of the year by grade (same order as per subdistrict). */
  grades: Array<GradeCount>;
  /** Officials by current outcome (as `Official.outcome`, from all finalised years), each of the three outcomes once, zero included. */
  outcomes: Array<OutcomeCount>;
  /** One line per subdistrict that has an assessment of the year, by subdistrict code. */
  subdistricts: Array<SubdistrictGradeCounts>;
  /** The year of the grades. */
  year: Scalars['Int']['output'];
};

/** How a district scores one year (docs/rules.md rule 10). Without a stored policy the defaults apply: parts 40/40/20, equal panels, bands 90/75/60, at least 3 ratings. */
export type AssessmentPolicy = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The district. */
  districtId: Scalars['ID']['output'];
  /** Lowest score (0–100) graded EXCELLENT. */
  excellentFrom: Scalars['Int']['output'];
  /** Lowest score graded GOOD. */
  goodFrom: Scalars['Int']['output'];
  /** The names the grades are shown with (docs/rules.md rule 10): STANDARD (优秀/良好/平庸/较差, the default) or CIVIL_SERVICE (优秀/称职/基本称职/不称职). */
  gradeLabels: GradeLabels;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Lowest score graded MEDIOCRE; below it POOR. */
  mediocreFrom: Scalars['Int']['output'];
  /** Weight (points) of the meeting scores. */
  meetingWeight: Scalars['Int']['output'];
  /** Fewest ratings for a meeting result to count (docs/rules.md rule 7). */
  minRatings: Scalars['Int']['output'];
  /** Weights of the four panels, summing to 100. */
  panelWeights: Array<PanelWeight>;
  /** Weight (points) of the assessors' mark on the self-report and inquiries. */
  selfReportWeight: Scalars['Int']['output'];
  /** Weight (points) of the third-party evaluation. */
  thirdPartyWeight: Scalars['Int']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** DRAFT (recomputed on request, may be overridden) → FINALIZED (final). */
export type AssessmentStatus =
  /** Recomputed on request; assessors may override its grade with a written reason. */
  | 'DRAFT'
  /** Final (docs/rules.md rule 10): it no longer changes. */
  | 'FINALIZED';

/** A photo or document of a hearing, mediation, convention or petition (docs/rules.md rule 14): at most 10 MB, JPEG, PNG, WebP or PDF by its content; downloaded at url by those who may read the record. */
export type Attachment = {
  /** Its type as read from its content: image/jpeg, image/png, image/webp or application/pdf. */
  contentType: Scalars['String']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, stable id of this record. */
  id: Scalars['ID']['output'];
  /** The file name as uploaded, e.g. "现场照片.jpg". */
  name: Scalars['String']['output'];
  /** Id of the record it belongs to. */
  ownerId: Scalars['ID']['output'];
  /** The kind of record it belongs to. */
  ownerType: AttachmentOwner;
  /** Its size in bytes (at most 10 MB = 10,485,760). */
  size: Scalars['Int']['output'];
  /** Id of the record's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Where to download it: GET this path with your bearer token; only those who may read the record get it (NOT_FOUND otherwise). */
  url: Scalars['String']['output'];
};

/** The kind of self-governance record an attachment belongs to (docs/rules.md rule 14). */
export type AttachmentOwner =
  /** A building's convention (BuildingConvention); path segment `convention`. */
  | 'BUILDING_CONVENTION'
  /** A decision hearing (Hearing); path segment `hearing`. */
  | 'HEARING'
  /** A mediation meeting (Mediation); path segment `mediation`. */
  | 'MEDIATION'
  /** A petition taken up by an agent (Petition); path segment `petition`. */
  | 'PETITION';

/** One person on a meeting's attendance roll and how they vote (docs/rules.md rule 7). For a code voter it says that they got a code, never which. */
export type Attendee = Node & {
  /** True when the chair or an ADMIN checked them in; false when their own first ballot put them on the roll (an account voter who was not checked in). */
  checkedIn: Scalars['Boolean']['output'];
  /** Opaque id of this entry of the roll. */
  id: Scalars['ID']['output'];
  /** ACCOUNT or CODE. */
  mode: VotingMode;
  /** The user's display name, or the name typed at check-in for a person without an account. */
  name: Scalars['String']['output'];
  /** The person's user, when they have an account. */
  userId: Maybe<Scalars['ID']['output']>;
};

/** One entry of the append-only audit log: who changed what, when, with the state before and after. Entries about ballots never name their author. */
export type AuditEvent = Node & {
  /** What happened, e.g. "meeting.opened", "rating.cast" (a ballot, logged to the hour, never by whom). */
  action: Scalars['String']['output'];
  /** The user who made the change; null for ballots and the server itself. */
  actorId: Maybe<Scalars['ID']['output']>;
  /** The record after the change; null for a deletion. */
  after: Maybe<Scalars['JSON']['output']>;
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** The record before the change; null for a creation. */
  before: Maybe<Scalars['JSON']['output']>;
  /** Id of the record concerned. */
  entityId: Scalars['ID']['output'];
  /** Type of the record concerned, e.g. "EvaluationMeeting". */
  entityType: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

/** A page of audit entries, with their cursors, total count and paging information (a Relay cursor connection). */
export type AuditEventConnection = {
  /** The audit entries of this page with their cursors, in the requested order. */
  edges: Array<AuditEventEdge>;
  /** The audit entries of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<AuditEvent>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many audit entries match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of audit entries, with the cursor that marks its place in the list. */
export type AuditEventEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the audit entries). */
  node: AuditEvent;
};

/** What a ballot code opens, with the browser secret it is bound to: the meeting, its officials and criteria, and which officials this code has rated (docs/rules.md rule 7). */
export type Ballot = {
  /** The criteria to score 1–5. */
  criteria: Array<RatingCriterion>;
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** The officials under evaluation, in pinyin order of their names (docs/rules.md rule 15). */
  officials: Array<BallotOfficial>;
  /** Ids of the officials this code has already rated (a new rating replaces the old one); only ever told to the browser the code is bound to. */
  ratedOfficialIds: Array<Scalars['ID']['output']>;
  /** State of the meeting; ratings are taken only while OPEN. */
  status: MeetingStatus;
  /** Title of the meeting. */
  title: Scalars['String']['output'];
};

/** An official as a representative voting by ballot code sees them. */
export type BallotOfficial = {
  /** Category. */
  category: OfficialCategory;
  /** Id of the official. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Post or title. */
  title: Scalars['String']['output'];
};

/** One follow-up of a convention breach by the residents' committee, the owners' committee or the property company (docs/rules.md rule 14). */
export type BreachFollowUp = {
  /** What they did or decided. */
  action: Scalars['String']['output'];
  /** Id of the breach. */
  breachId: Scalars['ID']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, stable id of this record. */
  id: Scalars['ID']['output'];
  /** Who followed up. */
  party: BreachFollowUpParty;
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Who followed up a breach of a building convention (docs/rules.md rule 14). */
export type BreachFollowUpParty =
  /** 业委会: the owners’ committee. */
  | 'OWNERS_COMMITTEE'
  /** 物业公司: the property management company. */
  | 'PROPERTY_COMPANY'
  /** 居委会: the residents’ committee. */
  | 'RESIDENTS_COMMITTEE';

/** A residential building of a neighborhood (楼栋) with its number of households, whose households approve the building's convention (docs/rules.md rule 14). */
export type Building = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Number of households living in the building now (1–10000): the base of the two-thirds threshold of its convention versions still OPEN (docs/rules.md rule 14). */
  households: Scalars['Int']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Name or number of the building within its neighborhood, e.g. "宁波路12号楼". */
  name: Scalars['String']['output'];
  /** The neighborhood (居民区) of the building. */
  neighborhood: Neighborhood;
  /** Id of the neighborhood (居民区) the building belongs to. */
  neighborhoodId: Scalars['ID']['output'];
  /** Id of the neighborhood's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of buildings, with their cursors, total count and paging information (a Relay cursor connection). */
export type BuildingConnection = {
  /** The buildings of this page with their cursors, in the requested order. */
  edges: Array<BuildingEdge>;
  /** The buildings of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Building>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many buildings match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A building's residents' convention (居民公约, docs/rules.md rule 14): its text in versions, each of which takes effect only when at least two thirds of the building's households approved it. */
export type BuildingConvention = Node & {
  /** Its photos and documents, oldest first (upload: POST /attachments/<hearing|mediation|convention|petition>/<id>, multipart field "file"; docs/rules.md rule 14). */
  attachments: Array<Attachment>;
  /** The building the convention binds. */
  building: Building;
  /** Id of the building the convention binds; a building has one convention. */
  buildingId: Scalars['ID']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The version in effect; null while none has reached two thirds (docs/rules.md rule 14). */
  effectiveVersion: Maybe<ConventionVersion>;
  /** Id of the convention in a district system (upsertBuildingConventions); unique within its 街道 when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Id of the building's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** Title, e.g. "宁波路12号楼居民公约". */
  title: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Its versions, by number. */
  versions: Array<ConventionVersion>;
};

/** A page of buildingConventions, with their cursors, total count and paging information (a Relay cursor connection). */
export type BuildingConventionConnection = {
  /** The buildingConventions of this page with their cursors, in the requested order. */
  edges: Array<BuildingConventionEdge>;
  /** The buildingConventions of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<BuildingConvention>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many buildingConventions match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of buildingConventions, with the cursor that marks its place in the list. */
export type BuildingConventionEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the buildingConventions). */
  node: BuildingConvention;
};

/** Conditions a building convention must meet to be listed; all given conditions apply. */
export type BuildingConventionFilter = {
  /** Only conventions of this building. */
  buildingId: InputMaybe<Scalars['ID']['input']>;
  /** Only conventions of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of building conventions. */
export type BuildingConventionOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: BuildingConventionOrderField;
};

/** Fields a list of building conventions can be sorted by. */
export type BuildingConventionOrderField =
  /** By when it was recorded. */
  | 'CREATED_AT'
  /** By title. */
  | 'TITLE';

/** One of a page of buildings, with the cursor that marks its place in the list. */
export type BuildingEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the buildings). */
  node: Building;
};

/** Conditions a building must meet to be listed; all given conditions apply. */
export type BuildingFilter = {
  /** Only buildings of this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Only buildings of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of buildings. */
export type BuildingOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: BuildingOrderField;
};

/** Fields a list of buildings can be sorted by. */
export type BuildingOrderField =
  /** By when it was recorded. */
  | 'CREATED_AT'
  /** By number of households. */
  | 'HOUSEHOLDS'
  /** By name. */
  | 'NAME';

/** People to check in at a meeting (docs/rules.md rule 7): REPRESENTATIVE users by id and, for code voters, people without an account by name. Each person is on the roll once. */
export type CheckInInput = {
  /** The meeting (DRAFT or OPEN). */
  meetingId: Scalars['ID']['input'];
  /** How they vote: ACCOUNT (registered representatives, signed in) or CODE (each gets a one-time ballot code, and their account, if any, may not vote here). */
  mode: VotingMode;
  /** CODE only: names of people without an account (1–100 characters each, at most 200), e.g. "王芳（3号楼）"; a name already on the roll is refused, so add what tells two people of the same name apart. */
  names: InputMaybe<Array<Scalars['String']['input']>>;
  /** REPRESENTATIVE users of the meeting's subdistrict, at most 200; for ACCOUNT they must be registered for the meeting. */
  userIds: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What checkInAttendees did. */
export type CheckInPayload = {
  /** How many people this call added to the roll (an account voter already on it is not added again). */
  checkedIn: Scalars['Int']['output'];
  /** CODE: one new one-time ballot code per person checked in, e.g. "K7PQM-3XWAR", shown only in this answer and in alphabetical order, so nothing says whose each is; print them as slips. ACCOUNT: empty. */
  codes: Array<Scalars['String']['output']>;
  /** The meeting. */
  meeting: EvaluationMeeting;
};

/** How many ballot codes one person issued at a meeting (docs/rules.md rule 7: printed on the result sheet, so extra codes are seen). */
export type CodeIssuer = {
  /** Codes issued. */
  codesIssued: Scalars['Int']['output'];
  /** Id of this line of the meeting's progress, "CodeIssuer:<meetingId>:<issuerId>": the same in every reading and live event of the meeting, so a client cache updates it; not a record's id. */
  id: Scalars['ID']['output'];
  /** Id of the user who issued them; null when not recorded (codes issued before issuers were recorded, or a deleted user). */
  issuerId: Maybe<Scalars['ID']['output']>;
  /** Display name of that user; null when not recorded. */
  name: Maybe<Scalars['String']['output']>;
};

/** The conclusion that closes an accountability case for good. */
export type ConcludeAccountabilityCaseInput = {
  /** Whether the conclusion confirms a red-line breach; true marks that year's assessment redLineBreached. */
  breachConfirmed: Scalars['Boolean']['input'];
  /** The written conclusion, 1–4000 characters; not blank. */
  conclusion: Scalars['String']['input'];
};

/** The written record that concludes a mediation for good. */
export type ConcludeMediationInput = {
  /** The written record (调解笔录), 1–20000 characters. */
  record: Scalars['String']['input'];
  /** The women's director who attended, when not given before; required where family, women or children are involved. */
  womenDirector: InputMaybe<Scalars['String']['input']>;
};

/** How a petition's talks ended: with the agreement reached, or without agreement and why. */
export type ConcludePetitionInput = {
  /** The agreement reached, 1–20000 characters: required for AGREED (BAD_USER_INPUT on input.agreement), refused otherwise. */
  agreement: InputMaybe<Scalars['String']['input']>;
  /** AGREED or NOT_AGREED. */
  outcome: PetitionOutcome;
  /** Why no agreement was reached, 1–4000 characters: required for NOT_AGREED (BAD_USER_INPUT on input.reason). */
  reason: InputMaybe<Scalars['String']['input']>;
};

/** A breach of a building's convention in effect (docs/rules.md rule 14), with the follow-ups of the residents' committee, the owners' committee and the property company. */
export type ConventionBreach = Node & {
  /** The convention breached. */
  convention: BuildingConvention;
  /** Id of the convention breached. */
  conventionId: Scalars['ID']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** What happened. */
  description: Scalars['String']['output'];
  /** Its follow-ups, in the order recorded. */
  followUps: Array<BreachFollowUp>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The resident's matter (诉求) the breach escalated to because public property was damaged (docs/rules.md rule 14); null when none, or when the caller does not read matters (chairs, representatives; service tokens without matters:read). */
  matter: Maybe<Matter>;
  /** Id of the resident's matter (诉求, docs/rules.md rule 13) the breach escalated to because public property was damaged; null otherwise. */
  matterId: Maybe<Scalars['ID']['output']>;
  /** The day of the breach (YYYY-MM-DD, Asia/Shanghai calendar day). */
  occurredOn: Scalars['LocalDate']['output'];
  /** Whether public property (公共财产) was damaged: then the breach escalated to a resident's matter (诉求) of the 街道 (matter). */
  publicPropertyDamaged: Scalars['Boolean']['output'];
  /** Id of the building's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The version that was in effect when it was recorded. */
  version: ConventionVersion;
  /** Id of the version that was in effect when the breach was recorded. */
  versionId: Scalars['ID']['output'];
};

/** A page of conventionBreaches, with their cursors, total count and paging information (a Relay cursor connection). */
export type ConventionBreachConnection = {
  /** The conventionBreaches of this page with their cursors, in the requested order. */
  edges: Array<ConventionBreachEdge>;
  /** The conventionBreaches of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<ConventionBreach>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many conventionBreaches match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of conventionBreaches, with the cursor that marks its place in the list. */
export type ConventionBreachEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the conventionBreaches). */
  node: ConventionBreach;
};

/** Conditions a breach must meet to be listed; all given conditions apply. */
export type ConventionBreachFilter = {
  /** Only breaches of this convention. */
  conventionId: InputMaybe<Scalars['ID']['input']>;
  /** Only breaches in this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of convention breaches. */
export type ConventionBreachOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: ConventionBreachOrderField;
};

/** Fields a list of convention breaches can be sorted by. */
export type ConventionBreachOrderField =
  /** By when it was recorded. */
  | 'CREATED_AT'
  /** By the day of the breach. */
  | 'OCCURRED_ON';

/** The public count of a convention version (docs/rules.md rule 14): approvals and rejections so far against the two-thirds threshold; it names no household. */
export type ConventionTally = {
  /** Households that approved. */
  approvals: Scalars['Int']['output'];
  /** The households the threshold counts on: the building's households now while OPEN or WITHDRAWN, those when it took effect once EFFECTIVE or SUPERSEDED. */
  households: Scalars['Int']['output'];
  /** Its version number. */
  number: Scalars['Int']['output'];
  /** Households that did not approve. */
  rejections: Scalars['Int']['output'];
  /** Approvals needed to take effect: two thirds of `households`, rounded up (⌈2·households/3⌉). */
  requiredApprovals: Scalars['Int']['output'];
  /** OPEN, EFFECTIVE, SUPERSEDED or WITHDRAWN. */
  status: ConventionVersionStatus;
  /** The version. */
  versionId: Scalars['ID']['output'];
};

/** One version of a convention's text (docs/rules.md rule 14) with its public count of approvals; which household approved is kept nowhere. */
export type ConventionVersion = Node & {
  /** Households that approved this version (public; never who). */
  approvals: Scalars['Int']['output'];
  /** Id of the convention's building. */
  buildingId: Scalars['ID']['output'];
  /** Household codes issued for it and not voided (used ones included). */
  codesIssued: Scalars['Int']['output'];
  /** The convention. */
  convention: BuildingConvention;
  /** Id of the convention. */
  conventionId: Scalars['ID']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When it took effect (ISO 8601, UTC); null before. */
  effectiveAt: Maybe<Scalars['DateTime']['output']>;
  /** The households the threshold counts on: the building's now while OPEN or WITHDRAWN, those it took effect on once EFFECTIVE or SUPERSEDED. */
  households: Scalars['Int']['output'];
  /** The building's households when the version took effect, the base its two thirds were counted on; null before. Households added later do not change it (docs/rules.md rule 14). */
  householdsAtEffect: Maybe<Scalars['Int']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Version number within the convention: 1, 2, … */
  number: Scalars['Int']['output'];
  /** Households that did not approve this version (public; never who). */
  rejections: Scalars['Int']['output'];
  /** Approvals needed to take effect: ⌈2·households/3⌉ (docs/rules.md rule 14). */
  requiredApprovals: Scalars['Int']['output'];
  /** OPEN, EFFECTIVE, SUPERSEDED or WITHDRAWN. */
  status: ConventionVersionStatus;
  /** Id of the building's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** The full text of this version; it never changes (a change is a new version). */
  text: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where one version of a building's convention (居民公约) stands (docs/rules.md rule 14). */
export type ConventionVersionStatus =
  /** In effect: at least two thirds of the building's households approved it. Stays in effect when households are added later, until a later version takes effect. */
  | 'EFFECTIVE'
  /** Collecting the households' approvals with household codes. */
  | 'OPEN'
  /** Was in effect until a later version of the same convention took effect. */
  | 'SUPERSEDED'
  /** Withdrawn by the residents’ committee before it took effect; its codes open nothing. */
  | 'WITHDRAWN';

/** The district civil court's confirmation (司法确认) of a concluded mediation's record, asked for by the parties (docs/rules.md rule 14). */
export type CourtConfirmation =
  /** Confirmed by the court. */
  | 'CONFIRMED'
  /** Not submitted to the court. */
  | 'NOT_REQUESTED'
  /** Refused by the court. */
  | 'REFUSED'
  /** Submitted at the parties’ request; awaiting the court. */
  | 'SUBMITTED';

/** A new accountability case (责任追究) about one official's year. */
export type CreateAccountabilityCaseInput = {
  /** ORGANIZATION_DEPARTMENT or DISCIPLINE_INSPECTION. */
  handledBy: AccountabilityHandler;
  /** The official concerned. */
  officialId: Scalars['ID']['input'];
  /** The RED_LINE line of the official's list for that year the case is about. */
  responsibilityItemId: InputMaybe<Scalars['ID']['input']>;
  /** What the case is about, 1–2000 characters. */
  summary: Scalars['String']['input'];
  /** The year concerned, 2000–2100. */
  year: Scalars['Int']['input'];
};

/** A new building convention (居民公约) with the text of its first version, OPEN for approval. */
export type CreateBuildingConventionInput = {
  /** The building it binds. */
  buildingId: Scalars['ID']['input'];
  /** Text of version 1, 1–20000 characters. */
  text: Scalars['String']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A new residential building of a neighborhood, with its number of households. */
export type CreateBuildingInput = {
  /** Number of households, 1–10000. */
  households: Scalars['Int']['input'];
  /** Name or number within the neighborhood, 1–100 characters; unique there. */
  name: Scalars['String']['input'];
  /** The neighborhood (居民区) it belongs to. */
  neighborhoodId: Scalars['ID']['input'];
};

/** A new district functional department. */
export type CreateDepartmentInput = {
  /** Id of the district it belongs to. */
  districtId: Scalars['ID']['input'];
  /** Name, 1–100 characters, unique within the district, e.g. "黄浦区司法局". */
  name: Scalars['String']['input'];
};

/** A new agency a department stations in a subdistrict of its district. */
export type CreateDispatchedAgencyInput = {
  /** Id of the department that stations it. */
  departmentId: Scalars['ID']['input'];
  /** The matters it owns, at most 50 of at most 200 characters; default: those of its kind (AGENCY_DUTIES). */
  duties: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the agency does. */
  kind: AgencyKind;
  /** Name, 1–100 characters, unique within the subdistrict, e.g. "外滩司法所". */
  name: Scalars['String']['input'];
  /** Id of the subdistrict it is stationed in; must be in the department's district. */
  subdistrictId: Scalars['ID']['input'];
};

/** A new district. */
export type CreateDistrictInput = {
  /** 6-digit GB/T 2260 code; unique. */
  code: Scalars['String']['input'];
  /** Official name, 1–100 characters. */
  name: Scalars['String']['input'];
};

/** A new evaluation meeting (DRAFT). */
export type CreateEvaluationMeetingInput = {
  /** The chair: a CHAIR user whose scope covers the subdistrict. */
  chairId: InputMaybe<Scalars['ID']['input']>;
  /** Fewest ratings for a result to be published (3–100, default 3; docs/rules.md rule 7). */
  minRatings: InputMaybe<Scalars['Int']['input']>;
  /** The neighborhood where it is held, in that subdistrict. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Planned start (ISO 8601). */
  scheduledAt: InputMaybe<Scalars['DateTime']['input']>;
  /** The subdistrict holding it. */
  subdistrictId: Scalars['ID']['input'];
  /** The rating template, of the subdistrict's district. */
  templateId: Scalars['ID']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** The assessment year its ratings count for (2000–2100). */
  year: Scalars['Int']['input'];
};

/** A decision hearing (决策听证会) about a works project. */
export type CreateHearingInput = {
  /** The residents' committee director who chairs, 1–100 characters. */
  chairName: Scalars['String']['input'];
  /** Last day of construction (YYYY-MM-DD), not before the first. */
  constructionEndsOn: Scalars['LocalDate']['input'];
  /** First day of construction (YYYY-MM-DD). */
  constructionStartsOn: Scalars['LocalDate']['input'];
  /** Department heads attending to answer, at most 20. */
  departmentHeads: InputMaybe<Array<Scalars['String']['input']>>;
  /** The day of the hearing (YYYY-MM-DD, years 2000–2100), not after constructionStartsOn. */
  heldOn: Scalars['LocalDate']['input'];
  /** Who presents the project, 1–100 characters. */
  presenter: Scalars['String']['input'];
  /** The works project. */
  projectId: Scalars['ID']['input'];
  /** The questions put, at most 200. */
  questions: InputMaybe<Array<HearingQuestionInput>>;
  /** The representatives recommended by the party branch, 1–100 names. */
  representatives: Array<Scalars['String']['input']>;
};

/** A question put to an official at a meeting (问责). */
export type CreateInquiryInput = {
  /** The answer when already given, 1–2000 characters. */
  answer: InputMaybe<Scalars['String']['input']>;
  /** Who asked, as said in the room; 1–100 characters. */
  askedBy: Scalars['String']['input'];
  /** SELF_REPORT or RESIDENT_REPORT. */
  basis: InquiryBasis;
  /** The meeting (not CLOSED) at which it is asked. */
  meetingId: Scalars['ID']['input'];
  /** The official asked: one under evaluation at that meeting. */
  officialId: Scalars['ID']['input'];
  /** The question, 1–2000 characters. */
  question: Scalars['String']['input'];
};

/** A new mediation meeting (矛盾协调会). */
export type CreateMediationInput = {
  /** The chair's name, 1–100 characters. */
  chairName: Scalars['String']['input'];
  /** The chair's office. */
  chairRole: MediationChairRole;
  /** The departments concerned with the laws they cite, at most 10. */
  departments: InputMaybe<Array<MediationDepartmentInput>>;
  /** BETWEEN_NEIGHBOURS or UNIT_AND_RESIDENTS. */
  disputeKind: DisputeKind;
  /** The day of the meeting (YYYY-MM-DD, years 2000–2100). */
  heldOn: Scalars['LocalDate']['input'];
  /** Whether family, women or children are involved (then the women's director must attend). */
  involvesFamily: Scalars['Boolean']['input'];
  /** The neighborhood's volunteer legal adviser attending, 1–100 characters. */
  legalAdviser: Scalars['String']['input'];
  /** The neighborhood (居民区) where it is held. */
  neighborhoodId: Scalars['ID']['input'];
  /** The parties, 2–20. */
  parties: Array<MediationPartyInput>;
  /** What the dispute is about, 1–2000 characters. */
  subject: Scalars['String']['input'];
  /** The women's director attending, 1–100 characters. */
  womenDirector: InputMaybe<Scalars['String']['input']>;
};

/** A new neighborhood. Its kind follows from the name. */
export type CreateNeighborhoodInput = {
  /** 12-digit code; unique; must start with the subdistrict's 9-digit code. */
  code: Scalars['String']['input'];
  /** Official name, 1–100 characters, e.g. "云南中路居委会". */
  name: Scalars['String']['input'];
  /** Id of the subdistrict it belongs to. */
  subdistrictId: Scalars['ID']['input'];
};

/** A new office of a subdistrict (docs/rules.md rule 1). */
export type CreateOfficeInput = {
  /** The matters it owns; none of them may already belong to another office of the subdistrict. */
  duties: InputMaybe<Array<Scalars['String']['input']>>;
  /** A standard kind the subdistrict does not have yet, or SELF_DESIGNATED (at most two). */
  kind: OfficeKind;
  /** Name, 1–100 characters, unique within the subdistrict; required for SELF_DESIGNATED, defaults to the standard name otherwise. */
  name: InputMaybe<Scalars['String']['input']>;
  /** Id of the subdistrict the office belongs to. */
  subdistrictId: Scalars['ID']['input'];
};

/** A new official (docs/rules.md rule 3): an AGENCY_HEAD needs agencyId; a CIVIL_SERVANT or COMMUNITY_WORKER needs officeId. */
export type CreateOfficialInput = {
  /** The stationed agency of an agency head. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER. */
  category: OfficialCategory;
  /** Id in a district HR system; unique. */
  externalId: InputMaybe<Scalars['String']['input']>;
  /** Full name, 1–100 characters. */
  name: Scalars['String']['input'];
  /** The neighborhood a community worker serves; in the same subdistrict. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** The office of a civil servant or community worker. */
  officeId: InputMaybe<Scalars['ID']['input']>;
  /** The 街道 (subdistrict) the official serves in. Optional: it follows from the office or agency; when given, the office or agency must lie in it (BAD_USER_INPUT naming input.officeId or input.agencyId). */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** Post or title, at most 100 characters (default empty). */
  title: InputMaybe<Scalars['String']['input']>;
};

/** A resident's petition taken up by an agent organisation (信访代理). */
export type CreatePetitionInput = {
  /** The organisation that takes the petition up. */
  agent: PetitionAgent;
  /** The agent organisation's person in charge, 1–100 characters. */
  agentName: Scalars['String']['input'];
  /** The department the agent negotiates with: one of the neighborhood's district. */
  departmentId: Scalars['ID']['input'];
  /** The resident's matter (诉求) the petition starts from; it must be of the neighborhood's 街道 (BAD_USER_INPUT on input.matterId otherwise). */
  matterId: InputMaybe<Scalars['ID']['input']>;
  /** The neighborhood (居民区) where the petitioner lives. */
  neighborhoodId: Scalars['ID']['input'];
  /** The petitioner's name, 1–100 characters (personal). */
  petitionerName: Scalars['String']['input'];
  /** What the petition asks, 1–2000 characters. */
  subject: Scalars['String']['input'];
  /** The day the agent took it up (YYYY-MM-DD, years 2000–2100). */
  takenUpOn: Scalars['LocalDate']['input'];
};

/** A new rating template of a district. */
export type CreateRatingTemplateInput = {
  /** 1–10 criteria whose weights sum to 100 (docs/rules.md rule 6). */
  criteria: Array<RatingCriterionInput>;
  /** Id of the district. */
  districtId: Scalars['ID']['input'];
  /** Name, unique within the district. */
  name: Scalars['String']['input'];
};

/** A new residents' survey of one neighborhood (docs/rules.md rule 12), created DRAFT. You must be an ADMIN whose scope covers its 街道. */
export type CreateResidentSurveyInput = {
  /** Fewest answers for the results to be published: 5–10000, default 10. */
  minimumAnswers: InputMaybe<Scalars['Int']['input']>;
  /** The neighborhood (residents’ committee) surveyed. */
  neighborhoodId: Scalars['ID']['input'];
  /** The period: a quarter (2025-Q3), a month (2025-07), a half year (2025-H2) or a year (2025); default the current quarter (Asia/Shanghai). One survey per neighborhood and period (CONFLICT on input.period). */
  period: InputMaybe<Scalars['String']['input']>;
  /** The questions, at least one per dimension, at most 30; default Pingyi's six standard questions (two per dimension). */
  questions: InputMaybe<Array<SurveyQuestionInput>>;
  /** Title, 1–200 characters; default "<period> <neighborhood> 居民测评". */
  title: InputMaybe<Scalars['String']['input']>;
};

/** A new line on an official's responsibility list for a year. */
export type CreateResponsibilityItemInput = {
  /** What the line says, 1–500 characters. */
  content: Scalars['String']['input'];
  /** DUTY (该做的) or RED_LINE (不该做的, 刚性底线). */
  kind: ResponsibilityKind;
  /** The official whose list it goes on. */
  officialId: Scalars['ID']['input'];
  /** Place in the list (0–100000); default: after the last line. */
  position: InputMaybe<Scalars['Int']['input']>;
  /** The year of the list (2000–2100). */
  year: Scalars['Int']['input'];
};

/** A new service token for a district system. */
export type CreateServiceTokenInput = {
  /** The district the token reaches; the caller must be an ADMIN of the whole district. */
  districtId: Scalars['ID']['input'];
  /** When the token stops working (UTC): in the future and at most one year from now. */
  expiresAt: Scalars['DateTime']['input'];
  /** What the token is for, 1–100 characters. */
  name: Scalars['String']['input'];
  /** What the token may do; at least one scope. */
  scopes: Array<IntegrationScope>;
};

/** A new township-level unit. Its kind follows from the name. */
export type CreateSubdistrictInput = {
  /** 9-digit code; unique; must start with the district's 6-digit code. */
  code: Scalars['String']['input'];
  /** Id of the district it belongs to. */
  districtId: Scalars['ID']['input'];
  /** Official name, 1–100 characters, e.g. "外滩街道". */
  name: Scalars['String']['input'];
};

/** A new user. The scope must lie within the creating admin's scope. */
export type CreateUserInput = {
  /** For an ADMIN of one 街道: the stationed agency of that 街道 whose staff they are. Not with officeId. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** Name shown in the panel, 1–100 characters. */
  displayName: Scalars['String']['input'];
  /** District of the scope. */
  districtId: Scalars['ID']['input'];
  /** For an ADMIN of one 街道: the office of that 街道 whose staff they are; they then act for that office on residents' matters (docs/rules.md rule 13). Not with agencyId. */
  officeId: InputMaybe<Scalars['ID']['input']>;
  /** For an OFFICIAL user: the official they are, within the scope (they then never rate that official). */
  officialId: InputMaybe<Scalars['ID']['input']>;
  /** Password, 8–200 characters; stored only as an argon2id hash. */
  password: Scalars['String']['input'];
  /** What the user may do. */
  role: Role;
  /** Subdistrict of the scope (in that district); omit for the whole district. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** 3–40 lowercase letters, digits, ".", "_" or "-"; unique. */
  username: Scalars['String']['input'];
};

/** A new webhook subscription of a district. */
export type CreateWebhookSubscriptionInput = {
  /** The district whose events are sent; the caller must be an ADMIN of the whole district. */
  districtId: Scalars['ID']['input'];
  /** The events to send; at least one. */
  events: Array<WebhookEvent>;
  /** Where to POST the events: an absolute http or https URL without user name or password, at most 2,000 characters. */
  url: Scalars['String']['input'];
};

/** Works that touch residents' lives, in a neighborhood, PLANNED. */
export type CreateWorksProjectInput = {
  /** Name of the project, 1–200 characters. */
  name: Scalars['String']['input'];
  /** The neighborhood where the works happen. */
  neighborhoodId: Scalars['ID']['input'];
};

/** A service token just created: the token string, shown this once, and its record. */
export type CreatedServiceToken = {
  /** The token's record. */
  serviceToken: ServiceToken;
  /** The token to send as `Authorization: Bearer pyt_…`. Pingyi keeps only its hash: store it now, it is never shown again. */
  token: Scalars['String']['output'];
};

/** A webhook subscription just created: its secret, shown this once, and its record. */
export type CreatedWebhookSubscription = {
  /** The HMAC-SHA256 key of X-Pingyi-Signature. Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
  /** The subscription's record. */
  webhookSubscription: WebhookSubscription;
};

/** The mean of one criterion's 1–5 scores in one official's ratings at a closed meeting (docs/rules.md rule 6). */
export type CriterionMean = {
  /** The criterion's key (as in the meeting's template). */
  key: Scalars['String']['output'];
  /** The criterion's label, from the meeting's template. */
  label: Scalars['String']['output'];
  /** Mean of the scores given, 1–5, unrounded (only screens round). */
  mean: Scalars['Float']['output'];
  /** The criterion's weight (the template's weights sum to 100). */
  weight: Scalars['Int']['output'];
};

/** The score (1–5) a rating gave one criterion. */
export type CriterionScore = {
  /** The criterion's key. */
  key: Scalars['String']['output'];
  /** Score 1–5. */
  score: Scalars['Int']['output'];
};

/** The score of one criterion. */
export type CriterionScoreInput = {
  /** The criterion's key in the meeting's template. */
  key: Scalars['String']['input'];
  /** Score 1 (worst) – 5 (best). */
  score: Scalars['Int']['input'];
};

/** The PARTY_GOVERNMENT office's decision on the owner of an escalated matter. Exactly one of ownerOfficeId and ownerAgencyId. */
export type DecideMatterOwnerInput = {
  /** Its listed duty that covers the matter. */
  duty: Scalars['String']['input'];
  /** The stationed agency that must handle it. */
  ownerAgencyId: InputMaybe<Scalars['ID']['input']>;
  /** The office that must handle it. */
  ownerOfficeId: InputMaybe<Scalars['ID']['input']>;
  /** Why; 1–1,000 characters. */
  reason: Scalars['String']['input'];
};

/** A district functional department (区职能部门, "条"), e.g. 黄浦区司法局, which stations agencies in subdistricts. */
export type Department = Node & {
  /** The district the department belongs to. */
  district: District;
  /** Id of the district the department belongs to. */
  districtId: Scalars['ID']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "黄浦区司法局"; unique within the district. */
  name: Scalars['String']['output'];
};

/** A page of departments, with their cursors, total count and paging information (a Relay cursor connection). */
export type DepartmentConnection = {
  /** The departments of this page with their cursors, in the requested order. */
  edges: Array<DepartmentEdge>;
  /** The departments of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Department>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many departments match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of departments, with the cursor that marks its place in the list. */
export type DepartmentEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the departments). */
  node: Department;
};

/** Conditions a department must meet to be listed; all given conditions apply. */
export type DepartmentFilter = {
  /** Only departments of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a department list. */
export type DepartmentOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: DepartmentOrderField;
};

/** Fields a list of departments can be sorted by. */
export type DepartmentOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** Published figures of one dimension (docs/rules.md rule 12). rate: the share of scores of 4 or 5 (a fraction 0–1, never rounded); mean: the average score 1–5. */
export type DimensionFigures = {
  /** Answers counted. */
  answers: Scalars['Int']['output'];
  /** The dimension. */
  dimension: SurveyDimension;
  /** Average score 1–5 over its questions; null without questions. */
  mean: Maybe<Scalars['Float']['output']>;
  /** 知晓率 / 参与率 / 满意率: scores of 4 or 5 / scores given, 0–1; null without questions. */
  rate: Maybe<Scalars['Float']['output']>;
};

/** A district department's agency stationed in a subdistrict (派出机构, "七所八所"), e.g. 南京东路派出所; its head answers to the subdistrict. */
export type DispatchedAgency = Node & {
  /** The district department that stations it. */
  department: Department;
  /** Id of the district department that stations it. */
  departmentId: Scalars['ID']['output'];
  /** The matters this agency owns, one per line (by default those of its kind); a resident's matter is transferred to it by naming one (docs/rules.md rule 13). */
  duties: Array<Scalars['String']['output']>;
  /** The current head: the official of the consented appointment whose term lasts; null when none has been consented (docs/rules.md rule 2). */
  head: Maybe<Official>;
  /** The consented appointments of the agency's heads, earliest term first; the last one without endsOn is the current head. */
  headHistory: Array<HeadAppointment>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** What the agency does. */
  kind: AgencyKind;
  /** Name, e.g. "南京东路司法所"; unique within the subdistrict. */
  name: Scalars['String']['output'];
  /** The subdistrict it is stationed in. */
  subdistrict: Subdistrict;
  /** Id of the subdistrict it is stationed in; in the department's district. */
  subdistrictId: Scalars['ID']['output'];
};

/** A page of stationed agencies, with their cursors, total count and paging information (a Relay cursor connection). */
export type DispatchedAgencyConnection = {
  /** The stationed agencies of this page with their cursors, in the requested order. */
  edges: Array<DispatchedAgencyEdge>;
  /** The stationed agencies of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<DispatchedAgency>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many stationed agencies match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of stationed agencies, with the cursor that marks its place in the list. */
export type DispatchedAgencyEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the stationed agencies). */
  node: DispatchedAgency;
};

/** Conditions a stationed agency must meet to be listed; all given conditions apply. */
export type DispatchedAgencyFilter = {
  /** Only agencies of this department. */
  departmentId: InputMaybe<Scalars['ID']['input']>;
  /** Only agencies in subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this kind. */
  kind: InputMaybe<AgencyKind>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only agencies stationed in this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of stationed agencies. */
export type DispatchedAgencyOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: DispatchedAgencyOrderField;
};

/** Fields a list of stationed agencies can be sorted by. */
export type DispatchedAgencyOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By agency kind. */
  | 'KIND'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** What a mediation meeting (矛盾协调会) settles (docs/rules.md rule 14). */
export type DisputeKind =
  /** A dispute between neighbours. */
  | 'BETWEEN_NEIGHBOURS'
  /** A dispute between a unit (a company, a building site, an institution) and residents. */
  | 'UNIT_AND_RESIDENTS';

/** A county-level district (区), e.g. 黄浦区, identified by its 6-digit GB/T 2260 code. */
export type District = Node & {
  /** 4-digit code of the prefecture-level city, the first four digits of `code` (e.g. "3101"). */
  cityCode: Scalars['String']['output'];
  /** 6-digit administrative division code (GB/T 2260), e.g. "310101". */
  code: Scalars['String']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Official name, e.g. "黄浦区". */
  name: Scalars['String']['output'];
  /** 2-digit code of the province-level division, the first two digits of `code` (e.g. "31", Shanghai). */
  provinceCode: Scalars['String']['output'];
};

/** A page of districts, with their cursors, total count and paging information (a Relay cursor connection). */
export type DistrictConnection = {
  /** The districts of this page with their cursors, in the requested order. */
  edges: Array<DistrictEdge>;
  /** The districts of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<District>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many districts match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of districts, with the cursor that marks its place in the list. */
export type DistrictEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the districts). */
  node: District;
};

/** Conditions a district must meet to be listed; all given conditions apply. */
export type DistrictFilter = {
  /** Exact 6-digit code, or a prefix of it (e.g. "31" for Shanghai). */
  code: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a district list. */
export type DistrictOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: DistrictOrderField;
};

/** Fields a list of districts can be sorted by. */
export type DistrictOrderField =
  /** By the 6-digit division code. */
  | 'CODE'
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** Paper answer sheets collected at a meeting, entered by a CHAIR or ADMIN of the 街道 into an OPEN survey (all or none). */
export type EnterSurveyAnswersInput = {
  /** The sheets, 1–200. */
  sheets: Array<SurveySheetInput>;
  /** The survey (OPEN). */
  surveyId: Scalars['ID']['input'];
};

/** Paper answer sheets entered. */
export type EnteredSurveyAnswers = {
  /** Sheets entered now. */
  entered: Scalars['Int']['output'];
  /** The survey. */
  surveyId: Scalars['ID']['output'];
};

/** An evaluation meeting (政务评议会): registered resident representatives rate the officials under evaluation (docs/rules.md rules 4–7). */
export type EvaluationMeeting = Node & {
  /** The attendance roll by name: who is present and votes by account or by code, never which code (docs/rules.md rule 7). Its chair and the ADMINs over it only; FORBIDDEN for others. */
  attendees: Array<Attendee>;
  /** The chair; null until assigned. A user record: FORBIDDEN to service tokens, whatever their scopes (they read no user data). */
  chair: Maybe<User>;
  /** Id of the chair (a CHAIR user, the committee director); null until assigned. */
  chairId: Maybe<Scalars['ID']['output']>;
  /** When the chair closed it and its results were frozen (UTC). */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The inquiries put to officials at this meeting (docs/rules.md rule 8), in the order asked. */
  inquiries: Array<Inquiry>;
  /** Fewest ratings for an official's result to be published (docs/rules.md rule 7; default 3). */
  minRatings: Scalars['Int']['output'];
  /** The neighborhood where it is held; null for a subdistrict-wide meeting. */
  neighborhood: Maybe<Neighborhood>;
  /** Id of the neighborhood (residents' committee) where it is held; null for a subdistrict-wide meeting. */
  neighborhoodId: Maybe<Scalars['ID']['output']>;
  /** The officials under evaluation, in pinyin order of their names (docs/rules.md rule 15). */
  officials: Array<Official>;
  /** When the chair opened it (UTC). */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** Ratings received so far per official, attendees present and ballot codes issued, used and voided by whom (counts only; docs/rules.md rule 7). FORBIDDEN before the meeting is CLOSED for anyone but its chair and the ADMINs over it. */
  progress: MeetingProgress;
  /** The registered representatives, by the pinyin of their names (docs/rules.md rule 15): for an ADMIN over the meeting and for its chair; FORBIDDEN for everyone else, another CHAIR included. */
  representatives: Array<User>;
  /** Per official, the frozen result (docs/rules.md rule 6); empty until the meeting is CLOSED. Below the minimum count only the count is shown (rule 7). */
  results: Array<MeetingResult>;
  /** When the meeting is planned to start (UTC); null when not scheduled. */
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  /** DRAFT, OPEN or CLOSED. */
  status: MeetingStatus;
  /** The subdistrict holding the meeting. */
  subdistrict: Subdistrict;
  /** Id of the subdistrict holding the meeting. */
  subdistrictId: Scalars['ID']['output'];
  /** The rating template its ratings use. */
  template: RatingTemplate;
  /** Id of the rating template its ratings use. */
  templateId: Scalars['ID']['output'];
  /** Title, e.g. "2026年外滩街道政务评议会". */
  title: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The assessment year the ratings count for, e.g. 2026. */
  year: Scalars['Int']['output'];
};

/** A page of evaluation meetings, with their cursors, total count and paging information (a Relay cursor connection). */
export type EvaluationMeetingConnection = {
  /** The evaluation meetings of this page with their cursors, in the requested order. */
  edges: Array<EvaluationMeetingEdge>;
  /** The evaluation meetings of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<EvaluationMeeting>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many evaluation meetings match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of evaluation meetings, with the cursor that marks its place in the list. */
export type EvaluationMeetingEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the evaluation meetings). */
  node: EvaluationMeeting;
};

/** Conditions a meeting must meet to be listed; all given conditions apply. */
export type EvaluationMeetingFilter = {
  /** Only meetings in subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** true: only the meetings that evaluate the signed-in user's official (none for a user linked to no official). */
  evaluatesMe: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only meetings held in this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** true: only the meetings the signed-in representative is registered for. */
  registeredForMe: InputMaybe<Scalars['Boolean']['input']>;
  /** Only meetings in this state. */
  status: InputMaybe<MeetingStatus>;
  /** Only meetings of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** Part of the title, case-insensitive. */
  titleContains: InputMaybe<Scalars['String']['input']>;
  /** Only meetings of this year. */
  year: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a meeting list. */
export type EvaluationMeetingOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: EvaluationMeetingOrderField;
};

/** Fields a list of meetings can be sorted by. */
export type EvaluationMeetingOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the planned time; meetings without one last. */
  | 'SCHEDULED_AT'
  /** By state (DRAFT, OPEN, CLOSED). */
  | 'STATUS'
  /** By title. */
  | 'TITLE'
  /** By the year evaluated. */
  | 'YEAR';

/** A follow-up of a breach by the residents' committee, the owners' committee or the property company. */
export type FollowUpConventionBreachInput = {
  /** What they did or decided, 1–2000 characters. */
  action: Scalars['String']['input'];
  /** The breach. */
  breachId: Scalars['ID']['input'];
  /** Who followed up. */
  party: BreachFollowUpParty;
};

/** The annual grade (docs/rules.md rule 10). A breached red line is outside the four grades. */
export type Grade =
  /** 优秀 */
  | 'EXCELLENT'
  /** 良好 */
  | 'GOOD'
  /** 平庸 */
  | 'MEDIOCRE'
  /** 较差 */
  | 'POOR';

/** How many finalised assessments earned one grade; grade null counts red-line breach years (docs/rules.md rule 9). */
export type GradeCount = {
  /** Number of finalised assessments with this grade. */
  count: Scalars['Int']['output'];
  /** The grade that counts (override if any); null for a red-line breach year. */
  grade: Maybe<Grade>;
};

/** The names of the four grades on a district's policy (docs/rules.md rule 10); the grades and bands are the same under either. */
export type GradeLabels =
  /** The civil service's names: EXCELLENT 优秀, GOOD 称职, MEDIOCRE 基本称职, POOR 不称职. */
  | 'CIVIL_SERVICE'
  /** EXCELLENT 优秀, GOOD 良好, MEDIOCRE 平庸, POOR 较差 (the default). */
  | 'STANDARD';

/** An agency-head appointment under the party working committee's right of consent (征得同意权, docs/rules.md rule 2): proposed by the district department, then CONSENTED or REFUSED. Consented appointments make up the agency's history of heads. */
export type HeadAppointment = Node & {
  /** The agency whose head is appointed. */
  agency: DispatchedAgency;
  /** Id of the stationed agency whose head is appointed. */
  agencyId: Scalars['ID']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When the committee decided; null while PROPOSED. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Id of the user who decided; null while PROPOSED or once that user is deleted. */
  decidedById: Maybe<Scalars['ID']['output']>;
  /** Last day of the term (YYYY-MM-DD): the first day of the next consented head; null while the term lasts. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The candidate. */
  official: Official;
  /** Id of the candidate: an AGENCY_HEAD official of that agency. */
  officialId: Scalars['ID']['output'];
  /** When the department proposed the candidate (ISO 8601, UTC). */
  proposedAt: Scalars['DateTime']['output'];
  /** Id of the user who proposed (a district ADMIN); null once that user is deleted. */
  proposedById: Maybe<Scalars['ID']['output']>;
  /** Why the committee decided so; always given for REFUSED, optional for CONSENTED, null while PROPOSED. */
  reason: Maybe<Scalars['String']['output']>;
  /** First day of the term (YYYY-MM-DD): as proposed, or the day of consent when none was proposed; null for a refused proposal without one. */
  startsOn: Maybe<Scalars['LocalDate']['output']>;
  /** PROPOSED, CONSENTED or REFUSED. */
  status: HeadAppointmentStatus;
  /** Id of the agency's subdistrict, whose party working committee decides (set by Pingyi, not by input). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of agency-head appointments, with their cursors, total count and paging information (a Relay cursor connection). */
export type HeadAppointmentConnection = {
  /** The agency-head appointments of this page with their cursors, in the requested order. */
  edges: Array<HeadAppointmentEdge>;
  /** The agency-head appointments of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<HeadAppointment>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many agency-head appointments match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The party working committee's answer to a proposed agency head. */
export type HeadAppointmentDecision =
  /** Consent: the official becomes the agency's head, and the previous head's term ends that day. */
  | 'CONSENTED'
  /** Refusal; needs a reason. The official does not become head. */
  | 'REFUSED';

/** One of a page of agency-head appointments, with the cursor that marks its place in the list. */
export type HeadAppointmentEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the agency-head appointments). */
  node: HeadAppointment;
};

/** Conditions an agency-head appointment must meet to be listed; all given conditions apply. */
export type HeadAppointmentFilter = {
  /** Only appointments to the head of this agency. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only appointments of this official. */
  officialId: InputMaybe<Scalars['ID']['input']>;
  /** Only this status, e.g. PROPOSED for those waiting for a decision. */
  status: InputMaybe<HeadAppointmentStatus>;
  /** Only appointments in agencies of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of agency-head appointments. */
export type HeadAppointmentOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: HeadAppointmentOrderField;
};

/** Fields a list of agency-head appointments can be sorted by. */
export type HeadAppointmentOrderField =
  /** By when the committee decided; undecided ones last. */
  | 'DECIDED_AT'
  /** By when it was proposed. */
  | 'PROPOSED_AT'
  /** By the first day of the term. */
  | 'STARTS_ON'
  /** By state (PROPOSED, CONSENTED, REFUSED). */
  | 'STATUS';

/** Where an agency-head appointment stands (征得同意权, docs/rules.md rule 2). */
export type HeadAppointmentStatus =
  /** The party working committee consented: the official is (or was) the agency's head. */
  | 'CONSENTED'
  /** Proposed by the agency's district department; waiting for the party working committee. */
  | 'PROPOSED'
  /** The party working committee refused, with a reason; the official never became head. */
  | 'REFUSED';

/** A decision hearing (决策听证会, docs/rules.md rule 14) before works: the project and its presenter, the construction period, the representatives, the residents' committee director who chairs, the department heads who answer, the questions and answers, and the outcome with its reasons. */
export type Hearing = Node & {
  /** Its photos and documents, oldest first (upload: POST /attachments/<hearing|mediation|convention|petition>/<id>, multipart field "file"; docs/rules.md rule 14). */
  attachments: Array<Attachment>;
  /** The residents' committee director who chairs. */
  chairName: Scalars['String']['output'];
  /** Last day of construction as presented (YYYY-MM-DD). */
  constructionEndsOn: Scalars['LocalDate']['output'];
  /** First day of construction as presented (YYYY-MM-DD). */
  constructionStartsOn: Scalars['LocalDate']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When the outcome was recorded (ISO 8601, UTC). */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Department heads who attended to answer, when needed. */
  departmentHeads: Array<Scalars['String']['output']>;
  /** Id of the hearing in a district system (upsertHearings); unique within its 街道 when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The day of the hearing (YYYY-MM-DD). */
  heldOn: Scalars['LocalDate']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The outcome; null until it is recorded. */
  outcome: Maybe<HearingOutcome>;
  /** The reasons of the outcome (and its conditions); null until recorded. */
  outcomeReasons: Maybe<Scalars['String']['output']>;
  /** Who presented the project. */
  presenter: Scalars['String']['output'];
  /** The works project heard. */
  project: WorksProject;
  /** Id of the works project. */
  projectId: Scalars['ID']['output'];
  /** The questions with their answers, in the order put. */
  questions: Array<HearingQuestion>;
  /** The representatives, recommended by the neighborhood's party branch. */
  representatives: Array<Scalars['String']['output']>;
  /** Id of the project's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of hearings, with their cursors, total count and paging information (a Relay cursor connection). */
export type HearingConnection = {
  /** The hearings of this page with their cursors, in the requested order. */
  edges: Array<HearingEdge>;
  /** The hearings of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Hearing>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many hearings match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of hearings, with the cursor that marks its place in the list. */
export type HearingEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the hearings). */
  node: Hearing;
};

/** Conditions a works project or hearing must meet to be listed; all given conditions apply. */
export type HearingFilter = {
  /** Hearings only: only those of this project. */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** The outcome of a decision hearing (决策听证会, docs/rules.md rule 14), given with its reasons. */
export type HearingOutcome =
  /** They do not support it: the project may start only by an override decision with its reason. */
  | 'NOT_SUPPORTED'
  /** The representatives support the project. */
  | 'SUPPORTED'
  /** They support it on the conditions stated in the reasons. */
  | 'SUPPORTED_WITH_CONDITIONS';

/** A question put at a hearing, with its answer. */
export type HearingQuestion = {
  /** The answer; null while unanswered. */
  answer: Maybe<Scalars['String']['output']>;
  /** Who answered: the presenter or a department head; null while unanswered. */
  answeredBy: Maybe<Scalars['String']['output']>;
  /** Who asked, e.g. a representative’s name. */
  askedBy: Scalars['String']['output'];
  /** The question. */
  question: Scalars['String']['output'];
};

/** A question put at a hearing, with its answer when given. */
export type HearingQuestionInput = {
  /** The answer, 1–4000 characters. */
  answer: InputMaybe<Scalars['String']['input']>;
  /** Who answered (the presenter or a department head), 1–100 characters. */
  answeredBy: InputMaybe<Scalars['String']['input']>;
  /** Who asked, 1–100 characters. */
  askedBy: Scalars['String']['input'];
  /** The question, 1–2000 characters. */
  question: Scalars['String']['input'];
};

/** The convention version a household code answers, as the household reads it before answering (docs/rules.md rule 14). */
export type HouseholdConvention = {
  /** The public count so far. */
  tally: ConventionTally;
  /** The version's full text. */
  text: Scalars['String']['output'];
  /** The convention's title. */
  title: Scalars['String']['output'];
};

/** A question put to an official at an evaluation meeting (问责, docs/rules.md rule 8): who asked it, its basis, the question and the answer. */
export type Inquiry = Node & {
  /** The official's answer; null until answered. */
  answer: Maybe<Scalars['String']['output']>;
  /** Who asked: the representative's name as said in the room, e.g. "李阿姨（12号楼）". */
  askedBy: Scalars['String']['output'];
  /** SELF_REPORT (a fact from the self-report) or RESIDENT_REPORT (a fact residents reported). */
  basis: InquiryBasis;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The meeting at which it was asked. */
  meeting: EvaluationMeeting;
  /** Id of the evaluation meeting at which it was asked. */
  meetingId: Scalars['ID']['output'];
  /** The official asked. */
  official: Official;
  /** Id of the official asked. */
  officialId: Scalars['ID']['output'];
  /** The question as asked. */
  question: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** What an inquiry (问责) rests on (docs/rules.md rule 8). */
export type InquiryBasis =
  /** A fact residents reported (居民反映). */
  | 'RESIDENT_REPORT'
  /** A fact from the official's own self-report (述职). */
  | 'SELF_REPORT';

/** A page of inquiries, with their cursors, total count and paging information (a Relay cursor connection). */
export type InquiryConnection = {
  /** The inquiries of this page with their cursors, in the requested order. */
  edges: Array<InquiryEdge>;
  /** The inquiries of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Inquiry>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many inquiries match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of inquiries, with the cursor that marks its place in the list. */
export type InquiryEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the inquiries). */
  node: Inquiry;
};

/** Conditions an inquiry must meet to be listed; all given conditions apply. */
export type InquiryFilter = {
  /** true: only answered ones; false: only those still waiting for an answer. */
  answered: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this basis. */
  basis: InputMaybe<InquiryBasis>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only inquiries at this meeting. */
  meetingId: InputMaybe<Scalars['ID']['input']>;
  /** Only inquiries of this official. */
  officialId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of an inquiry list. */
export type InquiryOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: InquiryOrderField;
};

/** Fields a list of inquiries can be sorted by. */
export type InquiryOrderField =
  /** By who asked. */
  | 'ASKED_BY'
  /** By basis (SELF_REPORT or RESIDENT_REPORT). */
  | 'BASIS'
  /** By when the inquiry was recorded. */
  | 'CREATED_AT';

/** A scope of a service token: what the district system calling with it may do, always within the token's district. */
export type IntegrationScope =
  /** assessments:read — read annual assessments, policies and overviews of the district (annualAssessment(s), Official.assessments/latestAssessment/outcome, assessmentPolicy, assessmentOverview; officialsByOutcome and officials also need officials:read) and download the results export (GET /export/districts/:districtId/results.csv|xlsx). */
  | 'ASSESSMENTS_READ'
  /** matters:read — read residents' matters (matter, matters; Open311 GET), never the reporter's name or phone. */
  | 'MATTERS_READ'
  /** matters:write — upsert residents' matters by externalId (upsertMatters) and submit them through Open311 (POST /open311/v2/requests.json); reads them too over Open311. */
  | 'MATTERS_WRITE'
  /** meetings:read — read evaluation meetings and their published results. */
  | 'MEETINGS_READ'
  /** officials:read — read officials (official, officials). */
  | 'OFFICIALS_READ'
  /** officials:write — upsert officials by externalId (upsertOfficials). */
  | 'OFFICIALS_WRITE'
  /** self-governance:read — read the self-governance records (docs/rules.md rule 14): buildings, their conventions, versions, counts and breaches, mediations, hearings and petitions. */
  | 'SELF_GOVERNANCE_READ'
  /** self-governance:write — upsert the self-governance records of the district by externalId (upsertHearings, upsertMediations, upsertPetitions, upsertBuildingConventions), where a district system keeps the same records (docs/rules.md rule 14); reading back the records of the answer beyond their own fields needs self-governance:read as well. */
  | 'SELF_GOVERNANCE_WRITE'
  /** surveys:read — read residents' surveys and their published results (residentSurvey(s), surveyResults, subdistrictSurveyRates). */
  | 'SURVEYS_READ';

/** One-time household codes to print for an OPEN convention version. */
export type IssueHouseholdCodesInput = {
  /** How many codes, 1 or more; with the version's live codes, never more than the building's households. */
  count: Scalars['Int']['input'];
  /** The OPEN version. */
  versionId: Scalars['ID']['input'];
};

/** Survey codes to print for a DRAFT or OPEN survey. */
export type IssueSurveyCodesInput = {
  /** How many codes, 1–500. */
  count: Scalars['Int']['input'];
  /** The survey. */
  surveyId: Scalars['ID']['input'];
};

/** New household codes, shown this once: print them on slips now. */
export type IssuedHouseholdCodes = {
  /** The codes, e.g. "K7PQM-3XWAR", in alphabetical order. */
  codes: Array<Scalars['String']['output']>;
  /** The version they answer. */
  versionId: Scalars['ID']['output'];
};

/** Survey codes just issued: shown this once (only their hashes are kept). */
export type IssuedSurveyCodes = {
  /** The codes, e.g. K7PQM-3XWAR, in alphabetical order. */
  codes: Array<Scalars['String']['output']>;
  /** The survey. */
  surveyId: Scalars['ID']['output'];
};

/** A successful sign-in: the token to send as `Authorization: Bearer <token>`, its expiry and the user. */
export type LoginPayload = {
  /** When the token stops working (ISO 8601, UTC); sign in again after that. */
  expiresAt: Scalars['DateTime']['output'];
  /** Signed token; send it as `Authorization: Bearer <token>` with every request. */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** A resident's matter (诉求, docs/rules.md rule 13): owned by its first receiver until resolved or transferred to the office or agency whose listed duty covers it; every change is a MatterEvent in its timeline. */
export type Matter = Node & {
  /** The owner's one appeal against the rectification; null when none was made. */
  appealStatus: Maybe<RectificationAppealStatus>;
  /** How the matter reached the 街道. */
  channel: MatterChannel;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** What the resident reports or asks, up to 4,000 characters. */
  description: Scalars['String']['output'];
  /** When the matter is due: the end (24:00 Asia/Shanghai) of the Nth working day after the day of receipt (CONSULTATION 1, COMPLAINT and REQUEST_FOR_HELP 5, COMPLEX 5 or 15 with an approved extension). A transfer does not move it. */
  dueAt: Scalars['DateTime']['output'];
  /** The append-only timeline, oldest first. */
  events: Array<MatterEvent>;
  /** The one extension request of a COMPLEX matter; null when none was made. */
  extensionStatus: Maybe<MatterExtensionStatus>;
  /** Id of the matter in the district hotline's system (upsertMatters); unique when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** When it was first resolved; the resolution rate counts it resolved in time when this is not after dueAt. */
  firstResolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Id of the neighborhood (居民区) where the matter lies; null when not known. */
  neighborhoodId: Maybe<Scalars['ID']['output']>;
  /** When the overdue job found a deadline (dueAt, or rectificationDueAt) passed while the matter was unresolved; stays set. */
  overdueAt: Maybe<Scalars['DateTime']['output']>;
  /** The stationed agency that owns the matter now, when an agency does. */
  ownerAgencyId: Maybe<Scalars['ID']['output']>;
  /** Name of the office or agency that owns the matter now. */
  ownerName: Maybe<Scalars['String']['output']>;
  /** The office that owns the matter now, when an office does. */
  ownerOfficeId: Maybe<Scalars['ID']['output']>;
  /** Since when the current owner holds the matter (UTC); the time until it passes the matter on is charged to it. */
  ownerSince: Scalars['DateTime']['output'];
  /** The petitions taken up by agents (信访代理) that started from this matter, oldest first; empty for those who do not read petitions (ADMINs in scope and service tokens with self-governance:read do). */
  petitions: Array<Petition>;
  /** Where (an address or a description of the place); may be empty. */
  place: Scalars['String']['output'];
  /** When the resident rated it. */
  ratedAt: Maybe<Scalars['DateTime']['output']>;
  /** The resident's comment with the rating. */
  ratingComment: Maybe<Scalars['String']['output']>;
  /** False when an upheld appeal left the rating out of the satisfaction rate (and so says why in the timeline). */
  ratingCounts: Scalars['Boolean']['output'];
  /** When the matter was received (UTC); deadlines count from this day. */
  receivedAt: Scalars['DateTime']['output'];
  /** The stationed agency that received the matter first, when an agency did. */
  receiverAgencyId: Maybe<Scalars['ID']['output']>;
  /** Name of the office or agency that received the matter first (首接). */
  receiverName: Maybe<Scalars['String']['output']>;
  /** The office that received the matter first (首接), when an office did. */
  receiverOfficeId: Maybe<Scalars['ID']['output']>;
  /** Due time of the rectification a dissatisfied rating opened: the end of the 5th working day after the rating; null without one. */
  rectificationDueAt: Maybe<Scalars['DateTime']['output']>;
  /** Who reported it: in full only for the current owner's staff and the 街道's own ADMINs (each view audited as matter.personalDataViewed), masked for everyone else. */
  reporter: MatterReporter;
  /** How it was resolved (the latest resolution). */
  resolution: Maybe<Scalars['String']['output']>;
  /** When the matter was (last) resolved; null while open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the owner first responded to the resident; null until then. */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** The latest response to the resident. */
  response: Maybe<Scalars['String']['output']>;
  /** When the first response is due: the end (24:00 Asia/Shanghai) of the first working day after the day of receipt. */
  responseDueAt: Scalars['DateTime']['output'];
  /** Whether it was ever transferred back to an office that had passed it on (run-around, 推诿) and escalated. */
  runAround: Scalars['Boolean']['output'];
  /** The resident's rating of the handling; null until rated (once, by tracking code). */
  satisfaction: Maybe<Satisfaction>;
  /** Where the matter stands. */
  status: MatterStatus;
  /** The 街道 that handles the matter now. */
  subdistrict: Subdistrict;
  /** Id of the 街道 whose office or agency owns the matter now (it changes only with a transfer to another 街道, where the place lies). */
  subdistrictId: Scalars['ID']['output'];
  /** Short title, 1–200 characters. */
  title: Scalars['String']['output'];
  /** How many times it was transferred. */
  transferCount: Scalars['Int']['output'];
  /** CONSULTATION, COMPLAINT, REQUEST_FOR_HELP or COMPLEX: sets the deadline. */
  type: MatterType;
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Working days left until the matter (or its rectification) is due, counted like the charged delay; negative when past due; null once resolved. */
  workingDaysLeft: Maybe<Scalars['Float']['output']>;
};

/** How a matter reached the 街道. */
export type MatterChannel =
  /** 居民公约: escalated from a breach of a building convention that damaged public property (docs/rules.md rule 14). */
  | 'CONVENTION_BREACH'
  /** 窗口: at a service counter. */
  | 'COUNTER'
  /** 12345 市民服务热线: the city hotline (also matters upserted by the district hotline's system). */
  | 'HOTLINE_12345'
  /** 网上: online (also Open311 clients). */
  | 'ONLINE'
  /** 信访代理: through a petition agent. */
  | 'PETITION_AGENT'
  /** 电话: by telephone to the 街道. */
  | 'PHONE'
  /** 居民代表: brought by a resident representative. */
  | 'REPRESENTATIVE';

/** A page of matters, with their cursors, total count and paging information (a Relay cursor connection). */
export type MatterConnection = {
  /** The matters of this page with their cursors, in the requested order. */
  edges: Array<MatterEdge>;
  /** The matters of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Matter>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many matters match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision on an extension request or an appeal, with its reason. */
export type MatterDecisionInput = {
  /** true: approve the extension / uphold the appeal; false: refuse / reject it. */
  approve: Scalars['Boolean']['input'];
  /** Why; 1–1,000 characters. */
  reason: Scalars['String']['input'];
};

/** One of a page of matters, with the cursor that marks its place in the list. */
export type MatterEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the matters). */
  node: Matter;
};

/** One entry of a matter's append-only timeline: what happened, when, which office or agency acted, and for a transfer the target, the duty that covers the matter, the reason and the working days charged to the office that passed it on. */
export type MatterEvent = Node & {
  /** The stationed agency that acted, likewise. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** When it happened (UTC). */
  at: Scalars['DateTime']['output'];
  /** For TRANSFERRED, ESCALATED and OWNER_DECIDED: the working days the passing owner held the matter, charged to it for good (see workingDaysBetween). */
  chargedWorkingDays: Maybe<Scalars['Float']['output']>;
  /** For EXTENSION_DECIDED and APPEAL_DECIDED: the decision (APPROVED, REFUSED, UPHELD, REJECTED). */
  decision: Maybe<Scalars['String']['output']>;
  /** For a transfer or an owner decision: the listed duty of the target that covers the matter. */
  duty: Maybe<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: MatterEventKind;
  /** The matter. */
  matterId: Scalars['ID']['output'];
  /** The reason, response, resolution or comment given with it. */
  note: Maybe<Scalars['String']['output']>;
  /** The office that acted (for TRANSFERRED and ESCALATED: the one that passed it on, which is charged). */
  officeId: Maybe<Scalars['ID']['output']>;
  /** For RATED: the resident's rating. */
  satisfaction: Maybe<Satisfaction>;
  /** Likewise, the stationed agency the matter went to. */
  targetAgencyId: Maybe<Scalars['ID']['output']>;
  /** Name of the office or agency the matter went to. */
  targetName: Maybe<Scalars['String']['output']>;
  /** For TRANSFERRED, ESCALATED and OWNER_DECIDED: the office the matter went to. */
  targetOfficeId: Maybe<Scalars['ID']['output']>;
  /** Name of the office or agency that acted. */
  unitName: Maybe<Scalars['String']['output']>;
};

/** What happened to a matter: one entry of its append-only timeline. */
export type MatterEventKind =
  /** The owner appealed the rectification (once). */
  | 'APPEALED'
  /** An ADMIN or ASSESSOR upheld or rejected the appeal; an upheld appeal leaves the rating out of the satisfaction rate. */
  | 'APPEAL_DECIDED'
  /** Transferred back to an office that had passed it on (run-around): now held by the 街道's PARTY_GOVERNMENT office. */
  | 'ESCALATED'
  /** The extension was approved or refused. */
  | 'EXTENSION_DECIDED'
  /** The owner asked for the 15-working-day deadline of a COMPLEX matter. */
  | 'EXTENSION_REQUESTED'
  /** The background job found the matter past its due time unresolved. */
  | 'OVERDUE'
  /** The PARTY_GOVERNMENT office decided the owner of an escalated matter. */
  | 'OWNER_DECIDED'
  /** The resident rated the handling. */
  | 'RATED'
  /** Received by its first receiver, who owns it (首接负责). */
  | 'RECEIVED'
  /** A dissatisfied rating opened a rectification with its own deadline. */
  | 'RECTIFICATION_OPENED'
  /** The owner resolved the matter (or its rectification). */
  | 'RESOLVED'
  /** The owner answered the resident. */
  | 'RESPONDED'
  /** Passed to another office or agency naming the duty that covers it, with a reason; the passing owner is charged the working days it held the matter. */
  | 'TRANSFERRED'
  /** The district hotline changed the title, description or place (upsertMatters). */
  | 'UPDATED';

/** Where the one extension request of a COMPLEX matter stands. */
export type MatterExtensionStatus =
  /** Approved: the matter is due at the end of the 15th working day after receipt. */
  | 'APPROVED'
  /** Waiting for the 街道's PARTY_GOVERNMENT office (decideMatterExtension). */
  | 'PENDING'
  /** Refused: the 5-working-day deadline stands; no second request. */
  | 'REFUSED';

/** One month's figures of an office, agency or 街道 (docs/rules.md rule 13). A rate is null when nothing counted towards it; rates are fractions 0–1, never rounded. */
export type MatterFigures = {
  /** Working days charged in the month for holding matters it then passed on (transfers, and the PARTY_GOVERNMENT office's decisions). */
  chargedWorkingDays: Scalars['Float']['output'];
  /** Matters due in the month (owned by this unit). */
  due: Scalars['Int']['output'];
  /** Ratings given in the month to matters this unit owns, without those an upheld appeal left out. */
  rated: Scalars['Int']['output'];
  /** Matters received in the month (by this unit as first receiver). */
  received: Scalars['Int']['output'];
  /** 解决率: resolvedInTime / due. */
  resolutionRate: Maybe<Scalars['Float']['output']>;
  /** Of those, resolved by their due time and not reopened by a rectification (one ended by an upheld appeal does not count as reopened). */
  resolvedInTime: Scalars['Int']['output'];
  /** Of those, answered by the end of the first working day after receipt. */
  respondedInTime: Scalars['Int']['output'];
  /** 响应率: respondedInTime / received. */
  responseRate: Maybe<Scalars['Float']['output']>;
  /** 满意率: satisfied / rated. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Of those, VERY_SATISFIED, SATISFIED or BASICALLY_SATISFIED. */
  satisfied: Scalars['Int']['output'];
  /** Composite 0–100: Σ weight · rate over the rates that are not null, divided by the sum of their weights; null when all three are null. */
  score: Maybe<Scalars['Float']['output']>;
};

/** Conditions a matter must meet to be listed; all given conditions apply. Always limited to your scope. */
export type MatterFilter = {
  /** Only matters of 街道 of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only matters due before this instant (ISO 8601). */
  dueBefore: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only matters received in this calendar month of Asia/Shanghai, YYYY-MM. */
  month: InputMaybe<Scalars['String']['input']>;
  /** true: only matters the overdue job marked overdue; false: only those never marked. */
  overdue: InputMaybe<Scalars['Boolean']['input']>;
  /** Only matters this stationed agency owns now. */
  ownerAgencyId: InputMaybe<Scalars['ID']['input']>;
  /** Only matters this office owns now (an office's queue). */
  ownerOfficeId: InputMaybe<Scalars['ID']['input']>;
  /** Only matters ever flagged as run-around (推诿). */
  runAround: InputMaybe<Scalars['Boolean']['input']>;
  /** Only matters in one of these statuses. */
  status: InputMaybe<Array<MatterStatus>>;
  /** Only matters handled in this 街道. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** Only matters of these types. */
  type: InputMaybe<Array<MatterType>>;
};

/** One sort key of a matter list. */
export type MatterOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: MatterOrderField;
};

/** Fields a list of matters can be sorted by. OVERDUE ASC puts matters marked overdue first (an office's queue: OVERDUE, then DUE_AT). */
export type MatterOrderField =
  /** When the matter is due. */
  | 'DUE_AT'
  /** Marked overdue first (ASC) or last (DESC). */
  | 'OVERDUE'
  /** When the matter was received. */
  | 'RECEIVED_AT'
  /** The status, alphabetically. */
  | 'STATUS';

/** A district's monthly matter ranking (三率, docs/rules.md rule 13) with the month before for comparison. Rows outside your scope are left out; ranks are over the whole district. */
export type MatterRanking = {
  /** The district. */
  districtId: Scalars['ID']['output'];
  /** What is ranked. */
  level: MatterRankingLevel;
  /** The month, YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** The month before, YYYY-MM. */
  previousMonth: Scalars['String']['output'];
  /** The rows, best this month first (rows without a score last, by name). */
  rows: Array<MatterRankingRow>;
  /** The weights of this month's year. */
  weights: MatterRankingWeights;
};

/** What a monthly matter ranking (三率) ranks. */
export type MatterRankingLevel =
  /** Each 街道 of the district, ranked within the district. */
  | 'SUBDISTRICT'
  /** Each office and stationed agency, ranked within its 街道. */
  | 'UNIT';

/** One ranked office, agency or 街道 with this month's and the month before's figures. */
export type MatterRankingRow = {
  /** UNIT rows: the stationed agency, when an agency. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** This month. */
  current: MatterFigures;
  /** The office's, agency's or 街道's name. */
  name: Scalars['String']['output'];
  /** UNIT rows: the office, when an office. */
  officeId: Maybe<Scalars['ID']['output']>;
  /** The month before. */
  previous: MatterFigures;
  /** Rank the month before, likewise. */
  previousRank: Maybe<Scalars['Int']['output']>;
  /** Rank by score this month (1 = best; equal scores share a rank), within the 街道 for UNIT rows and within the district for SUBDISTRICT rows; null without a score. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The 街道 (for UNIT rows, the unit's 街道). */
  subdistrictId: Scalars['ID']['output'];
  /** The 街道's name. */
  subdistrictName: Scalars['String']['output'];
  /** SUBDISTRICT rows: the 街道's residents' survey rates (知晓率、参与率、满意率, docs/rules.md rule 12) of its latest period with published surveys that ended by the end of this month, rolled up weighted by answers; null for UNIT rows and when none is published. Read for all rows in one statement. */
  surveyRates: Maybe<SubdistrictSurveyRates>;
};

/** How a district weighs the three rates (三率) in one year: points summing to 100 (docs/rules.md rule 13; default 10 / 45 / 45). */
export type MatterRankingWeights = {
  /** The district. */
  districtId: Scalars['ID']['output'];
  /** True when the district set no weights for the year and the defaults apply. */
  isDefault: Scalars['Boolean']['output'];
  /** Points of the resolution rate (解决率). */
  resolutionWeight: Scalars['Int']['output'];
  /** Points of the response rate (响应率). */
  responseWeight: Scalars['Int']['output'];
  /** Points of the satisfaction rate (满意率). */
  satisfactionWeight: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Who reported a matter (personal data): in full only for the current owner's staff and the 街道's own ADMINs, each view audited; masked (张**, 138****5678) for everyone else. */
export type MatterReporter = {
  /** Whether name and phone are masked for you. */
  masked: Scalars['Boolean']['output'];
  /** Name, or its first character and * when masked; empty when not given. */
  name: Scalars['String']['output'];
  /** Phone, or e.g. 138****5678 when masked; empty when not given. */
  phone: Scalars['String']['output'];
};

/** Where a matter stands (docs/rules.md rule 13). */
export type MatterStatus =
  /** 推诿升级: transferred back to an office that had passed it on; the 街道's PARTY_GOVERNMENT office must decide the owner (decideMatterOwner). */
  | 'ESCALATED'
  /** 办理中: the owner has responded and is handling it. */
  | 'IN_PROGRESS'
  /** 已受理: owned, not yet answered. */
  | 'RECEIVED'
  /** 整改中: the resident was dissatisfied; the owner must resolve it again by rectificationDueAt. */
  | 'RECTIFYING'
  /** 已办结: resolved; the resident may rate it once. */
  | 'RESOLVED';

/** A text the owner writes: a response, a resolution, a reason; 1–4,000 characters. */
export type MatterTextInput = {
  /** The text, 1–4,000 characters. */
  text: Scalars['String']['input'];
};

/** What a resident asks for; the type sets the deadline in working days on China's official calendar (docs/rules.md rule 13). */
export type MatterType =
  /** 投诉: resolved within 5 working days. */
  | 'COMPLAINT'
  /** 复杂诉求: 5 working days, 15 once an extension is approved (the only type that may be extended). */
  | 'COMPLEX'
  /** 咨询: answered within 1 working day. */
  | 'CONSULTATION'
  /** 求助: resolved within 5 working days. */
  | 'REQUEST_FOR_HELP';

/** A mediation meeting (矛盾协调会, docs/rules.md rule 14): a dispute between neighbours, or between a unit and residents, mediated in a neighborhood and concluded with a written record; where family, women or children are involved the women's director must attend. */
export type Mediation = Node & {
  /** Its photos and documents, oldest first (upload: POST /attachments/<hearing|mediation|convention|petition>/<id>, multipart field "file"; docs/rules.md rule 14). */
  attachments: Array<Attachment>;
  /** The chair's name. */
  chairName: Scalars['String']['output'];
  /** The chair's office. */
  chairRole: MediationChairRole;
  /** When it was concluded (ISO 8601, UTC); null while OPEN. */
  concludedAt: Maybe<Scalars['DateTime']['output']>;
  /** The district civil court's confirmation of the record. */
  courtConfirmation: CourtConfirmation;
  /** When the court confirmation last changed (ISO 8601, UTC); null while NOT_REQUESTED. */
  courtConfirmationAt: Maybe<Scalars['DateTime']['output']>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The departments concerned, with the laws they cited. */
  departments: Array<MediationDepartment>;
  /** BETWEEN_NEIGHBOURS or UNIT_AND_RESIDENTS. */
  disputeKind: DisputeKind;
  /** Id of the mediation in a district system (upsertMediations); unique within its 街道 when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The day of the meeting (YYYY-MM-DD). */
  heldOn: Scalars['LocalDate']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Whether family, women or children are involved: then it cannot be concluded without the women's director attending. */
  involvesFamily: Scalars['Boolean']['output'];
  /** The neighborhood's volunteer legal adviser (法律顾问) who attended. */
  legalAdviser: Scalars['String']['output'];
  /** The neighborhood where it is held. */
  neighborhood: Neighborhood;
  /** Id of the neighborhood (居民区) where it is held. */
  neighborhoodId: Scalars['ID']['output'];
  /** The parties, at least two. */
  parties: Array<MediationParty>;
  /** The written record (调解笔录), filed; null while OPEN. */
  record: Maybe<Scalars['String']['output']>;
  /** OPEN or CONCLUDED (final). */
  status: MediationStatus;
  /** Id of the neighborhood's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** What the dispute is about. */
  subject: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The women's director (妇女主任) who attended; null when none did. */
  womenDirector: Maybe<Scalars['String']['output']>;
};

/** Who chairs a mediation meeting (docs/rules.md rule 14). */
export type MediationChairRole =
  /** 社区委员会主任: the community committee’s director. */
  | 'COMMUNITY_COMMITTEE_DIRECTOR'
  /** 调解主任: the mediation director. */
  | 'MEDIATION_DIRECTOR'
  /** 居委会主任: the residents’ committee’s director. */
  | 'RESIDENTS_COMMITTEE_DIRECTOR';

/** A page of mediations, with their cursors, total count and paging information (a Relay cursor connection). */
export type MediationConnection = {
  /** The mediations of this page with their cursors, in the requested order. */
  edges: Array<MediationEdge>;
  /** The mediations of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Mediation>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many mediations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A district department concerned in a mediation, with the laws and rules it cited. */
export type MediationDepartment = {
  /** The laws and rules it cited, e.g. "《民法典》第二百八十八条". */
  citedLaws: Array<Scalars['String']['output']>;
  /** The department; null once it was deleted (the record keeps its id and cited laws). */
  department: Maybe<Department>;
  /** Id of the department (区职能部门). */
  departmentId: Scalars['ID']['output'];
};

/** A department concerned, with the laws and rules it cites. */
export type MediationDepartmentInput = {
  /** The laws and rules it cites, 1–20, each 1–500 characters. */
  citedLaws: Array<Scalars['String']['input']>;
  /** A department of the neighborhood's district. */
  departmentId: Scalars['ID']['input'];
};

/** One of a page of mediations, with the cursor that marks its place in the list. */
export type MediationEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the mediations). */
  node: Mediation;
};

/** Conditions a mediation must meet to be listed; all given conditions apply. */
export type MediationFilter = {
  /** Only mediations of this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Only OPEN or only CONCLUDED ones. */
  status: InputMaybe<MediationStatus>;
  /** Only mediations of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of mediations. */
export type MediationOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: MediationOrderField;
};

/** Fields a list of mediations can be sorted by. */
export type MediationOrderField =
  /** By when it was recorded. */
  | 'CREATED_AT'
  /** By the day of the meeting. */
  | 'HELD_ON';

/** A party to a mediated dispute. */
export type MediationParty = {
  /** PERSON or UNIT. */
  kind: MediationPartyKind;
  /** Name of the person or unit. */
  name: Scalars['String']['output'];
};

/** A party to the dispute. */
export type MediationPartyInput = {
  /** PERSON or UNIT. */
  kind: MediationPartyKind;
  /** Name of the person or unit, 1–100 characters. */
  name: Scalars['String']['input'];
};

/** A party to a dispute: a person (a resident) or a unit. */
export type MediationPartyKind =
  /** A person, e.g. a resident. */
  | 'PERSON'
  /** A unit: a company, a building site, an institution. */
  | 'UNIT';

/** Where a mediation stands; CONCLUDED is final. */
export type MediationStatus =
  /** Concluded with its written record, filed; final. */
  | 'CONCLUDED'
  /** Being mediated; its details may still change. */
  | 'OPEN';

/** People to add to or remove from a meeting. */
export type MeetingPeopleInput = {
  /** 1–500 ids: REPRESENTATIVE users (registerRepresentatives) or officials (addMeetingOfficials). */
  ids: Array<Scalars['ID']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** A meeting's progress: ratings received per official against the attendees present, and its ballot codes — issued, used, voided and by whom (docs/rules.md rule 7). Counts only; never who rated whom. Read by the meeting's chair and the ADMINs over it; by everyone who sees the meeting once it is CLOSED (then it completes the result sheet). */
export type MeetingProgress = {
  /** Attendees who vote with their account: checked in by the chair, or by their own first ballot. */
  accountVoters: Scalars['Int']['output'];
  /** People on the attendance roll: accountVoters + codeVoters. The most ratings any official can receive. */
  attendeesPresent: Scalars['Int']['output'];
  /** Ballot codes issued (one per code voter checked in). */
  ballotCodesIssued: Scalars['Int']['output'];
  /** Ballot codes that have cast at least one ballot. */
  ballotCodesUsed: Scalars['Int']['output'];
  /** Ballot codes voided unused. */
  ballotCodesVoided: Scalars['Int']['output'];
  /** Who issued the codes and how many each, by name. */
  codeIssuers: Array<CodeIssuer>;
  /** Attendees checked in as code voters; each got one ballot code (the roll never says which). */
  codeVoters: Scalars['Int']['output'];
  /** Voters who have rated every official under evaluation ("finished every official", docs/rules.md rule 7); 0 while no official is under evaluation. A count only: never who. */
  finishedAll: Scalars['Int']['output'];
  /** Id of this progress, "MeetingProgress:<meetingId>": the same from the `progress` field and every `meetingProgress` event, so a client cache (Apollo, Relay) updates it in place; not the meeting's id (that is meetingId). */
  id: Scalars['ID']['output'];
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** Per official under evaluation, in pinyin order of their names (docs/rules.md rule 15): ratings received so far. */
  officials: Array<OfficialProgress>;
  /** Representatives registered (with accounts); not all need be present. */
  representativesRegistered: Scalars['Int']['output'];
  /** State of the meeting. */
  status: MeetingStatus;
  /** Turnout 0–1 = voters / attendeesPresent (docs/rules.md rule 7), unrounded; null while nobody is present. */
  turnout: Maybe<Scalars['Float']['output']>;
  /** Voters (account or code) who have rated at least one official so far; at most attendeesPresent, as every voter is on the attendance roll. */
  voters: Scalars['Int']['output'];
};

/** The result of one official at one closed meeting (docs/rules.md rule 6). Below the meeting's minimum number of ratings only `ratingCount` is published (rule 7): the other fields are null. */
export type MeetingResult = {
  /** Per criterion of the meeting's template, in its order: label, weight and the mean of the scores given (docs/rules.md rule 6). Published under the same minimum number of ratings as the score (rule 7): null when not published. */
  criterionMeans: Maybe<Array<CriterionMean>>;
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** The official this result is for. */
  official: Official;
  /** Id of the official. */
  officialId: Scalars['ID']['output'];
  /** The comments given, sorted by text (never in the order given); empty when not published. */
  publishedComments: Array<Scalars['String']['output']>;
  /** Satisfaction rate 0–1 = (very satisfied + satisfied + basically satisfied) / ratings; null when not published. */
  rate: Maybe<Scalars['Float']['output']>;
  /** Number of ratings the official received. */
  ratingCount: Scalars['Int']['output'];
  /** Ratings per satisfaction level, best first; null when not published. */
  satisfactionDistribution: Maybe<Array<SatisfactionCount>>;
  /** Weighted score 0–100 = Σ weightᵢ · (meanᵢ − 1) / 4 over the template's criteria; null when not published. */
  weightedScore: Maybe<Scalars['Float']['output']>;
};

/** Lifecycle of an evaluation meeting (docs/rules.md rule 4): DRAFT → OPEN → CLOSED; closing is final. */
export type MeetingStatus =
  /** Over: results are frozen; nothing changes any more. */
  | 'CLOSED'
  /** Being prepared: people and officials are registered; no ratings yet. */
  | 'DRAFT'
  /** In session: registered representatives rate the officials under evaluation. */
  | 'OPEN';

/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type Mutation = {
  /** Adds a version of a convention's text, OPEN for approval (ADMIN of the 街道). BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT on input.conventionId while another version is OPEN. */
  addConventionVersion: ConventionVersion;
  /** Puts officials of the subdistrict under evaluation at a DRAFT meeting (ADMIN). */
  addMeetingOfficials: EvaluationMeeting;
  /** A resident's answer with a one-time survey code, without signing in (docs/rules.md rule 12): one score 1–5 per question of an OPEN survey; the code answers once and the answer keeps no link to it. BAD_USER_INPUT on input.code (unknown or voided), input.answers (a question left out), input.answers.<i>.question, input.answers.<i>.score; CONFLICT on input.code for a used code or a survey not OPEN. Failures are limited per address. */
  answerSurvey: SurveyAnswerReceipt;
  /** The owner appeals the rectification once, with a reason. FORBIDDEN (NOT_OWNER); BAD_USER_INPUT on id without a rectification; CONFLICT for a second appeal. */
  appealRectification: Matter;
  /** A household's answer to a convention version with its one-time code, without signing in (docs/rules.md rule 14): counts one approval or rejection and spends the code; at two thirds of the building's households the version takes effect. Returns the public count; nothing records which household answered. BAD_USER_INPUT on input.code for a code that opens nothing (unknown or voided: reason convention.invalidCode) or whose version is no longer OPEN (reason convention.versionClosed, with the version's status); CONFLICT on input.code for a code that has already answered, also when the same code is sent several times at once; UNAUTHENTICATED (TOO_MANY_ATTEMPTS) after too many failed codes from one address. */
  approveConvention: ConventionTally;
  /** Computes (or recomputes) an official's DRAFT assessment from its sources (ASSESSOR or ADMIN; docs/rules.md rule 10): parts without data are left out, and with none the score and grade are null. CONFLICT once finalised. Idempotent: identical concurrent calls all succeed on one assessment. */
  assessOfficial: AnnualAssessment;
  /** Checks people in at a DRAFT or OPEN meeting (its chair or an ADMIN; docs/rules.md rule 7): as account voters, or as code voters who each get a one-time ballot code, returned only here. BAD_USER_INPUT on input.userIds or input.names; CONFLICT for a person already checked in as a code voter, or an account voter who would also get a code. */
  checkInAttendees: CheckInPayload;
  /** Closes an OPEN meeting for good, freezing every result in the same transaction (its chair or an ADMIN). CONFLICT unless OPEN. */
  closeMeeting: EvaluationMeeting;
  /** OPEN → CLOSED, final: no more answers; results are published when the minimum count was reached. An ADMIN over it; CONFLICT on id unless OPEN. */
  closeResidentSurvey: ResidentSurvey;
  /** Concludes an accountability case for good, with a written conclusion and whether a red-line breach was confirmed (ASSESSOR or ADMIN in scope). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.conclusion; CONFLICT when already concluded. */
  concludeAccountabilityCase: AccountabilityCase;
  /** Concludes a mediation for good with its written record (ADMIN of the 街道). Where family, women or children are involved, BAD_USER_INPUT on input.womenDirector unless the women's director attended (docs/rules.md rule 14); BAD_USER_INPUT on id before the day it is held (Asia/Shanghai); BAD_USER_INPUT on input.record when blank; NOT_FOUND; FORBIDDEN; CONFLICT when already concluded. */
  concludeMediation: Mediation;
  /** Concludes a petition for good (ADMIN of the 街道): AGREED with the agreement (BAD_USER_INPUT on input.agreement without it) or NOT_AGREED with the reason (BAD_USER_INPUT on input.reason). CONFLICT on id when final already or before any round of talks; NOT_FOUND; FORBIDDEN. */
  concludePetition: Petition;
  /** Opens an accountability case (ASSESSOR or ADMIN in scope). BAD_USER_INPUT naming the field; FORBIDDEN. */
  createAccountabilityCase: AccountabilityCase;
  /** Records a building of a neighborhood with its households (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, households outside 1–10000); FORBIDDEN; CONFLICT on input.name for a name the neighborhood has. */
  createBuilding: Building;
  /** Writes in a building's convention with the text of version 1, OPEN for approval (ADMIN of the 街道). A building has one convention, whose text changes by versions: CONFLICT on input.buildingId when it already has one (docs/rules.md rule 14). BAD_USER_INPUT naming the field; FORBIDDEN. */
  createBuildingConvention: BuildingConvention;
  /** Creates a department. BAD_USER_INPUT (unknown district), CONFLICT (name taken in the district). */
  createDepartment: Department;
  /** Stations an agency in a subdistrict. BAD_USER_INPUT (unknown department or subdistrict, subdistrict outside the department's district), CONFLICT (name taken). */
  createDispatchedAgency: DispatchedAgency;
  /** Creates a district. BAD_USER_INPUT for a malformed code or name, CONFLICT for a taken code. */
  createDistrict: District;
  /** Schedules a DRAFT meeting (ADMIN). BAD_USER_INPUT naming the field, FORBIDDEN outside your scope. */
  createEvaluationMeeting: EvaluationMeeting;
  /** Records a decision hearing of a PLANNED works project (ADMIN of the 街道). BAD_USER_INPUT naming the field (e.g. input.constructionEndsOn before the start, input.heldOn after the construction start); FORBIDDEN; CONFLICT on input.projectId once the project started. */
  createHearing: Hearing;
  /** Records an inquiry at a meeting (its chair or an ADMIN in scope). BAD_USER_INPUT naming the field (e.g. an official not under evaluation there); FORBIDDEN; CONFLICT once the meeting is closed. */
  createInquiry: Inquiry;
  /** Records a mediation meeting (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, fewer than two parties, a department of another district); FORBIDDEN. */
  createMediation: Mediation;
  /** Creates a neighborhood. BAD_USER_INPUT (e.g. code not under the subdistrict), CONFLICT (code taken). */
  createNeighborhood: Neighborhood;
  /** Creates an office (docs/rules.md rule 1). BAD_USER_INPUT on input.kind for a second office of a standard kind or a third SELF_DESIGNATED one; on input.duties for a duty another office owns; CONFLICT for a taken name. */
  createOffice: Office;
  /** Creates an official (ADMIN). BAD_USER_INPUT naming the field when docs/rules.md rule 3 is not met or the office or agency is not in the subdistrictId given; CONFLICT for a taken externalId. */
  createOfficial: Official;
  /** Records a petition taken up by an agent organisation (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, a department of another district, input.matterId of another 街道); FORBIDDEN. */
  createPetition: Petition;
  /** Creates a rating template (district ADMIN). BAD_USER_INPUT on input.criteria unless the weights sum to 100 with unique keys; CONFLICT for a taken name. */
  createRatingTemplate: RatingTemplate;
  /** Creates a DRAFT residents' survey of a neighborhood (docs/rules.md rule 12); an ADMIN whose scope covers its 街道. BAD_USER_INPUT on input.neighborhoodId, input.period, input.questions; CONFLICT on input.period when the neighborhood already has a survey of that period. */
  createResidentSurvey: ResidentSurvey;
  /** Adds a line to an official's responsibility list for a year (ADMIN in scope). BAD_USER_INPUT naming the field; FORBIDDEN. */
  createResponsibilityItem: ResponsibilityItem;
  /** Creates a service token for a district system (ADMIN of that whole district) and returns the token string this once. BAD_USER_INPUT on input.expiresAt unless within a year. */
  createServiceToken: CreatedServiceToken;
  /** Creates a township-level unit. BAD_USER_INPUT (e.g. code not under the district), CONFLICT (code taken). */
  createSubdistrict: Subdistrict;
  /** Creates a user within your scope (ADMIN). BAD_USER_INPUT, FORBIDDEN, CONFLICT (username taken). */
  createUser: User;
  /** Subscribes a URL to events of a district (ADMIN of that whole district) and returns the signing secret this once. BAD_USER_INPUT on input.url unless http(s). */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Records a PLANNED works project in a neighborhood (ADMIN of the 街道). BAD_USER_INPUT naming the field; FORBIDDEN. */
  createWorksProject: WorksProject;
  /** The party working committee consents to or refuses a proposed head (an ADMIN of the agency's subdistrict or district). Consent makes the official head and ends the previous head's term that day. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on reason; CONFLICT when already decided. */
  decideHeadAppointment: HeadAppointment;
  /** The 街道's PARTY_GOVERNMENT office approves (due 15 working days after receipt) or refuses the pending extension. CONFLICT when none is pending; FORBIDDEN. */
  decideMatterExtension: Matter;
  /** The 街道's PARTY_GOVERNMENT office decides the owner of an escalated (run-around) matter. FORBIDDEN unless you act for that office; CONFLICT unless ESCALATED; BAD_USER_INPUT as for a transfer. */
  decideMatterOwner: Matter;
  /** An ADMIN or ASSESSOR (not the owner's staff) upholds the appeal — the rating leaves the satisfaction rate and the rectification ends — or rejects it. FORBIDDEN; CONFLICT when none is pending. */
  decideRectificationAppeal: Matter;
  /** Deletes a photo or document of a record (ADMIN of the record's 街道) and returns its id. NOT_FOUND; FORBIDDEN. */
  deleteAttachment: Scalars['ID']['output'];
  /** Deletes a department and returns its id. NOT_FOUND; CONFLICT while it stations agencies. */
  deleteDepartment: Scalars['ID']['output'];
  /** Deletes a stationed agency and returns its id. NOT_FOUND; CONFLICT while officials belong to it. */
  deleteDispatchedAgency: Scalars['ID']['output'];
  /** Deletes a district and returns its id. NOT_FOUND; CONFLICT while subdistricts or departments refer to it. */
  deleteDistrict: Scalars['ID']['output'];
  /** Deletes a DRAFT meeting (ADMIN) and returns its id. CONFLICT once it has been opened. */
  deleteEvaluationMeeting: Scalars['ID']['output'];
  /** Deletes an inquiry recorded by mistake and returns its id. NOT_FOUND, FORBIDDEN; CONFLICT once the meeting is closed. */
  deleteInquiry: Scalars['ID']['output'];
  /** Deletes a neighborhood and returns its id. NOT_FOUND; CONFLICT while officials refer to it. */
  deleteNeighborhood: Scalars['ID']['output'];
  /** Deletes a self-designated work body and returns its id. NOT_FOUND; BAD_USER_INPUT for a standard office; CONFLICT while officials belong to it. */
  deleteOffice: Scalars['ID']['output'];
  /** Deletes an official and returns the id (ADMIN). NOT_FOUND; CONFLICT when they are an agency's consented head (docs/rules.md rule 2) or other records refer to them. */
  deleteOfficial: Scalars['ID']['output'];
  /** Deletes a line (ADMIN in scope) and returns its id; a self-report's answer to it goes with it. NOT_FOUND, FORBIDDEN. */
  deleteResponsibilityItem: Scalars['ID']['output'];
  /** Deletes a subdistrict and returns its id. NOT_FOUND; CONFLICT while neighborhoods, offices, agencies or officials refer to it. */
  deleteSubdistrict: Scalars['ID']['output'];
  /** Deletes a user within your scope (ADMIN, not yourself) and returns the id. NOT_FOUND, FORBIDDEN. */
  deleteUser: Scalars['ID']['output'];
  /** Deletes a webhook subscription and its deliveries (ADMIN of the whole district); returns its id. NOT_FOUND, FORBIDDEN. */
  deleteWebhookSubscription: Scalars['ID']['output'];
  /** Enters paper answer sheets collected at a meeting into an OPEN survey, all or none: a CHAIR or ADMIN whose scope covers its 街道. BAD_USER_INPUT on input.sheets.<i>.answers…; CONFLICT on input.surveyId unless OPEN. */
  enterSurveyAnswers: EnteredSurveyAnswers;
  /** Finalises an assessment: final and audited (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on id when it has no score (no part has data; extensions.missing names the parts), unless a concluded case found a red line breached that year. CONFLICT when already final. */
  finalizeAnnualAssessment: AnnualAssessment;
  /** Records a follow-up of a breach by the residents' committee, the owners' committee or the property company (ADMIN of the 街道); returns the breach. BAD_USER_INPUT naming the field; FORBIDDEN. */
  followUpConventionBreach: ConventionBreach;
  /** Issues one-time household codes for an OPEN version, shown this once for printing on slips (ADMIN of the 街道); with the live ones, never more than the building's households. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.count; CONFLICT on input.versionId unless OPEN. */
  issueHouseholdCodes: IssuedHouseholdCodes;
  /** Prints new one-time survey codes for a DRAFT or OPEN survey, shown this once (only hashes are kept). An ADMIN over it; CONFLICT on input.surveyId for a CLOSED survey. */
  issueSurveyCodes: IssuedSurveyCodes;
  /** Signs in (one `login` field per request: a second is BAD_USER_INPUT naming `login`). UNAUTHENTICATED for a wrong username or password, or with `retryAfterSeconds` when the account, or the address for wrong passwords, has reached its limit (README, Signing in). */
  login: LoginPayload;
  /** Opens a DRAFT meeting for rating (its chair or an ADMIN). CONFLICT unless DRAFT with at least one official. */
  openMeeting: EvaluationMeeting;
  /** DRAFT → OPEN: answers are taken from now on. An ADMIN over it; CONFLICT on id unless DRAFT. */
  openResidentSurvey: ResidentSurvey;
  /** Overrides a DRAFT assessment's grade with a written reason (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on input.reason when blank, and on id when the assessment has no score (no part has data; extensions.missing names the parts). CONFLICT once finalised. */
  overrideAnnualAssessmentGrade: AnnualAssessment;
  /** The district department proposes an agency's head (an ADMIN whose scope is the whole district). BAD_USER_INPUT naming the field (e.g. a candidate who is not an AGENCY_HEAD of the agency); FORBIDDEN; CONFLICT while another proposal waits. */
  proposeHeadAppointment: HeadAppointment;
  /** The resident rates a resolved matter by tracking code, once, without signing in; DISSATISFIED or worse needs a comment and opens a rectification (5 working days). BAD_USER_INPUT (input.trackingCode: unknown code or not resolved; input.comment), CONFLICT for a second rating; limited per address like trackedMatter. */
  rateMatter: TrackedMatter;
  /** Receives a matter (首接负责, docs/rules.md rule 13): the receiving office or agency owns it; returns the resident's tracking code once. ADMIN of the 街道 or the receiver's staff; BAD_USER_INPUT naming the field. */
  receiveMatter: ReceivedMatterResult;
  /** Records a breach of a convention in effect (ADMIN of the 街道). BAD_USER_INPUT on input.conventionId for a convention with no version in effect, and naming any other field at fault; FORBIDDEN. */
  recordConventionBreach: ConventionBreach;
  /** Records a hearing's outcome with its reasons, once (ADMIN of the 街道), from the day the hearing is held on (Asia/Shanghai; before it BAD_USER_INPUT on id). NOT_FOUND; BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT when already recorded. */
  recordHearingOutcome: Hearing;
  /** Records the district civil court's decision on a SUBMITTED record: CONFIRMED or REFUSED (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT unless SUBMITTED. */
  recordMediationCourtDecision: Mediation;
  /** Records the next round of talks between the agent and the department (ADMIN of the 街道). Concurrent requests are serialised on the petition and numbered one after the other. CONFLICT on id once the petition is final (docs/rules.md rule 14), on input when the last round has the same day, participants and summary; BAD_USER_INPUT on input.heldOn after today (Asia/Shanghai), before it was taken up or before the last round; NOT_FOUND; FORBIDDEN. */
  recordPetitionTalk: Petition;
  /** Records (or replaces) one panel's score of an official for a year (ASSESSOR or ADMIN; docs/rules.md rule 10). CONFLICT once the year is finalised. Idempotent: identical concurrent calls all succeed on one score. */
  recordThirdPartyEvaluation: ThirdPartyEvaluation;
  /** Queues a FAILED or DELIVERED webhook delivery again, as a new series of attempts under the same delivery id (ADMIN of the whole district); attempts keeps counting every attempt sent. NOT_FOUND, FORBIDDEN, CONFLICT while it is PENDING. */
  redeliverWebhookDelivery: WebhookDelivery;
  /** Registers REPRESENTATIVE users of the subdistrict for a DRAFT or OPEN meeting (its chair or an ADMIN). CONFLICT on input.ids for a user checked in there as a code voter. */
  registerRepresentatives: EvaluationMeeting;
  /** Takes officials off a DRAFT meeting (ADMIN). */
  removeMeetingOfficials: EvaluationMeeting;
  /** The owner of a COMPLEX matter asks, once, for 15 working days. BAD_USER_INPUT on id for other types; CONFLICT for a second request; FORBIDDEN (NOT_OWNER). */
  requestMatterExtension: Matter;
  /** The owner resolves the matter or its rectification. FORBIDDEN (NOT_OWNER) for a matter you do not act for; CONFLICT when resolved already or escalated. */
  resolveMatter: Matter;
  /** The owner answers the resident; the first answer counts for the response rate. FORBIDDEN (NOT_OWNER), CONFLICT. */
  respondToMatter: Matter;
  /** Revokes a service token; it stops working at once. NOT_FOUND, FORBIDDEN. */
  revokeServiceToken: ServiceToken;
  /** Sets a district's scoring policy for a year (ASSESSOR or ADMIN of the district; docs/rules.md rule 10). BAD_USER_INPUT unless weights sum to 100 and bands are ordered; CONFLICT once an assessment of that year is finalised. Idempotent: identical concurrent calls all succeed on one policy. */
  setAssessmentPolicy: AssessmentPolicy;
  /** Sets a district's weights of the three rates for a year (ADMIN of the whole district). BAD_USER_INPUT on input.satisfactionWeight unless they sum to 100. */
  setMatterRankingWeights: MatterRankingWeights;
  /** Signs out: the token of this request stops working at once (the others of the same user go on), or with `allDevices: true` every token of the user. Returns true. UNAUTHENTICATED without a live session; FORBIDDEN for a service token (revokeServiceToken ends those). */
  signOut: Scalars['Boolean']['output'];
  /** Marks a project started (ADMIN of the 街道, docs/rules.md rule 14): only after a hearing whose outcome is SUPPORTED or SUPPORTED_WITH_CONDITIONS, or with input.overrideReason, the recorded reason of the decision that overrides. BAD_USER_INPUT on input.overrideReason when it is needed and missing; NOT_FOUND; FORBIDDEN; CONFLICT when already started. */
  startWorksProject: WorksProject;
  /** Submits a concluded mediation's record for the district civil court's confirmation at the parties' request: courtConfirmation becomes SUBMITTED (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT unless CONCLUDED and not yet submitted. */
  submitMediationToCourt: Mediation;
  /** Rates an official at an OPEN meeting (docs/rules.md rules 5 and 7); a second submission by the same voter replaces the first. NOT_FOUND, CONFLICT (not open), FORBIDDEN (not registered, checked in as a code voter (CODE_VOTER), rating yourself, or a code that opens nothing here or is bound to another browser), UNAUTHENTICATED with retryAfterSeconds after too many wrong codes, BAD_USER_INPUT on input.officialId, input.scores, input.comment or input.ballotSecret. */
  submitRating: SubmitRatingPayload;
  /** Submits an official's self-report for a year, replacing an earlier one (the official's own OFFICIAL user, or an ADMIN in scope). BAD_USER_INPUT on input.answers, naming the item, when a line of the list is missing, repeated or not on the list; on input.year when there is no list; FORBIDDEN. */
  submitSelfReport: SelfReport;
  /** Transfers a matter to the office or agency whose listed duty covers it, with a reason; the working days the owner held it are charged to it. Back to a unit that passed it on: run-around, escalated to the 街道's PARTY_GOVERNMENT office. BAD_USER_INPUT (input.targetOfficeId / targetAgencyId, input.duty, input.reason), FORBIDDEN (NOT_OWNER), CONFLICT. */
  transferMatter: Matter;
  /** Removes representatives from a DRAFT meeting (its chair or an ADMIN). */
  unregisterRepresentatives: EvaluationMeeting;
  /** Changes an OPEN accountability case (ASSESSOR or ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN; CONFLICT once concluded. */
  updateAccountabilityCase: AccountabilityCase;
  /** Changes a building's name or households (ADMIN of the 街道). New households are the base of its OPEN convention versions from now on (one now at two thirds takes effect); an EFFECTIVE version stays in effect with the households it took effect on (docs/rules.md rule 14). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.households below the live codes of an OPEN version; CONFLICT on input.name. */
  updateBuilding: Building;
  /** Renames a department. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateDepartment: Department;
  /** Renames an agency or changes its kind. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateDispatchedAgency: DispatchedAgency;
  /** Changes a district. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateDistrict: District;
  /** Changes a DRAFT meeting (ADMIN). CONFLICT once it is open. */
  updateEvaluationMeeting: EvaluationMeeting;
  /** Changes an inquiry, e.g. records the answer (the meeting's chair or an ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN; CONFLICT once the meeting is closed. */
  updateInquiry: Inquiry;
  /** Changes an OPEN mediation (ADMIN of the 街道). NOT_FOUND; BAD_USER_INPUT naming the field, also on input.involvesFamily when clearing a mediation recorded as involving family (docs/rules.md rule 14); FORBIDDEN; CONFLICT once concluded. */
  updateMediation: Mediation;
  /** Changes a neighborhood. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateNeighborhood: Neighborhood;
  /** Renames an office or replaces its duties. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateOffice: Office;
  /** Changes an official (ADMIN). NOT_FOUND; BAD_USER_INPUT naming the field when docs/rules.md rule 3 is not met, when the office or agency is not in the subdistrictId given, or when it would move an agency's consented head to another category or agency (docs/rules.md rule 2); CONFLICT for a taken externalId. */
  updateOfficial: Official;
  /** Changes an OPEN petition (ADMIN of the 街道). NOT_FOUND; BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT once final. */
  updatePetition: Petition;
  /** Changes a template. CONFLICT when changing the criteria of a template a meeting uses. */
  updateRatingTemplate: RatingTemplate;
  /** Rewords a line, changes its kind or moves it within its list (ADMIN in scope). NOT_FOUND, BAD_USER_INPUT, FORBIDDEN. */
  updateResponsibilityItem: ResponsibilityItem;
  /** Changes a subdistrict. NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
  updateSubdistrict: Subdistrict;
  /** Changes your own or (ADMIN) a user's display name or password. NOT_FOUND, FORBIDDEN. */
  updateUser: User;
  /** Changes a webhook subscription (ADMIN of the whole district): `active: false` pauses it (no new events are queued, pending deliveries wait), `active: true` resumes it; also its url and events. NOT_FOUND, FORBIDDEN, BAD_USER_INPUT on input.url or input.events. */
  updateWebhookSubscription: WebhookSubscription;
  /** Conventions a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are written in with their text as version 1, OPEN for approval; known ones take the rows' titles; the same batch twice changes nothing. A bad row (an unknown building, a convention moved to another building, a new externalId for a building that already has a convention or another row's: a building has one convention) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14). */
  upsertBuildingConventions: UpsertBuildingConventionsResult;
  /** Hearings a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded for PLANNED projects, known ones without an outcome take the rows' details, the same batch twice changes nothing. A bad row (the rules of createHearing, a started project, a decided hearing) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14). */
  upsertHearings: UpsertHearingsResult;
  /** The district hotline's matters by externalId, at most 500 in one transaction (a service token with matters:write, or an ADMIN): new ones are received (with their tracking codes, shown once), known ones get their title, description and place updated. BAD_USER_INPUT naming the first bad row's field, extensions.errors listing every one; nothing is written then. */
  upsertMatters: UpsertMattersResult;
  /** Mediations a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded OPEN, known OPEN ones take the rows' details, the same batch twice changes nothing. A bad row (the rules of createMediation, a CONCLUDED one, clearing involvesFamily) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14). */
  upsertMediations: UpsertMediationsResult;
  /** Inserts or updates up to 1,000 officials by externalId, all in one transaction (a service token with officials:write, or an ADMIN). A bad row fails the whole call with BAD_USER_INPUT whose extensions.errors lists every bad row as { index, field, message }; the same batch twice changes nothing. At most one upsertOfficials field per operation (BAD_USER_INPUT otherwise). */
  upsertOfficials: UpsertOfficialsResult;
  /** Petitions a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded OPEN, known OPEN ones take the rows' details, the same batch twice changes nothing. A bad row (the rules of createPetition, a final petition) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14). */
  upsertPetitions: UpsertPetitionsResult;
  /** Voids unused ballot codes of a DRAFT or OPEN meeting (its chair or an ADMIN; docs/rules.md rule 7). BAD_USER_INPUT on input.codes for a code not of this meeting; CONFLICT on input.codes for a code already used to vote. */
  voidBallotCodes: VoidedBallotCodes;
  /** Voids unused household codes of a version (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.codes for a code not of the version; CONFLICT on input.codes for a used code. */
  voidHouseholdCodes: VoidedHouseholdCodes;
  /** Voids unused survey codes (listed, or all unused). An ADMIN over the survey; BAD_USER_INPUT on input.codes for a code not of this survey, CONFLICT on input.codes for a used one and on input.surveyId for a CLOSED survey. */
  voidSurveyCodes: VoidedSurveyCodes;
  /** Withdraws an OPEN version (ADMIN of the 街道); its codes open nothing any more. NOT_FOUND; FORBIDDEN; CONFLICT unless OPEN. */
  withdrawConventionVersion: ConventionVersion;
  /** Records the petitioner's withdrawal of an OPEN petition, with the reason (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT when final. */
  withdrawPetition: Petition;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationAddConventionVersionArgs = {
  input: AddConventionVersionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationAddMeetingOfficialsArgs = {
  input: MeetingPeopleInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationAppealRectificationArgs = {
  id: Scalars['ID']['input'];
  input: MatterTextInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationApproveConventionArgs = {
  input: ApproveConventionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationAssessOfficialArgs = {
  input: AssessOfficialInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCheckInAttendeesArgs = {
  input: CheckInInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCloseMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCloseResidentSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationConcludeAccountabilityCaseArgs = {
  id: Scalars['ID']['input'];
  input: ConcludeAccountabilityCaseInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationConcludeMediationArgs = {
  id: Scalars['ID']['input'];
  input: ConcludeMediationInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationConcludePetitionArgs = {
  id: Scalars['ID']['input'];
  input: ConcludePetitionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateAccountabilityCaseArgs = {
  input: CreateAccountabilityCaseInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateBuildingArgs = {
  input: CreateBuildingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateBuildingConventionArgs = {
  input: CreateBuildingConventionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateDispatchedAgencyArgs = {
  input: CreateDispatchedAgencyInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateDistrictArgs = {
  input: CreateDistrictInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateEvaluationMeetingArgs = {
  input: CreateEvaluationMeetingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateHearingArgs = {
  input: CreateHearingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateInquiryArgs = {
  input: CreateInquiryInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateMediationArgs = {
  input: CreateMediationInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateNeighborhoodArgs = {
  input: CreateNeighborhoodInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateOfficeArgs = {
  input: CreateOfficeInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateOfficialArgs = {
  input: CreateOfficialInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreatePetitionArgs = {
  input: CreatePetitionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateRatingTemplateArgs = {
  input: CreateRatingTemplateInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateResidentSurveyArgs = {
  input: CreateResidentSurveyInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateResponsibilityItemArgs = {
  input: CreateResponsibilityItemInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateServiceTokenArgs = {
  input: CreateServiceTokenInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateSubdistrictArgs = {
  input: CreateSubdistrictInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationCreateWorksProjectArgs = {
  input: CreateWorksProjectInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDecideHeadAppointmentArgs = {
  decision: HeadAppointmentDecision;
  id: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDecideMatterExtensionArgs = {
  id: Scalars['ID']['input'];
  input: MatterDecisionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDecideMatterOwnerArgs = {
  id: Scalars['ID']['input'];
  input: DecideMatterOwnerInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDecideRectificationAppealArgs = {
  id: Scalars['ID']['input'];
  input: MatterDecisionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteDispatchedAgencyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteDistrictArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteEvaluationMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteInquiryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteNeighborhoodArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteOfficeArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteOfficialArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteResponsibilityItemArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteSubdistrictArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationEnterSurveyAnswersArgs = {
  input: EnterSurveyAnswersInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationFinalizeAnnualAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationFollowUpConventionBreachArgs = {
  input: FollowUpConventionBreachInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationIssueHouseholdCodesArgs = {
  input: IssueHouseholdCodesInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationIssueSurveyCodesArgs = {
  input: IssueSurveyCodesInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationOpenMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationOpenResidentSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationOverrideAnnualAssessmentGradeArgs = {
  id: Scalars['ID']['input'];
  input: OverrideGradeInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationProposeHeadAppointmentArgs = {
  input: ProposeHeadAppointmentInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRateMatterArgs = {
  input: RateMatterInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationReceiveMatterArgs = {
  input: ReceiveMatterInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRecordConventionBreachArgs = {
  input: RecordConventionBreachInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRecordHearingOutcomeArgs = {
  id: Scalars['ID']['input'];
  input: RecordHearingOutcomeInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRecordMediationCourtDecisionArgs = {
  confirmed: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRecordPetitionTalkArgs = {
  id: Scalars['ID']['input'];
  input: PetitionTalkInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRecordThirdPartyEvaluationArgs = {
  input: RecordThirdPartyEvaluationInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRegisterRepresentativesArgs = {
  input: MeetingPeopleInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRemoveMeetingOfficialsArgs = {
  input: MeetingPeopleInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRequestMatterExtensionArgs = {
  id: Scalars['ID']['input'];
  input: MatterTextInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationResolveMatterArgs = {
  id: Scalars['ID']['input'];
  input: MatterTextInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRespondToMatterArgs = {
  id: Scalars['ID']['input'];
  input: MatterTextInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationRevokeServiceTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSetAssessmentPolicyArgs = {
  input: SetAssessmentPolicyInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSetMatterRankingWeightsArgs = {
  input: SetMatterRankingWeightsInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSignOutArgs = {
  allDevices?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationStartWorksProjectArgs = {
  id: Scalars['ID']['input'];
  input: InputMaybe<StartWorksProjectInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSubmitMediationToCourtArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSubmitRatingArgs = {
  input: SubmitRatingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationSubmitSelfReportArgs = {
  input: SubmitSelfReportInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationTransferMatterArgs = {
  id: Scalars['ID']['input'];
  input: TransferMatterInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUnregisterRepresentativesArgs = {
  input: MeetingPeopleInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateAccountabilityCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAccountabilityCaseInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateBuildingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBuildingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateDispatchedAgencyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDispatchedAgencyInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateDistrictArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDistrictInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateEvaluationMeetingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEvaluationMeetingInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateInquiryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInquiryInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateMediationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMediationInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateNeighborhoodArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNeighborhoodInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateOfficeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOfficeInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateOfficialArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOfficialInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdatePetitionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePetitionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateRatingTemplateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRatingTemplateInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateResponsibilityItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResponsibilityItemInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateSubdistrictArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSubdistrictInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpdateWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookSubscriptionInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertBuildingConventionsArgs = {
  input: Array<UpsertBuildingConventionInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertHearingsArgs = {
  input: Array<UpsertHearingInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertMattersArgs = {
  input: Array<UpsertMatterInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertMediationsArgs = {
  input: Array<UpsertMediationInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertOfficialsArgs = {
  input: Array<UpsertOfficialInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationUpsertPetitionsArgs = {
  input: Array<UpsertPetitionInput>;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationVoidBallotCodesArgs = {
  input: VoidBallotCodesInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationVoidHouseholdCodesArgs = {
  input: VoidHouseholdCodesInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationVoidSurveyCodesArgs = {
  input: VoidSurveyCodesInput;
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationWithdrawConventionVersionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: creating, changing and deleting records, and the workflow verbs (opening and closing meetings, rating, appointing, concluding, finalising). Each one runs in one transaction; bad input is BAD_USER_INPUT naming the field. */
export type MutationWithdrawPetitionArgs = {
  id: Scalars['ID']['input'];
  input: WithdrawPetitionInput;
};

/** A residential area and its residents' committee (居民区 / 居委会) or a village committee (村委会), identified by its 12-digit code. */
export type Neighborhood = Node & {
  /** 12-digit division code; starts with its subdistrict's code, e.g. "310101002001". */
  code: Scalars['String']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** RESIDENTS_COMMITTEE, VILLAGE_COMMITTEE or OTHER, derived from the name. */
  kind: NeighborhoodKind;
  /** Official name, e.g. "云南中路居委会". */
  name: Scalars['String']['output'];
  /** The subdistrict it belongs to. */
  subdistrict: Subdistrict;
  /** Id of the subdistrict it belongs to. */
  subdistrictId: Scalars['ID']['output'];
};

/** A page of neighborhoods, with their cursors, total count and paging information (a Relay cursor connection). */
export type NeighborhoodConnection = {
  /** The neighborhoods of this page with their cursors, in the requested order. */
  edges: Array<NeighborhoodEdge>;
  /** The neighborhoods of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Neighborhood>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many neighborhoods match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of neighborhoods, with the cursor that marks its place in the list. */
export type NeighborhoodEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the neighborhoods). */
  node: Neighborhood;
};

/** Conditions a neighborhood must meet to be listed; all given conditions apply. */
export type NeighborhoodFilter = {
  /** The 12-digit code, or a prefix of it (e.g. a subdistrict's 9 digits). */
  code: InputMaybe<Scalars['String']['input']>;
  /** Only neighborhoods of subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this kind (e.g. RESIDENTS_COMMITTEE for 居委会). */
  kind: InputMaybe<NeighborhoodKind>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only neighborhoods of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of a village-level unit, from its name: RESIDENTS_COMMITTEE 居委会, VILLAGE_COMMITTEE 村委会, OTHER. */
export type NeighborhoodKind =
  /** Any other village-level unit. */
  | 'OTHER'
  /** 居委会 / 居民委员会: residents' committee of an urban residential area (居民区). */
  | 'RESIDENTS_COMMITTEE'
  /** 村委会 / 村民委员会: village committee. */
  | 'VILLAGE_COMMITTEE';

/** One sort key of a neighborhood list. */
export type NeighborhoodOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: NeighborhoodOrderField;
};

/** Fields a list of neighborhoods can be sorted by. */
export type NeighborhoodOrderField =
  /** By the 12-digit division code. */
  | 'CODE'
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By kind (residents' or village committee). */
  | 'KIND'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** One neighborhood's published survey in a 街道's roll-up. */
export type NeighborhoodSurveyRates = {
  /** Answers of its survey. */
  answers: Scalars['Int']['output'];
  /** Per dimension. */
  dimensions: Array<DimensionFigures>;
  /** The neighborhood. */
  neighborhoodId: Scalars['ID']['output'];
  /** The neighborhood's name. */
  neighborhoodName: Scalars['String']['output'];
  /** The average of its three dimensions’ rates, 0–1. */
  overallRate: Maybe<Scalars['Float']['output']>;
  /** The survey. */
  surveyId: Scalars['ID']['output'];
};

/** A record that can be fetched again by its id alone with `node(id)` or `nodes(ids)` (Relay's Node interface; refetchable fragments use it). Every record type implements it. Ids are the records' own ids, UUIDs unique across all types, so no id changed when Node was added. */
export type Node = {
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
};

/** One of a subdistrict's internal offices (内设机构): a standard office or a self-designated work body, with the duties it owns (docs/rules.md rule 1). */
export type Office = Node & {
  /** The matters this office owns, one per line; within a subdistrict each duty belongs to one office only. */
  duties: Array<Scalars['String']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Which of the six standard offices this is, or SELF_DESIGNATED. */
  kind: OfficeKind;
  /** Name, e.g. "社区服务办公室"; unique within the subdistrict. */
  name: Scalars['String']['output'];
  /** The subdistrict the office belongs to. */
  subdistrict: Subdistrict;
  /** Id of the subdistrict the office belongs to. */
  subdistrictId: Scalars['ID']['output'];
};

/** A page of offices, with their cursors, total count and paging information (a Relay cursor connection). */
export type OfficeConnection = {
  /** The offices of this page with their cursors, in the requested order. */
  edges: Array<OfficeEdge>;
  /** The offices of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Office>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many offices match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of offices, with the cursor that marks its place in the list. */
export type OfficeEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the offices). */
  node: Office;
};

/** Conditions an office must meet to be listed; all given conditions apply. */
export type OfficeFilter = {
  /** Only offices of subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only offices with a duty containing this text ("which office owns this matter"). */
  dutyContains: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this kind. */
  kind: InputMaybe<OfficeKind>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only offices of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of a subdistrict office (docs/rules.md rule 1): one office of each of the six standard kinds, and at most two SELF_DESIGNATED work bodies. */
export type OfficeKind =
  /** 社区管理办公室: community management office. */
  | 'COMMUNITY_MANAGEMENT'
  /** 社区平安办公室: community safety office. */
  | 'COMMUNITY_SAFETY'
  /** 社区自治办公室: community self-governance office. */
  | 'COMMUNITY_SELF_GOVERNANCE'
  /** 社区服务办公室: community service office. */
  | 'COMMUNITY_SERVICE'
  /** 社区党建办公室: community party-building office. */
  | 'PARTY_BUILDING'
  /** 党政办公室: party and government office. */
  | 'PARTY_GOVERNMENT'
  /** A work body the subdistrict sets up for its own needs (at most two). */
  | 'SELF_DESIGNATED';

/** One sort key of an office list. */
export type OfficeOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: OfficeOrderField;
};

/** Fields a list of offices can be sorted by. */
export type OfficeOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By office kind (the six standard kinds, then SELF_DESIGNATED). */
  | 'KIND'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** A person who is evaluated (docs/rules.md rule 3): an agency head belongs to a stationed agency; a civil servant or community worker to an office. */
export type Official = Node & {
  /** The stationed agency of an agency head; null otherwise. */
  agency: Maybe<DispatchedAgency>;
  /** Id of the stationed agency an agency head belongs to; null otherwise. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** The official's appointments as an agency head, whatever their status, in the order proposed. */
  appointments: Array<HeadAppointment>;
  /** The official's annual assessments that you may read, newest year first: all for an ADMIN or ASSESSOR and a token with assessments:read, only your own as an OFFICIAL, none for other roles. FORBIDDEN for a token without assessments:read. */
  assessments: Array<AnnualAssessment>;
  /** AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER. */
  category: OfficialCategory;
  /** Id of this person in their district's HR system; unique within the district when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The official's assessment of the newest year, DRAFT or FINALIZED; null when there is none or you may not read it (as `assessments`). FORBIDDEN for a token without assessments:read. */
  latestAssessment: Maybe<AnnualAssessment>;
  /** Full name, e.g. "王建国". */
  name: Scalars['String']['output'];
  /** The neighborhood a community worker serves; null when none. */
  neighborhood: Maybe<Neighborhood>;
  /** Id of the neighborhood a community worker serves, in the same subdistrict; null when none. */
  neighborhoodId: Maybe<Scalars['ID']['output']>;
  /** The office of a civil servant or community worker; null for an agency head. */
  office: Maybe<Office>;
  /** Id of the office a civil servant or community worker belongs to; null for an agency head. */
  officeId: Maybe<Scalars['ID']['output']>;
  /** The outcome of docs/rules.md rule 11 from the finalised grades: PROMOTION_ELIGIBLE, REASSIGNMENT, DISMISSAL, or null when none applies or you may not read the official's grades (as `assessments`). FORBIDDEN for a token without assessments:read. */
  outcome: Maybe<PersonnelOutcome>;
  /** The years in which a concluded accountability case confirmed a red-line breach, ascending; those years' assessments are marked redLineBreached (docs/rules.md rule 9). */
  redLineBreaches: Array<Scalars['Int']['output']>;
  /** The official's responsibility list (责任清单) for a year, by position; empty when there is none. */
  responsibilityItems: Array<ResponsibilityItem>;
  /** The official's self-report (述职) for a year; null when not submitted. */
  selfReport: Maybe<SelfReport>;
  /** The subdistrict the official serves in. */
  subdistrict: Subdistrict;
  /** Id of the subdistrict of the official's office or agency (set by Pingyi, not by input). */
  subdistrictId: Scalars['ID']['output'];
  /** Post or title, e.g. "所长" or "社区工作者"; may be empty. */
  title: Scalars['String']['output'];
};


/** A person who is evaluated (docs/rules.md rule 3): an agency head belongs to a stationed agency; a civil servant or community worker to an office. */
export type OfficialResponsibilityItemsArgs = {
  year: Scalars['Int']['input'];
};


/** A person who is evaluated (docs/rules.md rule 3): an agency head belongs to a stationed agency; a civil servant or community worker to an office. */
export type OfficialSelfReportArgs = {
  year: Scalars['Int']['input'];
};

/** Which of the three kinds of evaluated people an official is (docs/rules.md rule 3). */
export type OfficialCategory =
  /** 派出机构负责人: head of a stationed agency; belongs to an agency. */
  | 'AGENCY_HEAD'
  /** 街道公务员: subdistrict civil servant; belongs to an office. */
  | 'CIVIL_SERVANT'
  /** 受聘职业社区工作者: contracted professional community worker; belongs to an office, usually serving one neighborhood. */
  | 'COMMUNITY_WORKER';

/** A page of officials, with their cursors, total count and paging information (a Relay cursor connection). */
export type OfficialConnection = {
  /** The officials of this page with their cursors, in the requested order. */
  edges: Array<OfficialEdge>;
  /** The officials of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Official>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many officials match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of officials, with the cursor that marks its place in the list. */
export type OfficialEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the officials). */
  node: Official;
};

/** Conditions an official must meet to be listed; all given conditions apply. */
export type OfficialFilter = {
  /** Only officials of this stationed agency. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** Only this category. */
  category: InputMaybe<OfficialCategory>;
  /** Only officials serving in subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only the official with this external (district HR) id. */
  externalId: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "wang" or "wjg" finds 王建国 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only community workers serving this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Only officials of this office. */
  officeId: InputMaybe<Scalars['ID']['input']>;
  /** Only officials serving in this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of an official list. */
export type OfficialOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: OfficialOrderField;
};

/** Fields a list of officials can be sorted by. */
export type OfficialOrderField =
  /** By category (AGENCY_HEAD, CIVIL_SERVANT, COMMUNITY_WORKER). */
  | 'CATEGORY'
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME'
  /** By post or title. */
  | 'TITLE';

/** How many ratings one official has received so far (a count only). */
export type OfficialProgress = {
  /** Id of this line of the meeting's progress, "OfficialProgress:<meetingId>:<officialId>": the same in every reading and live event of the meeting, so a client cache updates it; not the official's id (that is officialId). */
  id: Scalars['ID']['output'];
  /** Name of the official. */
  name: Scalars['String']['output'];
  /** Id of the official. */
  officialId: Scalars['ID']['output'];
  /** Ratings received so far. */
  ratingsReceived: Scalars['Int']['output'];
};

/** Sort direction: ASC (smallest, earliest or A first) or DESC. */
export type OrderDirection =
  /** Ascending: smallest, earliest or A first; empty values last. */
  | 'ASC'
  /** Descending: largest, latest or Z first; empty values last. */
  | 'DESC';

/** How many officials one outcome of docs/rules.md rule 11 applies to now. */
export type OutcomeCount = {
  /** Number of officials (within your scope) with this outcome. */
  count: Scalars['Int']['output'];
  /** The outcome. */
  outcome: PersonnelOutcome;
};

/** An assessor's override of a DRAFT assessment's grade. */
export type OverrideGradeInput = {
  /** The grade that is to count. */
  grade: Grade;
  /** Why, in writing (1–2,000 characters). */
  reason: Scalars['String']['input'];
};

/** Where a page lies in its list, with the cursors to fetch the pages next to it (Relay cursor connections). */
export type PageInfo = {
  /** Cursor of the last node of this page; pass it as `after` for the next page. Null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more nodes follow this page. When paging backward (last/before): true when the page ends before a cursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether nodes precede this page. When paging forward (first/after/offset): true when the page starts after a cursor or past an offset. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first node of this page; pass it as `before` for the page before. Null on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A third-party evaluation panel. */
export type Panel =
  /** 专家 */
  | 'EXPERT'
  /** 非党人士 */
  | 'NON_PARTY'
  /** 党员 */
  | 'PARTY_MEMBER'
  /** 居民 */
  | 'RESIDENT';

/** The weight (points of 100) of one third-party panel. */
export type PanelWeight = {
  /** The panel. */
  panel: Panel;
  /** Weight in points; the panels' weights sum to 100. */
  weight: Scalars['Int']['output'];
};

/** The weight of one panel. */
export type PanelWeightInput = {
  /** The panel. */
  panel: Panel;
  /** Weight in points, 0–100. */
  weight: Scalars['Int']['input'];
};

/** Use of results (docs/rules.md rule 11), from finalised grades in consecutive calendar years ending with the latest. */
export type PersonnelOutcome =
  /** Two POOR years in a row: to be dismissed. */
  | 'DISMISSAL'
  /** Three EXCELLENT years in a row: eligible for promotion. */
  | 'PROMOTION_ELIGIBLE'
  /** Three MEDIOCRE years in a row: to be reassigned. */
  | 'REASSIGNMENT';

/** Petition agency (信访代理, docs/rules.md rule 14): a resident's petition taken up by an agent organisation (trade union, Communist Youth League, women's federation, residents' or community committee), the department it negotiates with, each round of talks, and the agreement reached. The petitioner's name is personal: only ADMINs in scope (and service tokens with self-governance:read) read petitions. */
export type Petition = Node & {
  /** The organisation that took the petition up as its agent. */
  agent: PetitionAgent;
  /** The agent organisation's person in charge of the petition. */
  agentName: Scalars['String']['output'];
  /** The agreement reached (协议); null unless AGREED. */
  agreement: Maybe<Scalars['String']['output']>;
  /** Its photos and documents, oldest first (upload: POST /attachments/<hearing|mediation|convention|petition>/<id>, multipart field "file"; docs/rules.md rule 14). */
  attachments: Array<Attachment>;
  /** When it was concluded or withdrawn (ISO 8601, UTC); null while OPEN. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why no agreement was reached (NOT_AGREED) or why it was withdrawn (WITHDRAWN); null otherwise. */
  closingReason: Maybe<Scalars['String']['output']>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The department the agent negotiates with (names of departments are read by whoever reads the petition). */
  department: Maybe<Department>;
  /** Id of the district department (区职能部门) the agent negotiates with. */
  departmentId: Scalars['ID']['output'];
  /** Id of the petition in a district system (upsertPetitions); unique when set. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The resident's matter (诉求) the petition started from; null when none, or when the caller does not read matters (a service token without matters:read). */
  matter: Maybe<Matter>;
  /** Id of the resident's matter (诉求) of the same 街道 the petition started from; null when none. */
  matterId: Maybe<Scalars['ID']['output']>;
  /** The neighborhood where the petitioner lives. */
  neighborhood: Neighborhood;
  /** Id of the neighborhood (居民区) where the petitioner lives. */
  neighborhoodId: Scalars['ID']['output'];
  /** The petitioner's name (personal: only those who read petitions see it). */
  petitionerName: Scalars['String']['output'];
  /** OPEN, or final: AGREED, NOT_AGREED or WITHDRAWN. */
  status: PetitionStatus;
  /** Id of the neighborhood's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** What the petition asks. */
  subject: Scalars['String']['output'];
  /** The day the agent took the petition up (YYYY-MM-DD). */
  takenUpOn: Scalars['LocalDate']['output'];
  /** The rounds of talks, in order (round 1 first). */
  talks: Array<PetitionTalk>;
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** The organisation that takes up a resident's petition as its agent (信访代理, docs/rules.md rule 14). */
export type PetitionAgent =
  /** 共青团: the Communist Youth League. */
  | 'COMMUNIST_YOUTH_LEAGUE'
  /** 社区委员会: the community committee. */
  | 'COMMUNITY_COMMITTEE'
  /** 居委会: the residents’ committee. */
  | 'RESIDENTS_COMMITTEE'
  /** 工会: the trade union. */
  | 'TRADE_UNION'
  /** 妇联: the women’s federation. */
  | 'WOMENS_FEDERATION';

/** A page of petitions, with their cursors, total count and paging information (a Relay cursor connection). */
export type PetitionConnection = {
  /** The petitions of this page with their cursors, in the requested order. */
  edges: Array<PetitionEdge>;
  /** The petitions of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Petition>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many petitions match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of petitions, with the cursor that marks its place in the list. */
export type PetitionEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the petitions). */
  node: Petition;
};

/** Conditions a petition must meet to be listed; all given conditions apply. */
export type PetitionFilter = {
  /** Only petitions taken up by this kind of agent. */
  agent: InputMaybe<PetitionAgent>;
  /** Only petitions that started from this matter. */
  matterId: InputMaybe<Scalars['ID']['input']>;
  /** Only petitions of this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Only petitions in this status. */
  status: InputMaybe<PetitionStatus>;
  /** Only petitions of this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a list of petitions. */
export type PetitionOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: PetitionOrderField;
};

/** Fields a list of petitions can be sorted by. */
export type PetitionOrderField =
  /** By when it was recorded. */
  | 'CREATED_AT'
  /** By the day the agent took the petition up. */
  | 'TAKEN_UP_ON';

/** How a petition's talks ended: with an agreement (its text required) or without (its reason required). */
export type PetitionOutcome =
  /** An agreement was reached; input.agreement says what was agreed. */
  | 'AGREED'
  /** No agreement; input.reason says why. */
  | 'NOT_AGREED';

/** Where a petition stands; every status but OPEN is final (docs/rules.md rule 14). */
export type PetitionStatus =
  /** Concluded with the agreement reached with the department; final. */
  | 'AGREED'
  /** Concluded without agreement, with the reason; final. */
  | 'NOT_AGREED'
  /** Taken up; the agent negotiates with the department, round by round. */
  | 'OPEN'
  /** Withdrawn by the petitioner, with the reason; final. */
  | 'WITHDRAWN';

/** One round of talks between the agent organisation and the department. */
export type PetitionTalk = {
  /** The day of the talks (YYYY-MM-DD). */
  heldOn: Scalars['LocalDate']['output'];
  /** Who took part for the agent and for the department. */
  participants: Array<Scalars['String']['output']>;
  /** When the round was recorded (ISO 8601, UTC). */
  recordedAt: Scalars['DateTime']['output'];
  /** Its number: 1 for the first round, then 2, 3… */
  round: Scalars['Int']['output'];
  /** What was said and where the talks stand. */
  summary: Scalars['String']['output'];
};

/** One round of talks between the agent and the department. */
export type PetitionTalkInput = {
  /** The day of the talks (YYYY-MM-DD): not before the petition was taken up nor before the last round. */
  heldOn: Scalars['LocalDate']['input'];
  /** Who took part, 1–30 names of 1–100 characters. */
  participants: Array<Scalars['String']['input']>;
  /** What was said and where the talks stand, 1–20000 characters. */
  summary: Scalars['String']['input'];
};

/** A district department proposes an agency's head (docs/rules.md rule 2). */
export type ProposeHeadAppointmentInput = {
  /** The stationed agency whose head is proposed. */
  agencyId: Scalars['ID']['input'];
  /** The candidate: an AGENCY_HEAD official of that agency, not already its head. */
  officialId: Scalars['ID']['input'];
  /** First day of the term (YYYY-MM-DD, years 2000–2100); default: the day of consent. */
  startsOn: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type Query = {
  /** One accountability case by id (ASSESSOR or ADMIN in scope); null when there is none. */
  accountabilityCase: Maybe<AccountabilityCase>;
  /** A page of accountability cases (责任追究) of the officials in the caller's scope; empty for roles other than ASSESSOR and ADMIN. */
  accountabilityCases: AccountabilityCaseConnection;
  /** One annual assessment you may read (an ADMIN or ASSESSOR within their scope, a token with assessments:read in its district, an OFFICIAL their own); null when there is none or it is beyond your reach, alike. FORBIDDEN for other roles and tokens. */
  annualAssessment: Maybe<AnnualAssessment>;
  /** A page of the annual assessments you may read: those within your scope (ADMIN, ASSESSOR, a token with assessments:read), your own (OFFICIAL). FORBIDDEN for other roles and tokens. */
  annualAssessments: AnnualAssessmentConnection;
  /** Your district's annual assessment at a glance for its ASSESSOR, ADMIN or CHAIR, or a token with assessments:read (docs/rules.md rules 10 and 11), within your scope: the year's grades by subdistrict and officials by outcome, as counts. BAD_USER_INPUT on year outside 2000–2100; FORBIDDEN for other roles and for any other district, whether it exists or not. */
  assessmentOverview: AssessmentOverview;
  /** Your district's stored scoring policy for a year (every user of the district; a token with assessments:read); null when the defaults of docs/rules.md rule 10 apply (40/40/20, equal panels, 90/75/60, 3 ratings). FORBIDDEN for any other district, whether it exists or not. */
  assessmentPolicy: Maybe<AssessmentPolicy>;
  /** The audit history of one record within your scope, newest first (ADMIN or ASSESSOR). Entries about ballots never name their author. */
  auditEvents: AuditEventConnection;
  /** What a ballot code opens, with the secret of the browser using it; no sign-in needed (docs/rules.md rule 7). The code binds to the first secret it is used with. BAD_USER_INPUT on `code` for a code that is unknown, voided or of a CLOSED meeting, on `secret` without a well-formed secret (a code of a meeting not open yet shows it as DRAFT); FORBIDDEN (reason CODE_IN_USE) for a code bound to another browser; UNAUTHENTICATED with retryAfterSeconds after too many wrong codes from your address. */
  ballot: Ballot;
  /** One building by id; null when there is none in your scope. */
  building: Maybe<Building>;
  /** One building convention by id; null when there is none in your scope. */
  buildingConvention: Maybe<BuildingConvention>;
  /** A page of the building conventions (居民公约) in your scope (signed-in users; service tokens with self-governance:read), default by title. */
  buildingConventions: BuildingConventionConnection;
  /** A page of the buildings in your scope (signed-in users; service tokens with self-governance:read), default by name. */
  buildings: BuildingConnection;
  /** One convention breach by id; null when there is none in your scope. */
  conventionBreach: Maybe<ConventionBreach>;
  /** A page of the convention breaches in your scope (signed-in users; service tokens with self-governance:read), default latest first. */
  conventionBreaches: ConventionBreachConnection;
  /** The count of a convention version (docs/rules.md rule 14), read as the other self-governance records: signed-in users in the version's 街道, service tokens with self-governance:read. Null when there is no such version in your scope; UNAUTHENTICATED signed out (residents read the count with their household code: householdConvention); FORBIDDEN for a service token without self-governance:read. */
  conventionTally: Maybe<ConventionTally>;
  /** One department by id; null when there is none. */
  department: Maybe<Department>;
  /** A page of district functional departments (区职能部门). */
  departments: DepartmentConnection;
  /** A page of stationed agencies (派出机构, "七所八所"). */
  dispatchedAgencies: DispatchedAgencyConnection;
  /** One stationed agency by id; null when there is none. */
  dispatchedAgency: Maybe<DispatchedAgency>;
  /** One district by id; null when there is none. */
  district: Maybe<District>;
  /** A page of districts (区). */
  districts: DistrictConnection;
  /** One meeting within your scope by id; null when there is none. */
  evaluationMeeting: Maybe<EvaluationMeeting>;
  /** A page of the evaluation meetings within your scope. */
  evaluationMeetings: EvaluationMeetingConnection;
  /** One agency-head appointment by id; null when there is none. */
  headAppointment: Maybe<HeadAppointment>;
  /** A page of agency-head appointments (征得同意权) in the caller's scope. */
  headAppointments: HeadAppointmentConnection;
  /** One hearing by id; null when there is none in your scope. */
  hearing: Maybe<Hearing>;
  /** A page of the decision hearings in your scope, latest held first (service tokens: self-governance:read). */
  hearings: HearingConnection;
  /** The convention version a household code answers, to read before answering; no sign-in. BAD_USER_INPUT on code for a code that opens nothing (unknown or voided: reason convention.invalidCode) or whose version is no longer OPEN (reason convention.versionClosed, with the status of the version); CONFLICT on code once it has answered. */
  householdConvention: HouseholdConvention;
  /** A page of inquiries (问责) put to the officials in the caller's scope. */
  inquiries: InquiryConnection;
  /** One inquiry by id; null when there is none. */
  inquiry: Maybe<Inquiry>;
  /** One resident's matter by id, within your scope; null when there is none. */
  matter: Maybe<Matter>;
  /** The monthly ranking (三率) of a district's offices and agencies (UNIT, ranked within each 街道) or of its 街道 (SUBDISTRICT), with the month before (docs/rules.md rule 13). ADMIN, ASSESSOR or OFFICIAL of the district; BAD_USER_INPUT on month. */
  matterRanking: MatterRanking;
  /** A district's weights of the three rates for a year (the defaults 10 / 45 / 45 when it set none). */
  matterRankingWeights: MatterRankingWeights;
  /** A page of residents' matters within your scope (default order: overdue first, then by due time — an office's queue). */
  matters: MatterConnection;
  /** The signed-in user. UNAUTHENTICATED without a valid token. */
  me: User;
  /** One mediation by id (ADMINs in scope; service tokens with self-governance:read); null otherwise. */
  mediation: Maybe<Mediation>;
  /** A page of mediation meetings (矛盾协调会) in your scope, latest held first by default; ADMINs and service tokens with self-governance:read read them, other roles get an empty list. */
  mediations: MediationConnection;
  /** One neighborhood by id; null when there is none. */
  neighborhood: Maybe<Neighborhood>;
  /** A page of neighborhoods (居民区 / 居委会 and 村委会). */
  neighborhoods: NeighborhoodConnection;
  /** The record with this id, whatever its type (Relay's Node; refetchable fragments use it), scoped exactly like its type's own lookup: null when there is none and when it is beyond your reach, alike. Ids are the records' own UUIDs, unique across types. UNAUTHENTICATED without a sign-in. */
  node: Maybe<Node>;
  /** The records with these ids, in the same order, each as `node` gives it (null where there is none or it is beyond your reach), in a fixed number of SQL statements however many ids: one to find their types, one per type present. At most 100 ids (BAD_USER_INPUT on ids). UNAUTHENTICATED without a sign-in. */
  nodes: Array<Maybe<Node>>;
  /** One office by id; null when there is none. */
  office: Maybe<Office>;
  /** A page of subdistrict offices (内设机构). */
  offices: OfficeConnection;
  /** One official by id; null when there is none. */
  official: Maybe<Official>;
  /** A page of officials: agency heads, civil servants and community workers. */
  officials: OfficialConnection;
  /** Your district's officials within your scope whose finalised grades give this outcome (docs/rules.md rule 11), by name: for an ADMIN or ASSESSOR, or a token with assessments:read and officials:read. FORBIDDEN for other roles and for any other district, whether it exists or not. */
  officialsByOutcome: OfficialConnection;
  /** One petition by id (ADMINs in scope; service tokens with self-governance:read); null otherwise. */
  petition: Maybe<Petition>;
  /** A page of petitions taken up by agents (信访代理) in your scope, latest taken up first by default; ADMINs and service tokens with self-governance:read read them, other roles get an empty list. */
  petitions: PetitionConnection;
  /** One rating template of your district by id; null when there is none. */
  ratingTemplate: Maybe<RatingTemplate>;
  /** A page of the rating templates of your district, by name. */
  ratingTemplates: RatingTemplateConnection;
  /** Your own ratings at an OPEN meeting (docs/rules.md rule 7): those cast in this sign-in session, or with your ballot code from the browser that holds its secret. Nobody can list anyone else's, and nobody any once the meeting is not OPEN (CONFLICT; a code dies with its meeting). FORBIDDEN (NOT_REGISTERED) for a user not registered for the meeting; for a code, the errors of `ballot`. */
  ratings: RatingConnection;
  /** One residents' survey by id, within your scope; null when there is none. Service tokens need surveys:read. */
  residentSurvey: Maybe<ResidentSurvey>;
  /** A page of residents' surveys within your scope (default order: latest period first). Service tokens need surveys:read. */
  residentSurveys: ResidentSurveyConnection;
  /** One line of a responsibility list by id; null when there is none. */
  responsibilityItem: Maybe<ResponsibilityItem>;
  /** A page of responsibility-list lines (责任清单) of the officials in the caller's scope. */
  responsibilityItems: ResponsibilityItemConnection;
  /** An official's self-report for a year; null when there is none (or the official is outside your scope). */
  selfReport: Maybe<SelfReport>;
  /** One service token of your district by id (ADMIN of the whole district); null when there is none. */
  serviceToken: Maybe<ServiceToken>;
  /** A page of the service tokens of your district, newest first (ADMIN of the whole district). Never the token strings. */
  serviceTokens: ServiceTokenConnection;
  /** One township-level unit by id; null when there is none. */
  subdistrict: Maybe<Subdistrict>;
  /** A 街道's survey rates of one period, rolled up from its neighborhoods' published surveys weighted by answers (docs/rules.md rule 12); null when none is published. FORBIDDEN outside your scope. */
  subdistrictSurveyRates: Maybe<SubdistrictSurveyRates>;
  /** A page of township-level units (街道 / 镇 / 乡). */
  subdistricts: SubdistrictConnection;
  /** The questions a one-time survey code answers, without signing in. BAD_USER_INPUT on code for an unknown or voided code, CONFLICT for a used code or a CLOSED survey; failures are limited per address (UNAUTHENTICATED with retryAfterSeconds past 20 in 15 minutes). */
  surveyForm: SurveyForm;
  /** A survey's results (docs/rules.md rule 12): per question and per dimension once CLOSED with at least its minimum count of answers; before that no figures, and the count only for the 街道's ADMINs and CHAIRs. NOT_FOUND outside your scope. */
  surveyResults: SurveyResults;
  /** A matter followed by its resident's tracking code, without signing in: status, deadlines and timeline, no staff names or personal data; null for an unknown code. Limited to 30 look-ups and ratings per address in 15 minutes (UNAUTHENTICATED with retryAfterSeconds past it). */
  trackedMatter: Maybe<TrackedMatter>;
  /** One user within your scope by id; null when there is none. */
  user: Maybe<User>;
  /** A page of the users within your scope (ADMIN only). */
  users: UserConnection;
  /** A page of one subscription's deliveries, newest first (ADMIN of the whole district). NOT_FOUND. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** A page of the webhook subscriptions of your district, newest first (ADMIN of the whole district). Never their secrets. */
  webhookSubscriptions: WebhookSubscriptionConnection;
  /** One works project by id; null when there is none in your scope. */
  worksProject: Maybe<WorksProject>;
  /** A page of the works projects in your scope, latest recorded first (service tokens: self-governance:read). */
  worksProjects: WorksProjectConnection;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAccountabilityCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAccountabilityCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AccountabilityCaseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AccountabilityCaseOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAnnualAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAnnualAssessmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AnnualAssessmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AnnualAssessmentOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAssessmentOverviewArgs = {
  districtId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAssessmentPolicyArgs = {
  districtId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryBallotArgs = {
  code: Scalars['String']['input'];
  secret: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryBuildingConventionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryBuildingConventionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<BuildingConventionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<BuildingConventionOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryBuildingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<BuildingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<BuildingOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryConventionBreachArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryConventionBreachesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ConventionBreachFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ConventionBreachOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryConventionTallyArgs = {
  versionId: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDepartmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DepartmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<DepartmentOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDispatchedAgenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DispatchedAgencyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<DispatchedAgencyOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDispatchedAgencyArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryDistrictsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DistrictFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<DistrictOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryEvaluationMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryEvaluationMeetingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EvaluationMeetingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<EvaluationMeetingOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryHeadAppointmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryHeadAppointmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HeadAppointmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HeadAppointmentOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryHearingArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryHearingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HearingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryHouseholdConventionArgs = {
  code: Scalars['String']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryInquiriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InquiryFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<InquiryOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMatterArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMatterRankingArgs = {
  districtId: Scalars['ID']['input'];
  level?: MatterRankingLevel;
  month: Scalars['String']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMatterRankingWeightsArgs = {
  districtId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMattersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MatterFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MatterOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMediationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryMediationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MediationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MediationOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryNeighborhoodArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryNeighborhoodsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NeighborhoodFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<NeighborhoodOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryOfficesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OfficeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<OfficeOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryOfficialArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryOfficialsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OfficialFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<OfficialOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryOfficialsByOutcomeArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  outcome: PersonnelOutcome;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryPetitionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryPetitionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PetitionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PetitionOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryRatingTemplateArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryRatingTemplatesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryRatingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  ballotCode: InputMaybe<Scalars['String']['input']>;
  ballotSecret: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  meetingId: Scalars['ID']['input'];
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryResidentSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryResidentSurveysArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ResidentSurveyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ResidentSurveyOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryResponsibilityItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryResponsibilityItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ResponsibilityItemFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ResponsibilityItemOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySelfReportArgs = {
  officialId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryServiceTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryServiceTokensArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ServiceTokenFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySubdistrictArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySubdistrictSurveyRatesArgs = {
  period: Scalars['String']['input'];
  subdistrictId: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySubdistrictsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SubdistrictFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<SubdistrictOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySurveyFormArgs = {
  code: Scalars['String']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryTrackedMatterArgs = {
  trackingCode: Scalars['String']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<UserFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<UserOrder>>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryWebhookDeliveriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryWebhookSubscriptionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryWorksProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs a signed-in user or a service token (except `ballot`), and answers only within the caller's scope: a record beyond it is null, as a missing one is. Lists are Relay cursor connections; `node(id)` finds any record by its id alone. */
export type QueryWorksProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HearingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
};

/** Published figures of one question (docs/rules.md rule 12). */
export type QuestionFigures = {
  /** Scores given. */
  answers: Scalars['Int']['output'];
  /** What it measures. */
  dimension: SurveyDimension;
  /** How many gave 1, 2, 3, 4 and 5 (five counts). */
  distribution: Array<Scalars['Int']['output']>;
  /** The question's key. */
  key: Scalars['String']['output'];
  /** Average score 1–5. */
  mean: Scalars['Float']['output'];
  /** Scores of 4 or 5 / scores given, 0–1. */
  rate: Scalars['Float']['output'];
  /** The question. */
  text: Scalars['String']['output'];
};

/** A resident's rating of a resolved matter, by its tracking code (no sign-in; once). */
export type RateMatterInput = {
  /** Comment, at most 1,000 characters; required (saying something) when DISSATISFIED or VERY_DISSATISFIED. */
  comment: InputMaybe<Scalars['String']['input']>;
  /** Satisfaction on the five levels. */
  satisfaction: Satisfaction;
  /** The tracking code received with the matter, e.g. 4K7Q-M2XD-9TRB-H0CS (case, spaces and hyphens do not matter). */
  trackingCode: Scalars['String']['input'];
};

/** One rating (ballot) of one official at one meeting. It never says who gave it (docs/rules.md rule 7); `ratings` returns only the caller's own. */
export type Rating = Node & {
  /** Why, in the representative's words; required for DISSATISFIED or worse. */
  comment: Maybe<Scalars['String']['output']>;
  /** Opaque id of the ballot. */
  id: Scalars['ID']['output'];
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** Id of the official rated. */
  officialId: Scalars['ID']['output'];
  /** Overall satisfaction. */
  satisfaction: Satisfaction;
  /** The score given to each criterion. */
  scores: Array<CriterionScore>;
};

/** A page of ratings, with their cursors, total count and paging information (a Relay cursor connection). */
export type RatingConnection = {
  /** The ratings of this page with their cursors, in the requested order. */
  edges: Array<RatingEdge>;
  /** The ratings of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Rating>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many ratings match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One criterion of a rating template: representatives score it 1–5; its weight is its share (in points) of the 0–100 score. */
export type RatingCriterion = {
  /** Stable key of the criterion within its template, e.g. "attitude" (letters, digits, "_"). */
  key: Scalars['String']['output'];
  /** What representatives rate, e.g. "服务态度". */
  label: Scalars['String']['output'];
  /** Weight in points, 1–100; the weights of a template sum to 100 (docs/rules.md rule 6). */
  weight: Scalars['Int']['output'];
};

/** One criterion of a new or changed template. */
export type RatingCriterionInput = {
  /** Key, unique in the template: 1–40 letters, digits or "_", e.g. "attitude". */
  key: Scalars['String']['input'];
  /** What representatives rate, 1–100 characters, e.g. "服务态度". */
  label: Scalars['String']['input'];
  /** Weight in points, 1–100; all weights of the template sum to 100. */
  weight: Scalars['Int']['input'];
};

/** One of a page of ratings, with the cursor that marks its place in the list. */
export type RatingEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the ratings). */
  node: Rating;
};

/** A rating template: the criteria, each scored 1–5, whose weights sum to 100 (docs/rules.md rule 6). Kept per district. */
export type RatingTemplate = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The criteria, in the order representatives see them. */
  criteria: Array<RatingCriterion>;
  /** Id of the district the template belongs to. */
  districtId: Scalars['ID']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Name, unique within the district, e.g. "2026年度政务评议标准". */
  name: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of rating templates, with their cursors, total count and paging information (a Relay cursor connection). */
export type RatingTemplateConnection = {
  /** The rating templates of this page with their cursors, in the requested order. */
  edges: Array<RatingTemplateEdge>;
  /** The rating templates of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<RatingTemplate>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many rating templates match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of rating templates, with the cursor that marks its place in the list. */
export type RatingTemplateEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the rating templates). */
  node: RatingTemplate;
};

/** A matter as a first receiver records it (docs/rules.md rule 13: the receiver owns it until it resolves or transfers it). */
export type ReceiveMatterInput = {
  /** How it reached the 街道. */
  channel: MatterChannel;
  /** What the resident reports or asks, 1–4,000 characters. */
  description: Scalars['String']['input'];
  /** The neighborhood where the matter lies, in the same district (a later transfer may cross to that neighborhood's 街道). */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Where: an address or a description of the place, at most 200 characters. */
  place: InputMaybe<Scalars['String']['input']>;
  /** When it was received (UTC), if earlier than now (e.g. by phone before it was entered); not in the future, not before 2000-01-01. Deadlines count from this day. */
  receivedAt: InputMaybe<Scalars['DateTime']['input']>;
  /** The receiving stationed agency, of that 街道. Not with receiverOfficeId. */
  receiverAgencyId: InputMaybe<Scalars['ID']['input']>;
  /** The receiving office, of that 街道. Default: the caller's own office or agency; required for the 街道's own staff. Not with receiverAgencyId. */
  receiverOfficeId: InputMaybe<Scalars['ID']['input']>;
  /** The reporter's name (personal data: shown only to the owner's staff and the 街道's ADMINs), at most 100 characters. */
  reporterName: InputMaybe<Scalars['String']['input']>;
  /** The reporter's phone (personal data, like the name). */
  reporterPhone: InputMaybe<Scalars['String']['input']>;
  /** The 街道 that receives it. */
  subdistrictId: Scalars['ID']['input'];
  /** Short title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** What the resident asks for; sets the deadline. */
  type: MatterType;
};

/** A matter just received, with the resident's tracking code: shown this once (only its hash is kept); give it to the resident to follow and rate the matter. */
export type ReceivedMatterResult = {
  /** The matter. */
  matter: Matter;
  /** The tracking code, e.g. 4K7Q-M2XD-9TRB-H0CS: never shown again. */
  trackingCode: Scalars['String']['output'];
};

/** A breach of a convention in effect. */
export type RecordConventionBreachInput = {
  /** The convention breached; it must have a version in effect. */
  conventionId: Scalars['ID']['input'];
  /** What happened, 1–2000 characters. */
  description: Scalars['String']['input'];
  /** The day of the breach (YYYY-MM-DD, years 2000–2100). */
  occurredOn: Scalars['LocalDate']['input'];
  /** Whether public property was damaged (default false). */
  publicPropertyDamaged: Scalars['Boolean']['input'];
};

/** The outcome of a hearing with its reasons, and the questions as finally recorded. */
export type RecordHearingOutcomeInput = {
  /** SUPPORTED, SUPPORTED_WITH_CONDITIONS or NOT_SUPPORTED. */
  outcome: HearingOutcome;
  /** The full list of questions and answers, replacing the one recorded; omitted: kept. */
  questions: InputMaybe<Array<HearingQuestionInput>>;
  /** The reasons (and conditions), 1–4000 characters. */
  reasons: Scalars['String']['input'];
};

/** One panel's score of an official for a year; replaces an earlier one of the same panel. */
export type RecordThirdPartyEvaluationInput = {
  /** The official. */
  officialId: Scalars['ID']['input'];
  /** The panel. */
  panel: Panel;
  /** Score 0–100. */
  score: Scalars['Float']['input'];
  /** The year. */
  year: Scalars['Int']['input'];
};

/** Where the owner's one appeal against a rectification stands. */
export type RectificationAppealStatus =
  /** Waiting for an ADMIN or ASSESSOR who is not the owner's staff (decideRectificationAppeal). */
  | 'PENDING'
  /** Rejected: the rectification stands. */
  | 'REJECTED'
  /** Upheld: the rating no longer counts in the satisfaction rate and the rectification ends. */
  | 'UPHELD';

/** A residents' survey (居民测评) of one neighborhood for one period: questions under 知晓度, 参与度 and 满意度, each answered 1–5 (docs/rules.md rule 12). */
export type ResidentSurvey = Node & {
  /** When it was closed (UTC). */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Codes issued, used and voided and answers received: for the 街道's ADMINs and CHAIRs at any time (to follow the count), for everyone else once published; null otherwise. */
  counts: Maybe<SurveyCounts>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Fewest answers for the results to be published (default 10, never below 5). */
  minimumAnswers: Scalars['Int']['output'];
  /** The neighborhood surveyed. */
  neighborhood: Neighborhood;
  /** The neighborhood (residents’ committee) surveyed. */
  neighborhoodId: Scalars['ID']['output'];
  /** When it was opened (UTC). */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** The period surveyed: a quarter (2025-Q3, the default), a month, a half year or a year. */
  period: Scalars['String']['output'];
  /** Last day of the period (YYYY-MM-DD, Asia/Shanghai). */
  periodEnd: Scalars['String']['output'];
  /** First day of the period (YYYY-MM-DD, Asia/Shanghai). */
  periodStart: Scalars['String']['output'];
  /** Whether its results are published: CLOSED with at least minimumAnswers answers (docs/rules.md rule 12). */
  published: Scalars['Boolean']['output'];
  /** The questions, in the order residents answer them. */
  questions: Array<SurveyQuestion>;
  /** DRAFT, OPEN or CLOSED. */
  status: SurveyStatus;
  /** Its 街道. */
  subdistrict: Subdistrict;
  /** Its 街道 (the scope the survey lies in). */
  subdistrictId: Scalars['ID']['output'];
  /** Title, e.g. "2025年第三季度居民测评". */
  title: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of residents’ surveys, with their cursors, total count and paging information (a Relay cursor connection). */
export type ResidentSurveyConnection = {
  /** The residents’ surveys of this page with their cursors, in the requested order. */
  edges: Array<ResidentSurveyEdge>;
  /** The residents’ surveys of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<ResidentSurvey>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many residents’ surveys match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of residents’ surveys, with the cursor that marks its place in the list. */
export type ResidentSurveyEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the residents’ surveys). */
  node: ResidentSurvey;
};

/** Conditions a survey must meet to be listed; all given conditions apply. Always limited to your scope. */
export type ResidentSurveyFilter = {
  /** Only surveys in 街道 of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only surveys of this neighborhood. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** Only surveys of this period, e.g. 2025-Q3. */
  period: InputMaybe<Scalars['String']['input']>;
  /** Only surveys in one of these statuses. */
  status: InputMaybe<Array<SurveyStatus>>;
  /** Only surveys of this 街道. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of residentSurveys. */
export type ResidentSurveyOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: ResidentSurveyOrderField;
};

/** What residents’ surveys can be sorted by. */
export type ResidentSurveyOrderField =
  /** When the survey was created. */
  | 'CREATED_AT'
  /** The end of the period surveyed. */
  | 'PERIOD'
  /** DRAFT, OPEN, CLOSED (alphabetically). */
  | 'STATUS';

/** One line of an official's yearly responsibility list (责任清单): a DUTY (该做的) or a RED_LINE (不该做的, 刚性底线). The self-report answers every line (docs/rules.md rule 8). */
export type ResponsibilityItem = Node & {
  /** What the line says, e.g. "每月走访辖区困难家庭"; 1–500 characters. */
  content: Scalars['String']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** DUTY (该做的) or RED_LINE (不该做的, 刚性底线). */
  kind: ResponsibilityKind;
  /** The official whose list this line is on. */
  official: Official;
  /** Id of the official whose list this line is on. */
  officialId: Scalars['ID']['output'];
  /** Place of the line in its list; lists are shown by position, smallest first. */
  position: Scalars['Int']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year of the list, e.g. 2026. */
  year: Scalars['Int']['output'];
};

/** A page of responsibility items, with their cursors, total count and paging information (a Relay cursor connection). */
export type ResponsibilityItemConnection = {
  /** The responsibility items of this page with their cursors, in the requested order. */
  edges: Array<ResponsibilityItemEdge>;
  /** The responsibility items of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<ResponsibilityItem>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many responsibility items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of responsibility items, with the cursor that marks its place in the list. */
export type ResponsibilityItemEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the responsibility items). */
  node: ResponsibilityItem;
};

/** Conditions a responsibility item must meet to be listed; all given conditions apply. */
export type ResponsibilityItemFilter = {
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only DUTY or only RED_LINE items. */
  kind: InputMaybe<ResponsibilityKind>;
  /** Only the lists of this official. */
  officialId: InputMaybe<Scalars['ID']['input']>;
  /** Only the lists of this year. */
  year: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a responsibility-item list. */
export type ResponsibilityItemOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: ResponsibilityItemOrderField;
};

/** Fields a list of responsibility items can be sorted by. */
export type ResponsibilityItemOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By kind (DUTY or RED_LINE). */
  | 'KIND'
  /** By the line's position in its list. */
  | 'POSITION'
  /** By the list's year. */
  | 'YEAR';

/** Kind of a line on an official's yearly responsibility list (责任清单, docs/rules.md rule 8). */
export type ResponsibilityKind =
  /** 该做的: something the official must do; the self-report says whether it was fulfilled. */
  | 'DUTY'
  /** 不该做的 / 刚性底线: something the official must never do; the self-report says whether it was kept. */
  | 'RED_LINE';

/** What a user may do, always within the user's scope (one subdistrict or one district). */
export type Role =
  /** Subdistrict or district staff: keep offices, agencies, officials and users; schedule meetings. */
  | 'ADMIN'
  /** Organisation or discipline-inspection department: accountability cases and annual assessments. */
  | 'ASSESSOR'
  /** 居委会主任: opens and closes evaluation meetings, registers representatives, reads out results. */
  | 'CHAIR'
  /** A district system calling with a service token: one district, and only what the token's scopes allow. */
  | 'INTEGRATION'
  /** An evaluated official: self-reports and their own published results. */
  | 'OFFICIAL'
  /** 居民代表: rates officials at the meetings they are registered for. */
  | 'REPRESENTATIVE';

/** Overall satisfaction, the five levels of the government-service good/bad review system (docs/rules.md rule 5). */
export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 (needs a comment saying why) */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED'
  /** 非常不满意 (needs a comment saying why) */
  | 'VERY_DISSATISFIED'
  /** 非常满意 */
  | 'VERY_SATISFIED';

/** How many ratings chose one satisfaction level. */
export type SatisfactionCount = {
  /** Number of ratings at that level. */
  count: Scalars['Int']['output'];
  /** The level. */
  level: Satisfaction;
};

/** An official's self-report (述职) for a year: a summary and, for every line of that year's responsibility list, whether it was fulfilled (DUTY) or kept (RED_LINE), with a note (docs/rules.md rule 8). */
export type SelfReport = Node & {
  /** One answer per line of the year's responsibility list, in the order of the list. */
  answers: Array<SelfReportAnswer>;
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The official reporting. */
  official: Official;
  /** Id of the official reporting. */
  officialId: Scalars['ID']['output'];
  /** The official's summary of the year, in their own words. */
  summary: Scalars['String']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year reported on, e.g. 2026. */
  year: Scalars['Int']['output'];
};

/** One answer of a self-report: whether one line of the responsibility list was fulfilled (DUTY) or kept (RED_LINE), with a note. */
export type SelfReportAnswer = {
  /** For a DUTY: whether it was fulfilled. For a RED_LINE: whether it was kept (never crossed). */
  fulfilled: Scalars['Boolean']['output'];
  /** The line of the responsibility list this answers. */
  item: ResponsibilityItem;
  /** Id of the responsibility item answered. */
  itemId: Scalars['ID']['output'];
  /** What was done, or why not; 1–1000 characters. */
  note: Scalars['String']['output'];
};

/** The answer to one line of the responsibility list. */
export type SelfReportAnswerInput = {
  /** For a DUTY: fulfilled or not. For a RED_LINE: kept or not. */
  fulfilled: Scalars['Boolean']['input'];
  /** The responsibility item answered: a line of this official's list for this year. */
  itemId: Scalars['ID']['input'];
  /** What was done, or why not; 1–1000 characters. */
  note: Scalars['String']['input'];
};

/** A service token a district system calls with (role INTEGRATION): scoped to one district and to its scopes, valid until expiresAt unless revoked. The token string itself is shown only once, by createServiceToken. */
export type ServiceToken = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Id of the ADMIN who created it; null when that user was deleted. */
  createdById: Maybe<Scalars['ID']['output']>;
  /** Id of the district the token reaches; it sees and changes nothing outside it. */
  districtId: Scalars['ID']['output'];
  /** When the token stops working (UTC); at most one year after its creation. */
  expiresAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** When it was last used (UTC), to within a minute; null when never used. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. "黄浦区组织部人事系统". */
  name: Scalars['String']['output'];
  /** When it was revoked (UTC); null while not revoked. A revoked token stops working at once. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  scopes: Array<IntegrationScope>;
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of service tokens, with their cursors, total count and paging information (a Relay cursor connection). */
export type ServiceTokenConnection = {
  /** The service tokens of this page with their cursors, in the requested order. */
  edges: Array<ServiceTokenEdge>;
  /** The service tokens of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<ServiceToken>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many service tokens match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of service tokens, with the cursor that marks its place in the list. */
export type ServiceTokenEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the service tokens). */
  node: ServiceToken;
};

/** Conditions a service token must meet to be listed; all given conditions apply. */
export type ServiceTokenFilter = {
  /** true: only tokens that still work (not revoked, not expired); false: only those that no longer do. */
  active: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A district's scoring policy for a year (docs/rules.md rule 10). Weights sum to 100; bands 100 ≥ excellentFrom > goodFrom > mediocreFrom ≥ 0. */
export type SetAssessmentPolicyInput = {
  /** The district. */
  districtId: Scalars['ID']['input'];
  /** Lowest EXCELLENT score (default 90). */
  excellentFrom: Scalars['Int']['input'];
  /** Lowest GOOD score (default 75). */
  goodFrom: Scalars['Int']['input'];
  /** The names of the grades (docs/rules.md rule 10); STANDARD (优秀/良好/平庸/较差) when not given. */
  gradeLabels: InputMaybe<GradeLabels>;
  /** Lowest MEDIOCRE score (default 60). */
  mediocreFrom: Scalars['Int']['input'];
  /** Weight of the meeting scores (default 40). */
  meetingWeight: Scalars['Int']['input'];
  /** Fewest ratings for a meeting result to count (1–100, default 3). */
  minRatings: Scalars['Int']['input'];
  /** Each of the four panels once, weights summing to 100 (default 25 each). */
  panelWeights: Array<PanelWeightInput>;
  /** Weight of the assessors' mark on the self-report and inquiries (default 20). */
  selfReportWeight: Scalars['Int']['input'];
  /** Weight of the third-party evaluation (default 40). */
  thirdPartyWeight: Scalars['Int']['input'];
  /** The year. */
  year: Scalars['Int']['input'];
};

/** A district's weights of the three rates for one year; the three sum to 100. */
export type SetMatterRankingWeightsInput = {
  /** The district; you must be an ADMIN of the whole district. */
  districtId: Scalars['ID']['input'];
  /** Points of the resolution rate, 0–100. */
  resolutionWeight: Scalars['Int']['input'];
  /** Points of the response rate, 0–100. */
  responseWeight: Scalars['Int']['input'];
  /** Points of the satisfaction rate, 0–100; the three sum to 100. */
  satisfactionWeight: Scalars['Int']['input'];
  /** The year, 2000–2100. */
  year: Scalars['Int']['input'];
};

/** Marks a project started; an override reason is needed when no hearing supported it. */
export type StartWorksProjectInput = {
  /** The reason of the decision that overrides the hearings (none held, or NOT_SUPPORTED), 1–2000 characters; only needed then. */
  overrideReason: InputMaybe<Scalars['String']['input']>;
};

/** A township-level unit: a subdistrict (街道), town (镇) or township (乡), identified by its 9-digit code. */
export type Subdistrict = Node & {
  /** The agencies district departments station in it (七所八所, docs/rules.md rule 2), by name; within your scope. */
  agencies: Array<DispatchedAgency>;
  /** 9-digit division code; starts with its district's code, e.g. "310101002". */
  code: Scalars['String']['output'];
  /** The district it belongs to. */
  district: District;
  /** Id of the district it belongs to. */
  districtId: Scalars['ID']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** SUBDISTRICT, TOWN, TOWNSHIP or OTHER, derived from the name. */
  kind: SubdistrictKind;
  /** Official name, e.g. "南京东路街道". */
  name: Scalars['String']['output'];
  /** Its offices (docs/rules.md rule 1: six standard offices and at most two self-designated), by kind. */
  offices: Array<Office>;
};

/** A page of subdistricts, with their cursors, total count and paging information (a Relay cursor connection). */
export type SubdistrictConnection = {
  /** The subdistricts of this page with their cursors, in the requested order. */
  edges: Array<SubdistrictEdge>;
  /** The subdistricts of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<Subdistrict>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many subdistricts match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of subdistricts, with the cursor that marks its place in the list. */
export type SubdistrictEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the subdistricts). */
  node: Subdistrict;
};

/** Conditions a subdistrict must meet to be listed; all given conditions apply. */
export type SubdistrictFilter = {
  /** The 9-digit code, or a prefix of it (e.g. "310101" for all of 黄浦区). */
  code: InputMaybe<Scalars['String']['input']>;
  /** Only subdistricts of this district. */
  districtId: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this kind (e.g. SUBDISTRICT for 街道). */
  kind: InputMaybe<SubdistrictKind>;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
};

/** One subdistrict's assessments of the year: the grades of the finalised ones and how many are still DRAFT. */
export type SubdistrictGradeCounts = {
  /** DRAFT assessments of the year in this subdistrict, not yet final. */
  draftCount: Scalars['Int']['output'];
  /** Finalised assessments of the year in this subdistrict. */
  finalizedCount: Scalars['Int']['output'];
  /** Finalised assessments by grade, in the order EXCELLENT, GOOD, MEDIOCRE, POOR, then breach years (null); grades with no assessment are left out. */
  grades: Array<GradeCount>;
  /** The subdistrict. */
  subdistrict: Subdistrict;
  /** The subdistrict. */
  subdistrictId: Scalars['ID']['output'];
};

/** Kind of a township-level unit, from its name: SUBDISTRICT 街道, TOWN 镇, TOWNSHIP 乡 (incl. 民族乡, 苏木), OTHER (开发区, 农场, …). */
export type SubdistrictKind =
  /** Any other township-level unit (development zone, farm, …). */
  | 'OTHER'
  /** 街道: urban subdistrict run by a subdistrict office. */
  | 'SUBDISTRICT'
  /** 镇: town. */
  | 'TOWN'
  /** 乡 / 民族乡 / 苏木: township. */
  | 'TOWNSHIP';

/** One sort key of a subdistrict list. */
export type SubdistrictOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: SubdistrictOrderField;
};

/** Fields a list of subdistricts can be sorted by. */
export type SubdistrictOrderField =
  /** By the 9-digit division code. */
  | 'CODE'
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By kind (subdistrict, town or township). */
  | 'KIND'
  /** By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'NAME';

/** A 街道's survey rates for one period (docs/rules.md rule 12): its neighborhoods' published surveys only, rolled up weighted by answers — each dimension's rate (and mean) is Σ answers × the neighborhood's rate / Σ answers, so a neighborhood of 40 answers counts four times one of 10. */
export type SubdistrictSurveyRates = {
  /** Their answers together. */
  answers: Scalars['Int']['output'];
  /** Per dimension, weighted by answers. */
  dimensions: Array<DimensionFigures>;
  /** The neighborhoods rolled up, by name. */
  neighborhoods: Array<NeighborhoodSurveyRates>;
  /** The average of the three rolled-up rates, 0–1. */
  overallRate: Maybe<Scalars['Float']['output']>;
  /** The period, e.g. 2025-Q3. */
  period: Scalars['String']['output'];
  /** The 街道. */
  subdistrictId: Scalars['ID']['output'];
  /** Published surveys rolled up (one per neighborhood). */
  surveys: Scalars['Int']['output'];
};

/** A rating of one official at an open meeting (docs/rules.md rule 5). A second submission by the same voter replaces the first. */
export type SubmitRatingInput = {
  /** A ballot code from the chair, for a person checked in as a code voter (then no sign-in is needed; docs/rules.md rule 7). */
  ballotCode: InputMaybe<Scalars['String']['input']>;
  /** With `ballotCode`: the secret the voter's browser keeps for that code (32–128 letters, digits, "-" or "_"; e.g. 32 random bytes in base64url). The code binds to the first secret it is used with; after that only this secret opens, amends or reads its ballots (docs/rules.md rule 7). */
  ballotSecret: InputMaybe<Scalars['String']['input']>;
  /** Optional comment (at most 1,000 characters); required for DISSATISFIED or VERY_DISSATISFIED. */
  comment: InputMaybe<Scalars['String']['input']>;
  /** The meeting; it must be OPEN. */
  meetingId: Scalars['ID']['input'];
  /** The official, under evaluation at that meeting. */
  officialId: Scalars['ID']['input'];
  /** Overall satisfaction. */
  satisfaction: Satisfaction;
  /** Exactly one score 1–5 per criterion of the meeting's template. */
  scores: Array<CriterionScoreInput>;
};

/** What submitRating did. A first ballot and an amendment answer in the same shape (docs/rules.md rule 7). */
export type SubmitRatingPayload = {
  /** The caller's rating as stored. */
  rating: Rating;
  /** True when it replaced a rating of the same official that this same session (or this ballot code with this browser) had cast. A rating cast in another sign-in session is replaced too, but this says false, since that session's ballot is not the caller's to read (docs/rules.md rule 7). */
  replaced: Scalars['Boolean']['output'];
};

/** An official's self-report for a year: a summary and exactly one answer per line of that year's responsibility list (docs/rules.md rule 8). */
export type SubmitSelfReportInput = {
  /** One answer for every line of the list, in any order; none missing, repeated or from another list. */
  answers: Array<SelfReportAnswerInput>;
  /** The official reporting. */
  officialId: Scalars['ID']['input'];
  /** Summary of the year, 1–5000 characters. */
  summary: Scalars['String']['input'];
  /** The year reported on (2000–2100); the official's list for that year must exist. */
  year: Scalars['Int']['input'];
};

/** Live updates over graphql-ws at /graphql (send the token in the connection payload): a meeting's progress while it runs. */
export type Subscription = {
  /** Live progress of a meeting you run (its chair, or an ADMIN over it; docs/rules.md rule 7), counts only: sent after every first ballot for an official, check-in, code issued or voided, opening and closing — never after an amendment. Refused once when it starts (FORBIDDEN, NOT_FOUND), and the socket itself is refused without a valid token. */
  meetingProgress: MeetingProgress;
};


/** Live updates over graphql-ws at /graphql (send the token in the connection payload): a meeting's progress while it runs. */
export type SubscriptionMeetingProgressArgs = {
  meetingId: Scalars['ID']['input'];
};

/** An answer taken: the code is used up and nothing links it to the answer. */
export type SurveyAnswerReceipt = {
  /** Questions answered. */
  questionsAnswered: Scalars['Int']['output'];
  /** The survey answered. */
  title: Scalars['String']['output'];
};

/** How a survey's codes and answers stand: for the 街道's ADMINs and CHAIRs at any time, for everyone who reads the survey once its results are published. */
export type SurveyCounts = {
  /** Answers, by code and from paper. */
  answers: Scalars['Int']['output'];
  /** Codes issued. */
  issuedCodes: Scalars['Int']['output'];
  /** Of those, paper answers entered at a meeting. */
  paperAnswers: Scalars['Int']['output'];
  /** Codes that gave their answer. */
  usedCodes: Scalars['Int']['output'];
  /** Codes voided unused. */
  voidedCodes: Scalars['Int']['output'];
};

/** What a survey question measures (docs/rules.md rule 12). */
export type SurveyDimension =
  /** 知晓度: whether residents know what the 街道 and its offices do. */
  | 'AWARENESS'
  /** 参与度: whether residents take part in the 街道’s affairs. */
  | 'PARTICIPATION'
  /** 满意度: whether residents are satisfied with the 街道’s work. */
  | 'SATISFACTION';

/** A survey as a resident with a valid, unused code sees it: what to answer, nothing else. */
export type SurveyForm = {
  /** The neighborhood surveyed. */
  neighborhoodName: Scalars['String']['output'];
  /** The period. */
  period: Scalars['String']['output'];
  /** The questions, to answer 1–5 each. */
  questions: Array<SurveyQuestion>;
  /** OPEN when it takes answers. */
  status: SurveyStatus;
  /** Title. */
  title: Scalars['String']['output'];
};

/** One question of a residents' survey, answered 1 (not at all) – 5 (fully). */
export type SurveyQuestion = {
  /** What it measures: 知晓度, 参与度 or 满意度. */
  dimension: SurveyDimension;
  /** Its key within the survey, e.g. "aware_services"; answers name it. */
  key: Scalars['String']['output'];
  /** The question as residents read it, e.g. "您是否了解街道社区服务办公室的办事项目？". */
  text: Scalars['String']['output'];
};

/** One question of a new survey. */
export type SurveyQuestionInput = {
  /** What it measures. */
  dimension: SurveyDimension;
  /** Its key: a letter, then letters, digits or _ (at most 40), unique within the survey. */
  key: Scalars['String']['input'];
  /** The question as residents read it, 1–300 characters. */
  text: Scalars['String']['input'];
};

/** A survey's results (docs/rules.md rule 12): figures only once the survey is CLOSED and has at least its minimum count of answers; before that only whether and why not, and the count for the 街道's ADMINs and CHAIRs. */
export type SurveyResults = {
  /** Answers received; before publication only for the 街道's ADMINs and CHAIRs (null for everyone else). */
  answerCount: Maybe<Scalars['Int']['output']>;
  /** Per dimension (知晓度, 参与度, 满意度, in that order); empty unless published. */
  dimensions: Array<DimensionFigures>;
  /** Fewest answers for publication. */
  minimumAnswers: Scalars['Int']['output'];
  /** The average of the three dimensions’ rates, 0–1; null unless published. */
  overallRate: Maybe<Scalars['Float']['output']>;
  /** Whether the figures are published: CLOSED and at least minimumAnswers answers. */
  published: Scalars['Boolean']['output'];
  /** Per question, in the survey’s order; empty unless published. */
  questions: Array<QuestionFigures>;
  /** The survey's status. */
  status: SurveyStatus;
  /** The survey. */
  surveyId: Scalars['ID']['output'];
};

/** The score given to one question. */
export type SurveyScoreInput = {
  /** The question's key. */
  question: Scalars['String']['input'];
  /** Score 1 (not at all) – 5 (fully). */
  score: Scalars['Int']['input'];
};

/** One paper answer sheet: one score per question. */
export type SurveySheetInput = {
  /** One score per question of the survey. */
  answers: Array<SurveyScoreInput>;
};

/** Where a residents' survey stands: DRAFT → OPEN → CLOSED, never back (docs/rules.md rule 12). */
export type SurveyStatus =
  /** No more answers; results are published when the minimum count was reached. */
  | 'CLOSED'
  /** Being prepared: codes may be issued, no answers yet. */
  | 'DRAFT'
  /** Taking answers, by survey code or entered from paper at a meeting. */
  | 'OPEN';

/** One third-party panel's score (0–100) of one official for one year (综合评估). */
export type ThirdPartyEvaluation = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** The official. */
  officialId: Scalars['ID']['output'];
  /** The panel. */
  panel: Panel;
  /** Score 0–100. */
  score: Scalars['Float']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A matter as its resident follows it by tracking code, without signing in: status, deadlines and timeline, never staff names or personal data. */
export type TrackedMatter = {
  /** The office's appeal against the rectification, if any. */
  appealStatus: Maybe<RectificationAppealStatus>;
  /** Whether you may rate it now: resolved and not rated yet. */
  canRate: Scalars['Boolean']['output'];
  /** When it is due (UTC). */
  dueAt: Scalars['DateTime']['output'];
  /** The office or agency that owns it now. */
  ownerName: Maybe<Scalars['String']['output']>;
  /** False when an upheld appeal left your rating out of the satisfaction rate (the timeline says why). */
  ratingCounts: Scalars['Boolean']['output'];
  /** When it was received (UTC). */
  receivedAt: Scalars['DateTime']['output'];
  /** When the rectification your dissatisfied rating opened is due. */
  rectificationDueAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was resolved. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Your rating, once given. */
  satisfaction: Maybe<Satisfaction>;
  /** Where it stands. */
  status: MatterStatus;
  /** The timeline, oldest first. */
  timeline: Array<TrackedMatterEvent>;
  /** The title. */
  title: Scalars['String']['output'];
  /** The type. */
  type: MatterType;
};

/** One entry of a matter's timeline as the resident sees it: what happened and which office or agency acted; never a staff member's name. */
export type TrackedMatterEvent = {
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** The listed duty that covers the matter (transfers and decisions). */
  duty: Maybe<Scalars['String']['output']>;
  /** What happened. */
  kind: MatterEventKind;
  /** The answer to the resident: the response, the resolution, or the decision on an appeal; null for internal steps. */
  note: Maybe<Scalars['String']['output']>;
  /** Where the matter went (transfers and decisions). */
  targetName: Maybe<Scalars['String']['output']>;
  /** The office or agency that acted (for a transfer: the one that passed it on). */
  unitName: Maybe<Scalars['String']['output']>;
};

/** A transfer of a matter to the office or agency whose listed duty covers it (docs/rules.md rule 13). Exactly one of targetOfficeId and targetAgencyId. */
export type TransferMatterInput = {
  /** The target's listed duty that covers the matter, exactly as listed (Office.duties, DispatchedAgency.duties). */
  duty: Scalars['String']['input'];
  /** Why the target, not the current owner, must handle it; 1–1,000 characters. */
  reason: Scalars['String']['input'];
  /** The stationed agency it goes to. */
  targetAgencyId: InputMaybe<Scalars['ID']['input']>;
  /** The office it goes to. */
  targetOfficeId: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an OPEN accountability case; omitted fields keep their value, null clears the red-line item. */
export type UpdateAccountabilityCaseInput = {
  /** New handling body. */
  handledBy: InputMaybe<AccountabilityHandler>;
  /** New red-line item (null to clear). */
  responsibilityItemId: InputMaybe<Scalars['ID']['input']>;
  /** New summary, 1–2000 characters. */
  summary: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a building; omitted fields keep their value. A new number of households is the base of the building's OPEN convention versions from now on; an EFFECTIVE version stays in effect (docs/rules.md rule 14). */
export type UpdateBuildingInput = {
  /** New number of households, 1–10000; never fewer than the live codes issued for one OPEN version. */
  households: InputMaybe<Scalars['Int']['input']>;
  /** New name, 1–100 characters. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a department; omitted fields keep their value. */
export type UpdateDepartmentInput = {
  /** New name, unique within the district. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a stationed agency; omitted fields keep their value. */
export type UpdateDispatchedAgencyInput = {
  /** The full new list of duties (replaces the old one); blank lines are dropped and repeats merged. */
  duties: InputMaybe<Array<Scalars['String']['input']>>;
  /** New kind. */
  kind: InputMaybe<AgencyKind>;
  /** New name, unique within the subdistrict. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a district; omitted fields keep their value. */
export type UpdateDistrictInput = {
  /** New 6-digit code; unique. */
  code: InputMaybe<Scalars['String']['input']>;
  /** New name, 1–100 characters. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a DRAFT meeting; omitted fields keep their value, null clears an optional one. */
export type UpdateEvaluationMeetingInput = {
  /** New chair (null: none yet). */
  chairId: InputMaybe<Scalars['ID']['input']>;
  /** New minimum rating count (3–100). */
  minRatings: InputMaybe<Scalars['Int']['input']>;
  /** New neighborhood (null: subdistrict-wide). */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** New planned start. */
  scheduledAt: InputMaybe<Scalars['DateTime']['input']>;
  /** New title. */
  title: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an inquiry, e.g. its answer; omitted fields keep their value, null clears the answer. */
export type UpdateInquiryInput = {
  /** The answer, 1–2000 characters (null: not answered). */
  answer: InputMaybe<Scalars['String']['input']>;
  /** Who asked. */
  askedBy: InputMaybe<Scalars['String']['input']>;
  /** New basis. */
  basis: InputMaybe<InquiryBasis>;
  /** New wording of the question. */
  question: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an OPEN mediation; omitted fields keep their value, null clears the women’s director. */
export type UpdateMediationInput = {
  /** New chair's name. */
  chairName: InputMaybe<Scalars['String']['input']>;
  /** New chair's office. */
  chairRole: InputMaybe<MediationChairRole>;
  /** The full new list of departments. */
  departments: InputMaybe<Array<MediationDepartmentInput>>;
  /** New day (YYYY-MM-DD). */
  heldOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** Whether family, women or children are involved. Once true it stays true: false is then BAD_USER_INPUT on input.involvesFamily (docs/rules.md rule 14). */
  involvesFamily: InputMaybe<Scalars['Boolean']['input']>;
  /** New legal adviser. */
  legalAdviser: InputMaybe<Scalars['String']['input']>;
  /** The full new list of parties, 2–20. */
  parties: InputMaybe<Array<MediationPartyInput>>;
  /** New subject, 1–2000 characters. */
  subject: InputMaybe<Scalars['String']['input']>;
  /** The women's director attending; null: none. */
  womenDirector: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a neighborhood; omitted fields keep their value. */
export type UpdateNeighborhoodInput = {
  /** New 12-digit code; must still start with the subdistrict's code. */
  code: InputMaybe<Scalars['String']['input']>;
  /** New name; the kind is derived from it again. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an office; omitted fields keep their value. The kind and subdistrict do not change. */
export type UpdateOfficeInput = {
  /** The full new list of duties (replaces the old one). */
  duties: InputMaybe<Array<Scalars['String']['input']>>;
  /** New name, unique within the subdistrict. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an official; omitted fields keep their value, null clears an optional one. The result must still satisfy docs/rules.md rule 3, and an agency's consented head cannot move to another category or agency (docs/rules.md rule 2). */
export type UpdateOfficialInput = {
  /** New stationed agency (null to clear). */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** New category. */
  category: InputMaybe<OfficialCategory>;
  /** New external id (null to clear). */
  externalId: InputMaybe<Scalars['String']['input']>;
  /** New full name. */
  name: InputMaybe<Scalars['String']['input']>;
  /** New neighborhood served (null to clear). */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** New office (null to clear). */
  officeId: InputMaybe<Scalars['ID']['input']>;
  /** The 街道 (subdistrict) the official is to serve in; omitted or null keeps it as the office or agency says. To move an official to another 街道 give it with an office (or, for an agency head, an agency) of that 街道: an office or agency elsewhere is BAD_USER_INPUT naming input.officeId or input.agencyId. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
  /** New post or title. */
  title: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an OPEN petition; omitted fields keep their value, matterId null unlinks it. */
export type UpdatePetitionInput = {
  /** New agent organisation. */
  agent: InputMaybe<PetitionAgent>;
  /** New agent's person in charge. */
  agentName: InputMaybe<Scalars['String']['input']>;
  /** New department, of the same district. */
  departmentId: InputMaybe<Scalars['ID']['input']>;
  /** The matter it starts from, of the petition's 街道; null: none. */
  matterId: InputMaybe<Scalars['ID']['input']>;
  /** New petitioner's name. */
  petitionerName: InputMaybe<Scalars['String']['input']>;
  /** New subject, 1–2000 characters. */
  subject: InputMaybe<Scalars['String']['input']>;
  /** New day it was taken up (YYYY-MM-DD); not after its first round of talks. */
  takenUpOn: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a template; omitted fields keep their value. Criteria cannot change once a meeting has used the template. */
export type UpdateRatingTemplateInput = {
  /** The full new list of criteria; weights sum to 100. */
  criteria: InputMaybe<Array<RatingCriterionInput>>;
  /** New name. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a responsibility item; omitted fields keep their value. The official and year stay: delete the line and add it to the other list instead. */
export type UpdateResponsibilityItemInput = {
  /** New wording, 1–500 characters. */
  content: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind: InputMaybe<ResponsibilityKind>;
  /** New place in the list (0–100000). */
  position: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a subdistrict; omitted fields keep their value. */
export type UpdateSubdistrictInput = {
  /** New 9-digit code; must still start with the district's code. */
  code: InputMaybe<Scalars['String']['input']>;
  /** New name; the kind is derived from it again. */
  name: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields keep their value. A new password, role or scope ends every session of the user at once (their tokens stop working); role and scope are changed only by an ADMIN, for another user, within the ADMIN's scope. */
export type UpdateUserInput = {
  /** Your current password: required with `password` when you change your own (BAD_USER_INPUT when missing; FORBIDDEN, reason WRONG_PASSWORD, when wrong, counted by the sign-in limits like a wrong password at sign-in; reason TOO_MANY_ATTEMPTS with `retryAfterSeconds` while over them). Not needed for an ADMIN's reset of another user's password. */
  currentPassword: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  displayName: InputMaybe<Scalars['String']['input']>;
  /** New password, 8–200 characters; your own needs `currentPassword`. An ADMIN resetting another user's password is written to the audit log (who, when, whose; never the password), and is refused (CONFLICT) while that user is registered for an OPEN meeting: reset it after the meeting has closed. */
  password: InputMaybe<Scalars['String']['input']>;
  /** New role (ADMIN only, not your own; not INTEGRATION). A user who stops being an OFFICIAL is no longer linked to an official. */
  role: InputMaybe<Role>;
  /** New scope within the user's district (ADMIN only, not your own): a subdistrict of it, or null for the whole district. Must lie within your scope. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a webhook subscription; fields left out (or null) stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** false pauses it: no new events are queued and its pending deliveries wait; true resumes it. */
  active: InputMaybe<Scalars['Boolean']['input']>;
  /** New list of events; at least one. */
  events: InputMaybe<Array<WebhookEvent>>;
  /** New URL: an absolute http or https URL without user name or password, at most 2,000 characters. */
  url: InputMaybe<Scalars['String']['input']>;
};

/** A convention as a district system keeps it, keyed by externalId within its 街道: a new externalId writes in the convention with text as version 1, OPEN for approval (as createBuildingConvention); a known one takes the title (its text is then not read: later versions are addConventionVersion's). */
export type UpsertBuildingConventionInput = {
  /** The building it binds. */
  buildingId: Scalars['ID']['input'];
  /** Id of the convention in the district system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** Text of version 1, 1–20000 characters. */
  text: Scalars['String']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What an upsert of buildingConventions by externalId did. */
export type UpsertBuildingConventionsResult = {
  /** How many buildingConventions were created (new externalIds). */
  created: Scalars['Int']['output'];
  /** The buildingConventions of the rows, in the rows' order. */
  records: Array<BuildingConvention>;
  /** How many known buildingConventions already had the row's values (nothing written). */
  unchanged: Scalars['Int']['output'];
  /** How many known buildingConventions were changed. */
  updated: Scalars['Int']['output'];
};

/** A hearing as a district system keeps it, keyed by externalId within its 街道: a new externalId records a hearing of a PLANNED project (as createHearing), a known one without an outcome takes these details. */
export type UpsertHearingInput = {
  /** The residents' committee director who chairs, 1–100 characters. */
  chairName: Scalars['String']['input'];
  /** Last day of construction (YYYY-MM-DD), not before the first. */
  constructionEndsOn: Scalars['LocalDate']['input'];
  /** First day of construction (YYYY-MM-DD). */
  constructionStartsOn: Scalars['LocalDate']['input'];
  /** Department heads attending to answer, at most 20. */
  departmentHeads: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id of the hearing in the district system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** The day of the hearing (YYYY-MM-DD, years 2000–2100), not after constructionStartsOn. */
  heldOn: Scalars['LocalDate']['input'];
  /** Who presents the project, 1–100 characters. */
  presenter: Scalars['String']['input'];
  /** The works project. */
  projectId: Scalars['ID']['input'];
  /** The questions put, at most 200. */
  questions: InputMaybe<Array<HearingQuestionInput>>;
  /** The representatives recommended by the party branch, 1–100 names. */
  representatives: Array<Scalars['String']['input']>;
};

/** What an upsert of hearings by externalId did. */
export type UpsertHearingsResult = {
  /** How many hearings were created (new externalIds). */
  created: Scalars['Int']['output'];
  /** The hearings of the rows, in the rows' order. */
  records: Array<Hearing>;
  /** How many known hearings already had the row's values (nothing written). */
  unchanged: Scalars['Int']['output'];
  /** How many known hearings were changed. */
  updated: Scalars['Int']['output'];
};

/** One matter from the district hotline (12345), keyed by externalId: a new externalId creates the matter (received by the named office or agency, by default the 街道's PARTY_GOVERNMENT office), a known one updates its title, description and place. */
export type UpsertMatterInput = {
  /** How it came in (default HOTLINE_12345). */
  channel: InputMaybe<MatterChannel>;
  /** What the resident reports, 1–4,000 characters. */
  description: Scalars['String']['input'];
  /** Id of the matter in the hotline's system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** 12-digit code of the neighborhood where it lies, in the same district. */
  neighborhoodCode: InputMaybe<Scalars['String']['input']>;
  /** Where, at most 200 characters. */
  place: InputMaybe<Scalars['String']['input']>;
  /** When the hotline received it (UTC, default now); not in the future, not before 2000-01-01. Set on creation only. */
  receivedAt: InputMaybe<Scalars['DateTime']['input']>;
  /** The receiving stationed agency of that 街道. */
  receiverAgencyId: InputMaybe<Scalars['ID']['input']>;
  /** The receiving office of that 街道; default its PARTY_GOVERNMENT office. Not with receiverAgencyId. */
  receiverOfficeId: InputMaybe<Scalars['ID']['input']>;
  /** The reporter's name (personal data), at most 100 characters. Set on creation only. */
  reporterName: InputMaybe<Scalars['String']['input']>;
  /** The reporter's phone (personal data). Set on creation only. */
  reporterPhone: InputMaybe<Scalars['String']['input']>;
  /** 9-digit code of the 街道 the hotline dispatches it to (in the token's district). */
  subdistrictCode: Scalars['String']['input'];
  /** Short title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** The type; sets the deadline. Not changed by later rows. */
  type: MatterType;
};

/** What upsertMatters did. */
export type UpsertMattersResult = {
  /** Rows that created a matter. */
  created: Scalars['Int']['output'];
  /** Each row, in input order. */
  matters: Array<UpsertedMatter>;
  /** Rows identical to the stored matter. */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed an existing matter's title, description or place. */
  updated: Scalars['Int']['output'];
};

/** A mediation as a district system keeps it, keyed by externalId within its 街道: a new externalId records an OPEN mediation (as createMediation), a known OPEN one takes these details. */
export type UpsertMediationInput = {
  /** The chair's name, 1–100 characters. */
  chairName: Scalars['String']['input'];
  /** The chair's office. */
  chairRole: MediationChairRole;
  /** The departments concerned with the laws they cite, at most 10. */
  departments: InputMaybe<Array<MediationDepartmentInput>>;
  /** BETWEEN_NEIGHBOURS or UNIT_AND_RESIDENTS. */
  disputeKind: DisputeKind;
  /** Id of the mediation in the district system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** The day of the meeting (YYYY-MM-DD, years 2000–2100). */
  heldOn: Scalars['LocalDate']['input'];
  /** Whether family, women or children are involved (then the women's director must attend). */
  involvesFamily: Scalars['Boolean']['input'];
  /** The neighborhood's volunteer legal adviser attending, 1–100 characters. */
  legalAdviser: Scalars['String']['input'];
  /** The neighborhood (居民区) where it is held. */
  neighborhoodId: Scalars['ID']['input'];
  /** The parties, 2–20. */
  parties: Array<MediationPartyInput>;
  /** What the dispute is about, 1–2000 characters. */
  subject: Scalars['String']['input'];
  /** The women's director attending, 1–100 characters. */
  womenDirector: InputMaybe<Scalars['String']['input']>;
};

/** What an upsert of mediations by externalId did. */
export type UpsertMediationsResult = {
  /** How many mediations were created (new externalIds). */
  created: Scalars['Int']['output'];
  /** The mediations of the rows, in the rows' order. */
  records: Array<Mediation>;
  /** How many known mediations already had the row's values (nothing written). */
  unchanged: Scalars['Int']['output'];
  /** How many known mediations were changed. */
  updated: Scalars['Int']['output'];
};

/** One official to insert or update, found by externalId. The whole row replaces the official's fields (an omitted title becomes empty, an omitted neighborhood none). Where the official serves (docs/rules.md rule 3): an AGENCY_HEAD by agencyId, or by subdistrictCode + agencyKind when that subdistrict has exactly one agency of that kind; a CIVIL_SERVANT or COMMUNITY_WORKER by officeId, or by subdistrictCode + officeKind (a standard kind). The neighborhood by neighborhoodId or neighborhoodCode. */
export type UpsertOfficialInput = {
  /** The stationed agency of an agency head, by id. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** With subdistrictCode: the kind of the stationed agency (the subdistrict must have exactly one of that kind). */
  agencyKind: InputMaybe<AgencyKind>;
  /** AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER. */
  category: OfficialCategory;
  /** Id of the person in the district HR system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** Full name, 1–100 characters. */
  name: Scalars['String']['input'];
  /** The neighborhood a community worker serves, by its 12-digit code. */
  neighborhoodCode: InputMaybe<Scalars['String']['input']>;
  /** The neighborhood a community worker serves, by id. */
  neighborhoodId: InputMaybe<Scalars['ID']['input']>;
  /** The office of a civil servant or community worker, by id. */
  officeId: InputMaybe<Scalars['ID']['input']>;
  /** With subdistrictCode: the kind of the office (one of the six standard kinds). */
  officeKind: InputMaybe<OfficeKind>;
  /** 9-digit code of the subdistrict, with officeKind or agencyKind instead of an id. */
  subdistrictCode: InputMaybe<Scalars['String']['input']>;
  /** Post or title, at most 100 characters (default empty). */
  title: InputMaybe<Scalars['String']['input']>;
};

/** What an upsertOfficials call did: every row is counted once. */
export type UpsertOfficialsResult = {
  /** Rows whose externalId was new: officials created. */
  inserted: Scalars['Int']['output'];
  /** Rows identical to the stored official: nothing written. */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed an existing official. */
  updated: Scalars['Int']['output'];
};

/** A petition as a district system keeps it, keyed by externalId within its 街道: a new externalId records an OPEN petition (as createPetition), a known OPEN one takes these details. */
export type UpsertPetitionInput = {
  /** The organisation that takes the petition up. */
  agent: PetitionAgent;
  /** The agent organisation's person in charge, 1–100 characters. */
  agentName: Scalars['String']['input'];
  /** The department the agent negotiates with: one of the neighborhood's district. */
  departmentId: Scalars['ID']['input'];
  /** Id of the petition in the district system: 1–100 characters without spaces; the key of the upsert. */
  externalId: Scalars['String']['input'];
  /** The resident's matter (诉求) the petition starts from; it must be of the neighborhood's 街道 (BAD_USER_INPUT on input.matterId otherwise). */
  matterId: InputMaybe<Scalars['ID']['input']>;
  /** The neighborhood (居民区) where the petitioner lives. */
  neighborhoodId: Scalars['ID']['input'];
  /** The petitioner's name, 1–100 characters (personal). */
  petitionerName: Scalars['String']['input'];
  /** What the petition asks, 1–2000 characters. */
  subject: Scalars['String']['input'];
  /** The day the agent took it up (YYYY-MM-DD, years 2000–2100). */
  takenUpOn: Scalars['LocalDate']['input'];
};

/** What an upsert of petitions by externalId did. */
export type UpsertPetitionsResult = {
  /** How many petitions were created (new externalIds). */
  created: Scalars['Int']['output'];
  /** The petitions of the rows, in the rows' order. */
  records: Array<Petition>;
  /** How many known petitions already had the row's values (nothing written). */
  unchanged: Scalars['Int']['output'];
  /** How many known petitions were changed. */
  updated: Scalars['Int']['output'];
};

/** One row of upsertMatters: the matter and, when it was created, the tracking code to give the resident (shown this once). */
export type UpsertedMatter = {
  /** Whether the row created the matter (false: it updated or left an existing one). */
  created: Scalars['Boolean']['output'];
  /** The row's externalId. */
  externalId: Scalars['String']['output'];
  /** The matter. */
  matter: Matter;
  /** For a created matter, the resident's tracking code, never shown again; null otherwise. */
  trackingCode: Maybe<Scalars['String']['output']>;
};

/** A person who signs in, with a role and a scope: one whole district, or one subdistrict of it. */
export type User = Node & {
  /** For an ADMIN of a 街道: the stationed agency whose staff they are, likewise. At most one of officeId and agencyId is set. */
  agencyId: Maybe<Scalars['ID']['output']>;
  /** Name shown in the panel, e.g. "张主任". */
  displayName: Scalars['String']['output'];
  /** The district of the user's scope. */
  district: District;
  /** The district of the user's scope (for a subdistrict scope, the subdistrict's district). */
  districtId: Scalars['ID']['output'];
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** For an ADMIN of a 街道: the office whose staff they are; they act for it on residents' matters (docs/rules.md rule 13). Null for the 街道's own staff, who act for any of its offices. */
  officeId: Maybe<Scalars['ID']['output']>;
  /** For an OFFICIAL user, the official they are: their own page (我的评议) reads their assessments, self-reports and, through the meetings, their published results from here. Null for other roles, for a user linked to no official, or when the official lies outside your scope. */
  official: Maybe<Official>;
  /** For an OFFICIAL user, the official they are; such a user never rates that official (docs/rules.md rule 5). */
  officialId: Maybe<Scalars['ID']['output']>;
  /** What the user may do. */
  role: Role;
  /** The subdistrict of the user's scope; null for a whole district. */
  subdistrict: Maybe<Subdistrict>;
  /** The subdistrict of the user's scope; null when the scope is the whole district. */
  subdistrictId: Maybe<Scalars['ID']['output']>;
  /** Sign-in name: 3–40 lowercase letters, digits, ".", "_" or "-"; unique. */
  username: Scalars['String']['output'];
};

/** A page of users, with their cursors, total count and paging information (a Relay cursor connection). */
export type UserConnection = {
  /** The users of this page with their cursors, in the requested order. */
  edges: Array<UserEdge>;
  /** The users of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<User>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many users match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of users, with the cursor that marks its place in the list. */
export type UserEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the users). */
  node: User;
};

/** Conditions a user must meet to be listed; all given conditions apply. */
export type UserFilter = {
  /** Only these ids. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the username or display name, case-insensitive; Latin letters also match the pinyin or the initials of the display name, e.g. "zhang" or "zzr" finds 张主任 (docs/rules.md rule 15). */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only this role. */
  role: InputMaybe<Role>;
  /** Only users scoped to this subdistrict. */
  subdistrictId: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a user list. */
export type UserOrder = {
  /** ASC (default) or DESC. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: UserOrderField;
};

/** Fields a list of users can be sorted by. */
export type UserOrderField =
  /** By when the record was created. */
  | 'CREATED_AT'
  /** By the pinyin of the display name, as a dictionary orders it (docs/rules.md rule 15). */
  | 'DISPLAY_NAME'
  /** By role. */
  | 'ROLE'
  /** By username. */
  | 'USERNAME';

/** Ballot codes to void (docs/rules.md rule 7): unused codes only; give `codes`, or `allUnused`. */
export type VoidBallotCodesInput = {
  /** true: void every code of the meeting that has cast no ballot yet (also codes opened in a browser without voting). */
  allUnused: InputMaybe<Scalars['Boolean']['input']>;
  /** The codes to void, as printed (e.g. "K7PQM-3XWAR"), at most 500; each must be an unused code of this meeting. */
  codes: InputMaybe<Array<Scalars['String']['input']>>;
  /** The meeting (DRAFT or OPEN). */
  meetingId: Scalars['ID']['input'];
};

/** Household codes to void: those listed, or every unused one. */
export type VoidHouseholdCodesInput = {
  /** true: void every code of the version not used yet. */
  allUnused: InputMaybe<Scalars['Boolean']['input']>;
  /** The codes to void (slips lost or never handed out). */
  codes: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version whose codes to void. */
  versionId: Scalars['ID']['input'];
};

/** Unused survey codes to void (slips handed back or never handed out). */
export type VoidSurveyCodesInput = {
  /** Void every code of the survey that has not been used. */
  allUnused: InputMaybe<Scalars['Boolean']['input']>;
  /** The codes to void, as printed (at most 500). */
  codes: InputMaybe<Array<Scalars['String']['input']>>;
  /** The survey (DRAFT or OPEN). */
  surveyId: Scalars['ID']['input'];
};

/** What voidBallotCodes did. */
export type VoidedBallotCodes = {
  /** The meeting. */
  meetingId: Scalars['ID']['output'];
  /** How many codes this call voided (codes already voided are not counted again). */
  voided: Scalars['Int']['output'];
};

/** How many household codes were voided. */
export type VoidedHouseholdCodes = {
  /** The version. */
  versionId: Scalars['ID']['output'];
  /** Codes voided by this call (already voided ones are not counted again). */
  voided: Scalars['Int']['output'];
};

/** How many survey codes were voided. */
export type VoidedSurveyCodes = {
  /** The survey. */
  surveyId: Scalars['ID']['output'];
  /** Codes voided now (already voided ones are not counted). */
  voided: Scalars['Int']['output'];
};

/** How a person present at a meeting votes (docs/rules.md rule 7). Each person is on the attendance roll once, with one mode. */
export type VotingMode =
  /** Signed in with their own account (a representative registered for the meeting). */
  | 'ACCOUNT'
  /** With a one-time ballot code handed out at check-in; their account, if any, may not vote at this meeting. */
  | 'CODE';

/** One event queued for one webhook subscription, and how sending it went. */
export type WebhookDelivery = Node & {
  /** Every attempt sent so far, counted when it is sent (also one whose answer never came), across redeliveries. */
  attempts: Scalars['Int']['output'];
  /** When the event happened and the delivery was queued (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver last accepted it (UTC); null until it first did. A redelivery keeps it until the receiver accepts again. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event. */
  event: WebhookEvent;
  /** Opaque, stable id; the receiver sees it in the X-Pingyi-Delivery header. */
  id: Scalars['ID']['output'];
  /** Why the most recent failed attempt failed, in short: an HTTP status, a network error, or "refused: …" with the reason the URL policy refused the target (then the delivery is FAILED at once, never retried); kept after a later success, so it is not cleared by one; null when no attempt has failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (UTC): the job queue retries a failed attempt after e^n seconds (n the attempt of the series, at most e^10 ≈ 6.1 hours); meaningless once DELIVERED or FAILED. */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** What is sent as `data`: ids and figures only. */
  payload: Scalars['JSONObject']['output'];
  /** PENDING, DELIVERED or FAILED. */
  status: WebhookDeliveryStatus;
  /** The subscription. */
  subscriptionId: Scalars['ID']['output'];
};

/** A page of webhook deliveries, with their cursors, total count and paging information (a Relay cursor connection). */
export type WebhookDeliveryConnection = {
  /** The webhook deliveries of this page with their cursors, in the requested order. */
  edges: Array<WebhookDeliveryEdge>;
  /** The webhook deliveries of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<WebhookDelivery>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many webhook deliveries match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of webhook deliveries, with the cursor that marks its place in the list. */
export type WebhookDeliveryEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the webhook deliveries). */
  node: WebhookDelivery;
};

/** PENDING (waiting for its next attempt), DELIVERED (the receiver answered 2xx) or FAILED (every attempt failed, or the target was refused; no more are made). */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Every attempt of its series failed, or the URL policy refused its target (a private or link-local address, a scheme other than http(s); lastError says which) on the first; no more are made unless it is redelivered. */
  | 'FAILED'
  /** Waiting for its next attempt. */
  | 'PENDING';

/** An event a webhook subscription receives; the receiver sees its name in the X-Pingyi-Event header. */
export type WebhookEvent =
  /** assessment.finalized — an annual assessment was finalised: official id, externalId, year, score, grade, redLineBreached. */
  | 'ASSESSMENT_FINALIZED'
  /** matter.overdue — the overdue job found a matter past its due time unresolved: matter id, externalId, owner, dueAt, overdueAt. */
  | 'MATTER_OVERDUE'
  /** matter.resolved — a matter (or its rectification) was resolved: matter id, externalId, owner, resolvedAt, dueAt, whether in time. */
  | 'MATTER_RESOLVED'
  /** matter.transferred — a resident's matter changed owner (a transfer, a run-around escalation or the PARTY_GOVERNMENT office's decision): matter id, externalId, type, status, 街道, old and new owner, duty, working days charged, runAround, times. Never the reporter's name or phone. */
  | 'MATTER_TRANSFERRED'
  /** meeting.closed — an evaluation meeting closed: its id, subdistrict, year and each official's id, externalId, count, rate and score (rate and score only where published). */
  | 'MEETING_CLOSED';

/** A webhook of a district: Pingyi POSTs the chosen events of the district to url as JSON, signed with the subscription's secret (X-Pingyi-Signature: sha256=<hex HMAC-SHA256 of the body>). The secret is shown only once, by createWebhookSubscription. */
export type WebhookSubscription = Node & {
  /** Whether new events are queued for it. */
  active: Scalars['Boolean']['output'];
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Id of the ADMIN who created it; null when that user was deleted. */
  createdById: Maybe<Scalars['ID']['output']>;
  /** Id of the district whose events are sent. */
  districtId: Scalars['ID']['output'];
  /** The events sent. */
  events: Array<WebhookEvent>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Where the events are POSTed (http or https). */
  url: Scalars['String']['output'];
};

/** A page of webhook subscriptions, with their cursors, total count and paging information (a Relay cursor connection). */
export type WebhookSubscriptionConnection = {
  /** The webhook subscriptions of this page with their cursors, in the requested order. */
  edges: Array<WebhookSubscriptionEdge>;
  /** The webhook subscriptions of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<WebhookSubscription>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many webhook subscriptions match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of webhook subscriptions, with the cursor that marks its place in the list. */
export type WebhookSubscriptionEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the webhook subscriptions). */
  node: WebhookSubscription;
};

/** The petitioner's withdrawal of an OPEN petition. */
export type WithdrawPetitionInput = {
  /** Why it was withdrawn, 1–4000 characters. */
  reason: Scalars['String']['input'];
};

/** Works that touch residents' lives (a government practical project 政府实事项目, road works…) in a neighborhood; marked started only after a hearing that did not reject it, or by a recorded override decision with its reason (docs/rules.md rule 14). */
export type WorksProject = Node & {
  /** When this record was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Its hearings, by day. */
  hearings: Array<Hearing>;
  /** Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record. */
  id: Scalars['ID']['output'];
  /** Name of the project, e.g. "宁波路道路大修工程". */
  name: Scalars['String']['output'];
  /** The neighborhood where the works happen. */
  neighborhood: Neighborhood;
  /** Id of the neighborhood where the works happen. */
  neighborhoodId: Scalars['ID']['output'];
  /** The reason of the decision that started it without a supporting hearing (override); null when a hearing supported it or it has not started. */
  overrideReason: Maybe<Scalars['String']['output']>;
  /** When it was marked started (ISO 8601, UTC); null while PLANNED. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** PLANNED or STARTED. */
  status: WorksProjectStatus;
  /** Id of the neighborhood's subdistrict (街道). */
  subdistrictId: Scalars['ID']['output'];
  /** When this record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of worksProjects, with their cursors, total count and paging information (a Relay cursor connection). */
export type WorksProjectConnection = {
  /** The worksProjects of this page with their cursors, in the requested order. */
  edges: Array<WorksProjectEdge>;
  /** The worksProjects of this page, in the requested order (the edges' nodes, without cursors). */
  nodes: Array<WorksProject>;
  /** Where this page lies in the list, with the cursors of its ends. */
  pageInfo: PageInfo;
  /** How many worksProjects match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of a page of worksProjects, with the cursor that marks its place in the list. */
export type WorksProjectEdge = {
  /** Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy. */
  cursor: Scalars['String']['output'];
  /** The node (one of the worksProjects). */
  node: WorksProject;
};

/** Where a works project stands (docs/rules.md rule 14). */
export type WorksProjectStatus =
  /** Not started; hearings are held before it starts. */
  | 'PLANNED'
  /** Marked started: after a hearing that did not reject it, or by an override decision. */
  | 'STARTED';
