/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an accountability case stands; CONCLUDED is final. */
export type AccountabilityStatus =
  /** Closed with a written conclusion and whether a breach was confirmed; final. */
  | 'CONCLUDED'
  /** Being handled; its details may still change. */
  | 'OPEN';

/** A new version of a convention’s text, OPEN for approval. */
export type AddConventionVersionInput = {
  /** The convention. */
  conventionId: string | number;
  /** The new text, 1–20000 characters. */
  text: string;
};

/** A resident's answer with a one-time survey code (no account): exactly one score 1–5 for every question of the survey. */
export type AnswerSurveyInput = {
  /** One score per question of the survey. */
  answers: Array<SurveyScoreInput>;
  /** The code on the slip, e.g. K7PQM-3XWAR; case, spaces and hyphens do not matter. */
  code: string;
};

/** A household's answer to a convention version, with its one-time household code. */
export type ApproveConventionInput = {
  /** true: the household approves the version; false: it does not. */
  approve: boolean;
  /** The household code from the slip, e.g. "K7PQM-3XWAR" (case and dashes do not matter). */
  code: string;
};

/** DRAFT (recomputed on request, may be overridden) → FINALIZED (final). */
export type AssessmentStatus =
  /** Recomputed on request; assessors may override its grade with a written reason. */
  | 'DRAFT'
  /** Final (docs/rules.md rule 10): it no longer changes. */
  | 'FINALIZED';

/** Who followed up a breach of a building convention (docs/rules.md rule 14). */
export type BreachFollowUpParty =
  /** 业委会: the owners’ committee. */
  | 'OWNERS_COMMITTEE'
  /** 物业公司: the property management company. */
  | 'PROPERTY_COMPANY'
  /** 居委会: the residents’ committee. */
  | 'RESIDENTS_COMMITTEE';

/** People to check in at a meeting (docs/rules.md rule 7): REPRESENTATIVE users by id and, for code voters, people without an account by name. Each person is on the roll once. */
export type CheckInInput = {
  /** The meeting (DRAFT or OPEN). */
  meetingId: string | number;
  /** How they vote: ACCOUNT (registered representatives, signed in) or CODE (each gets a one-time ballot code, and their account, if any, may not vote here). */
  mode: VotingMode;
  /** CODE only: names of people without an account (1–100 characters each, at most 200), e.g. "王芳（3号楼）"; a name already on the roll is refused, so add what tells two people of the same name apart. */
  names?: Array<string> | null | undefined;
  /** REPRESENTATIVE users of the meeting's subdistrict, at most 200; for ACCOUNT they must be registered for the meeting. */
  userIds?: Array<string | number> | null | undefined;
};

/** The conclusion that closes an accountability case for good. */
export type ConcludeAccountabilityCaseInput = {
  /** Whether the conclusion confirms a red-line breach; true marks that year's assessment redLineBreached. */
  breachConfirmed: boolean;
  /** The written conclusion, 1–4000 characters; not blank. */
  conclusion: string;
};

/** The written record that concludes a mediation for good. */
export type ConcludeMediationInput = {
  /** The written record (调解笔录), 1–20000 characters. */
  record: string;
  /** The women's director who attended, when not given before; required where family, women or children are involved. */
  womenDirector?: string | null | undefined;
};

/** How a petition's talks ended: with the agreement reached, or without agreement and why. */
export type ConcludePetitionInput = {
  /** The agreement reached, 1–20000 characters: required for AGREED (BAD_USER_INPUT on input.agreement), refused otherwise. */
  agreement?: string | null | undefined;
  /** AGREED or NOT_AGREED. */
  outcome: PetitionOutcome;
  /** Why no agreement was reached, 1–4000 characters: required for NOT_AGREED (BAD_USER_INPUT on input.reason). */
  reason?: string | null | undefined;
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

/** A new residents' survey of one neighborhood (docs/rules.md rule 12), created DRAFT. You must be an ADMIN whose scope covers its 街道. */
export type CreateResidentSurveyInput = {
  /** Fewest answers for the results to be published: 5–10000, default 10. */
  minimumAnswers?: number | null | undefined;
  /** The neighborhood (residents’ committee) surveyed. */
  neighborhoodId: string | number;
  /** The period: a quarter (2025-Q3), a month (2025-07), a half year (2025-H2) or a year (2025); default the current quarter (Asia/Shanghai). One survey per neighborhood and period (CONFLICT on input.period). */
  period?: string | null | undefined;
  /** The questions, at least one per dimension, at most 30; default Pingyi's six standard questions (two per dimension). */
  questions?: Array<SurveyQuestionInput> | null | undefined;
  /** Title, 1–200 characters; default "<period> <neighborhood> 居民测评". */
  title?: string | null | undefined;
};

/** A new service token for a district system. */
export type CreateServiceTokenInput = {
  /** The district the token reaches; the caller must be an ADMIN of the whole district. */
  districtId: string | number;
  /** When the token stops working (UTC): in the future and at most one year from now. */
  expiresAt: string;
  /** What the token is for, 1–100 characters. */
  name: string;
  /** What the token may do; at least one scope. */
  scopes: Array<IntegrationScope>;
};

/** A new webhook subscription of a district. */
export type CreateWebhookSubscriptionInput = {
  /** The district whose events are sent; the caller must be an ADMIN of the whole district. */
  districtId: string | number;
  /** The events to send; at least one. */
  events: Array<WebhookEvent>;
  /** Where to POST the events: an absolute http or https URL without user name or password, at most 2,000 characters. */
  url: string;
};

/** The score of one criterion. */
export type CriterionScoreInput = {
  /** The criterion's key in the meeting's template. */
  key: string;
  /** Score 1 (worst) – 5 (best). */
  score: number;
};

/** The PARTY_GOVERNMENT office's decision on the owner of an escalated matter. Exactly one of ownerOfficeId and ownerAgencyId. */
export type DecideMatterOwnerInput = {
  /** Its listed duty that covers the matter. */
  duty: string;
  /** The stationed agency that must handle it. */
  ownerAgencyId?: string | number | null | undefined;
  /** The office that must handle it. */
  ownerOfficeId?: string | number | null | undefined;
  /** Why; 1–1,000 characters. */
  reason: string;
};

/** What a mediation meeting (矛盾协调会) settles (docs/rules.md rule 14). */
export type DisputeKind =
  /** A dispute between neighbours. */
  | 'BETWEEN_NEIGHBOURS'
  /** A dispute between a unit (a company, a building site, an institution) and residents. */
  | 'UNIT_AND_RESIDENTS';

/** A follow-up of a breach by the residents' committee, the owners' committee or the property company. */
export type FollowUpConventionBreachInput = {
  /** What they did or decided, 1–2000 characters. */
  action: string;
  /** The breach. */
  breachId: string | number;
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

/** The names of the four grades on a district's policy (docs/rules.md rule 10); the grades and bands are the same under either. */
export type GradeLabels =
  /** The civil service's names: EXCELLENT 优秀, GOOD 称职, MEDIOCRE 基本称职, POOR 不称职. */
  | 'CIVIL_SERVICE'
  /** EXCELLENT 优秀, GOOD 良好, MEDIOCRE 平庸, POOR 较差 (the default). */
  | 'STANDARD';

/** The party working committee's answer to a proposed agency head. */
export type HeadAppointmentDecision =
  /** Consent: the official becomes the agency's head, and the previous head's term ends that day. */
  | 'CONSENTED'
  /** Refusal; needs a reason. The official does not become head. */
  | 'REFUSED';

/** Conditions an agency-head appointment must meet to be listed; all given conditions apply. */
export type HeadAppointmentFilter = {
  /** Only appointments to the head of this agency. */
  agencyId?: string | number | null | undefined;
  /** Only these ids. */
  ids?: Array<string | number> | null | undefined;
  /** Only appointments of this official. */
  officialId?: string | number | null | undefined;
  /** Only this status, e.g. PROPOSED for those waiting for a decision. */
  status?: HeadAppointmentStatus | null | undefined;
  /** Only appointments in agencies of this subdistrict. */
  subdistrictId?: string | number | null | undefined;
};

/** Where an agency-head appointment stands (征得同意权, docs/rules.md rule 2). */
export type HeadAppointmentStatus =
  /** The party working committee consented: the official is (or was) the agency's head. */
  | 'CONSENTED'
  /** Proposed by the agency's district department; waiting for the party working committee. */
  | 'PROPOSED'
  /** The party working committee refused, with a reason; the official never became head. */
  | 'REFUSED';

/** The outcome of a decision hearing (决策听证会, docs/rules.md rule 14), given with its reasons. */
export type HearingOutcome =
  /** They do not support it: the project may start only by an override decision with its reason. */
  | 'NOT_SUPPORTED'
  /** The representatives support the project. */
  | 'SUPPORTED'
  /** They support it on the conditions stated in the reasons. */
  | 'SUPPORTED_WITH_CONDITIONS';

/** A question put at a hearing, with its answer when given. */
export type HearingQuestionInput = {
  /** The answer, 1–4000 characters. */
  answer?: string | null | undefined;
  /** Who answered (the presenter or a department head), 1–100 characters. */
  answeredBy?: string | null | undefined;
  /** Who asked, 1–100 characters. */
  askedBy: string;
  /** The question, 1–2000 characters. */
  question: string;
};

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
  count: number;
  /** The OPEN version. */
  versionId: string | number;
};

/** Survey codes to print for a DRAFT or OPEN survey. */
export type IssueSurveyCodesInput = {
  /** How many codes, 1–500. */
  count: number;
  /** The survey. */
  surveyId: string | number;
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

/** A decision on an extension request or an appeal, with its reason. */
export type MatterDecisionInput = {
  /** true: approve the extension / uphold the appeal; false: refuse / reject it. */
  approve: boolean;
  /** Why; 1–1,000 characters. */
  reason: string;
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

/** What a monthly matter ranking (三率) ranks. */
export type MatterRankingLevel =
  /** Each 街道 of the district, ranked within the district. */
  | 'SUBDISTRICT'
  /** Each office and stationed agency, ranked within its 街道. */
  | 'UNIT';

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
  text: string;
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

/** Who chairs a mediation meeting (docs/rules.md rule 14). */
export type MediationChairRole =
  /** 社区委员会主任: the community committee’s director. */
  | 'COMMUNITY_COMMITTEE_DIRECTOR'
  /** 调解主任: the mediation director. */
  | 'MEDIATION_DIRECTOR'
  /** 居委会主任: the residents’ committee’s director. */
  | 'RESIDENTS_COMMITTEE_DIRECTOR';

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
  ids: Array<string | number>;
  /** The meeting. */
  meetingId: string | number;
};

/** Lifecycle of an evaluation meeting (docs/rules.md rule 4): DRAFT → OPEN → CLOSED; closing is final. */
export type MeetingStatus =
  /** Over: results are frozen; nothing changes any more. */
  | 'CLOSED'
  /** Being prepared: people and officials are registered; no ratings yet. */
  | 'DRAFT'
  /** In session: registered representatives rate the officials under evaluation. */
  | 'OPEN';

/** Which of the three kinds of evaluated people an official is (docs/rules.md rule 3). */
export type OfficialCategory =
  /** 派出机构负责人: head of a stationed agency; belongs to an agency. */
  | 'AGENCY_HEAD'
  /** 街道公务员: subdistrict civil servant; belongs to an office. */
  | 'CIVIL_SERVANT'
  /** 受聘职业社区工作者: contracted professional community worker; belongs to an office, usually serving one neighborhood. */
  | 'COMMUNITY_WORKER';

/** Conditions an official must meet to be listed; all given conditions apply. */
export type OfficialFilter = {
  /** Only officials of this stationed agency. */
  agencyId?: string | number | null | undefined;
  /** Only this category. */
  category?: OfficialCategory | null | undefined;
  /** Only officials serving in subdistricts of this district. */
  districtId?: string | number | null | undefined;
  /** Only the official with this external (district HR) id. */
  externalId?: string | null | undefined;
  /** Only these ids. */
  ids?: Array<string | number> | null | undefined;
  /** Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "wang" or "wjg" finds 王建国 (docs/rules.md rule 15). */
  nameContains?: string | null | undefined;
  /** Only community workers serving this neighborhood. */
  neighborhoodId?: string | number | null | undefined;
  /** Only officials of this office. */
  officeId?: string | number | null | undefined;
  /** Only officials serving in this subdistrict. */
  subdistrictId?: string | number | null | undefined;
};

/** An assessor's override of a DRAFT assessment's grade. */
export type OverrideGradeInput = {
  /** The grade that is to count. */
  grade: Grade;
  /** Why, in writing (1–2,000 characters). */
  reason: string;
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

/** The weight of one panel. */
export type PanelWeightInput = {
  /** The panel. */
  panel: Panel;
  /** Weight in points, 0–100. */
  weight: number;
};

/** Use of results (docs/rules.md rule 11), from finalised grades in consecutive calendar years ending with the latest. */
export type PersonnelOutcome =
  /** Two POOR years in a row: to be dismissed. */
  | 'DISMISSAL'
  /** Three EXCELLENT years in a row: eligible for promotion. */
  | 'PROMOTION_ELIGIBLE'
  /** Three MEDIOCRE years in a row: to be reassigned. */
  | 'REASSIGNMENT';

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

/** One round of talks between the agent and the department. */
export type PetitionTalkInput = {
  /** The day of the talks (YYYY-MM-DD): not before the petition was taken up nor before the last round. */
  heldOn: string;
  /** Who took part, 1–30 names of 1–100 characters. */
  participants: Array<string>;
  /** What was said and where the talks stand, 1–20000 characters. */
  summary: string;
};

/** A resident's rating of a resolved matter, by its tracking code (no sign-in; once). */
export type RateMatterInput = {
  /** Comment, at most 1,000 characters; required (saying something) when DISSATISFIED or VERY_DISSATISFIED. */
  comment?: string | null | undefined;
  /** Satisfaction on the five levels. */
  satisfaction: Satisfaction;
  /** The tracking code received with the matter, e.g. 4K7Q-M2XD-9TRB-H0CS (case, spaces and hyphens do not matter). */
  trackingCode: string;
};

/** A matter as a first receiver records it (docs/rules.md rule 13: the receiver owns it until it resolves or transfers it). */
export type ReceiveMatterInput = {
  /** How it reached the 街道. */
  channel: MatterChannel;
  /** What the resident reports or asks, 1–4,000 characters. */
  description: string;
  /** The neighborhood where the matter lies, in the same district (a later transfer may cross to that neighborhood's 街道). */
  neighborhoodId?: string | number | null | undefined;
  /** Where: an address or a description of the place, at most 200 characters. */
  place?: string | null | undefined;
  /** When it was received (UTC), if earlier than now (e.g. by phone before it was entered); not in the future, not before 2000-01-01. Deadlines count from this day. */
  receivedAt?: string | null | undefined;
  /** The receiving stationed agency, of that 街道. Not with receiverOfficeId. */
  receiverAgencyId?: string | number | null | undefined;
  /** The receiving office, of that 街道. Default: the caller's own office or agency; required for the 街道's own staff. Not with receiverAgencyId. */
  receiverOfficeId?: string | number | null | undefined;
  /** The reporter's name (personal data: shown only to the owner's staff and the 街道's ADMINs), at most 100 characters. */
  reporterName?: string | null | undefined;
  /** The reporter's phone (personal data, like the name). */
  reporterPhone?: string | null | undefined;
  /** The 街道 that receives it. */
  subdistrictId: string | number;
  /** Short title, 1–200 characters. */
  title: string;
  /** What the resident asks for; sets the deadline. */
  type: MatterType;
};

/** The outcome of a hearing with its reasons, and the questions as finally recorded. */
export type RecordHearingOutcomeInput = {
  /** SUPPORTED, SUPPORTED_WITH_CONDITIONS or NOT_SUPPORTED. */
  outcome: HearingOutcome;
  /** The full list of questions and answers, replacing the one recorded; omitted: kept. */
  questions?: Array<HearingQuestionInput> | null | undefined;
  /** The reasons (and conditions), 1–4000 characters. */
  reasons: string;
};

/** Where the owner's one appeal against a rectification stands. */
export type RectificationAppealStatus =
  /** Waiting for an ADMIN or ASSESSOR who is not the owner's staff (decideRectificationAppeal). */
  | 'PENDING'
  /** Rejected: the rectification stands. */
  | 'REJECTED'
  /** Upheld: the rating no longer counts in the satisfaction rate and the rectification ends. */
  | 'UPHELD';

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

/** A district's scoring policy for a year (docs/rules.md rule 10). Weights sum to 100; bands 100 ≥ excellentFrom > goodFrom > mediocreFrom ≥ 0. */
export type SetAssessmentPolicyInput = {
  /** The district. */
  districtId: string | number;
  /** Lowest EXCELLENT score (default 90). */
  excellentFrom: number;
  /** Lowest GOOD score (default 75). */
  goodFrom: number;
  /** The names of the grades (docs/rules.md rule 10); STANDARD (优秀/良好/平庸/较差) when not given. */
  gradeLabels?: GradeLabels | null | undefined;
  /** Lowest MEDIOCRE score (default 60). */
  mediocreFrom: number;
  /** Weight of the meeting scores (default 40). */
  meetingWeight: number;
  /** Fewest ratings for a meeting result to count (1–100, default 3). */
  minRatings: number;
  /** Each of the four panels once, weights summing to 100 (default 25 each). */
  panelWeights: Array<PanelWeightInput>;
  /** Weight of the assessors' mark on the self-report and inquiries (default 20). */
  selfReportWeight: number;
  /** Weight of the third-party evaluation (default 40). */
  thirdPartyWeight: number;
  /** The year. */
  year: number;
};

/** Marks a project started; an override reason is needed when no hearing supported it. */
export type StartWorksProjectInput = {
  /** The reason of the decision that overrides the hearings (none held, or NOT_SUPPORTED), 1–2000 characters; only needed then. */
  overrideReason?: string | null | undefined;
};

/** A rating of one official at an open meeting (docs/rules.md rule 5). A second submission by the same voter replaces the first. */
export type SubmitRatingInput = {
  /** A ballot code from the chair, for a person checked in as a code voter (then no sign-in is needed; docs/rules.md rule 7). */
  ballotCode?: string | null | undefined;
  /** With `ballotCode`: the secret the voter's browser keeps for that code (32–128 letters, digits, "-" or "_"; e.g. 32 random bytes in base64url). The code binds to the first secret it is used with; after that only this secret opens, amends or reads its ballots (docs/rules.md rule 7). */
  ballotSecret?: string | null | undefined;
  /** Optional comment (at most 1,000 characters); required for DISSATISFIED or VERY_DISSATISFIED. */
  comment?: string | null | undefined;
  /** The meeting; it must be OPEN. */
  meetingId: string | number;
  /** The official, under evaluation at that meeting. */
  officialId: string | number;
  /** Overall satisfaction. */
  satisfaction: Satisfaction;
  /** Exactly one score 1–5 per criterion of the meeting's template. */
  scores: Array<CriterionScoreInput>;
};

/** What a survey question measures (docs/rules.md rule 12). */
export type SurveyDimension =
  /** 知晓度: whether residents know what the 街道 and its offices do. */
  | 'AWARENESS'
  /** 参与度: whether residents take part in the 街道’s affairs. */
  | 'PARTICIPATION'
  /** 满意度: whether residents are satisfied with the 街道’s work. */
  | 'SATISFACTION';

/** One question of a new survey. */
export type SurveyQuestionInput = {
  /** What it measures. */
  dimension: SurveyDimension;
  /** Its key: a letter, then letters, digits or _ (at most 40), unique within the survey. */
  key: string;
  /** The question as residents read it, 1–300 characters. */
  text: string;
};

/** The score given to one question. */
export type SurveyScoreInput = {
  /** The question's key. */
  question: string;
  /** Score 1 (not at all) – 5 (fully). */
  score: number;
};

/** Where a residents' survey stands: DRAFT → OPEN → CLOSED, never back (docs/rules.md rule 12). */
export type SurveyStatus =
  /** No more answers; results are published when the minimum count was reached. */
  | 'CLOSED'
  /** Being prepared: codes may be issued, no answers yet. */
  | 'DRAFT'
  /** Taking answers, by survey code or entered from paper at a meeting. */
  | 'OPEN';

/** A transfer of a matter to the office or agency whose listed duty covers it (docs/rules.md rule 13). Exactly one of targetOfficeId and targetAgencyId. */
export type TransferMatterInput = {
  /** The target's listed duty that covers the matter, exactly as listed (Office.duties, DispatchedAgency.duties). */
  duty: string;
  /** Why the target, not the current owner, must handle it; 1–1,000 characters. */
  reason: string;
  /** The stationed agency it goes to. */
  targetAgencyId?: string | number | null | undefined;
  /** The office it goes to. */
  targetOfficeId?: string | number | null | undefined;
};

/** Changes to a webhook subscription; fields left out (or null) stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** false pauses it: no new events are queued and its pending deliveries wait; true resumes it. */
  active?: boolean | null | undefined;
  /** New list of events; at least one. */
  events?: Array<WebhookEvent> | null | undefined;
  /** New URL: an absolute http or https URL without user name or password, at most 2,000 characters. */
  url?: string | null | undefined;
};

/** Conditions a user must meet to be listed; all given conditions apply. */
export type UserFilter = {
  /** Only these ids. */
  ids?: Array<string | number> | null | undefined;
  /** Part of the username or display name, case-insensitive; Latin letters also match the pinyin or the initials of the display name, e.g. "zhang" or "zzr" finds 张主任 (docs/rules.md rule 15). */
  nameContains?: string | null | undefined;
  /** Only this role. */
  role?: Role | null | undefined;
  /** Only users scoped to this subdistrict. */
  subdistrictId?: string | number | null | undefined;
};

/** Ballot codes to void (docs/rules.md rule 7): unused codes only; give `codes`, or `allUnused`. */
export type VoidBallotCodesInput = {
  /** true: void every code of the meeting that has cast no ballot yet (also codes opened in a browser without voting). */
  allUnused?: boolean | null | undefined;
  /** The codes to void, as printed (e.g. "K7PQM-3XWAR"), at most 500; each must be an unused code of this meeting. */
  codes?: Array<string> | null | undefined;
  /** The meeting (DRAFT or OPEN). */
  meetingId: string | number;
};

/** Household codes to void: those listed, or every unused one. */
export type VoidHouseholdCodesInput = {
  /** true: void every code of the version not used yet. */
  allUnused?: boolean | null | undefined;
  /** The codes to void (slips lost or never handed out). */
  codes?: Array<string> | null | undefined;
  /** The version whose codes to void. */
  versionId: string | number;
};

/** How a person present at a meeting votes (docs/rules.md rule 7). Each person is on the attendance roll once, with one mode. */
export type VotingMode =
  /** Signed in with their own account (a representative registered for the meeting). */
  | 'ACCOUNT'
  /** With a one-time ballot code handed out at check-in; their account, if any, may not vote at this meeting. */
  | 'CODE';

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

/** The petitioner's withdrawal of an OPEN petition. */
export type WithdrawPetitionInput = {
  /** Why it was withdrawn, 1–4000 characters. */
  reason: string;
};

/** Where a works project stands (docs/rules.md rule 14). */
export type WorksProjectStatus =
  /** Not started; hearings are held before it starts. */
  | 'PLANNED'
  /** Marked started: after a hearing that did not reject it, or by an override decision. */
  | 'STARTED';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, districtId: string, subdistrictId: string | null } } };

export type AssessmentFieldsFragment = { id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, gradeLabels: GradeLabels, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> };

export type AssessmentPolicyFieldsFragment = { meetingWeight: number, thirdPartyWeight: number, selfReportWeight: number, excellentFrom: number, goodFrom: number, mediocreFrom: number, minRatings: number, gradeLabels: GradeLabels, panelWeights: Array<{ panel: Panel, weight: number }> };

export type OfficialAssessmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficialAssessmentsQuery = { official: { id: string, name: string, outcome: PersonnelOutcome | null, redLineBreaches: Array<number>, assessments: Array<{ id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, gradeLabels: GradeLabels, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> }> } | null };

export type AssessmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentDetailQuery = { annualAssessment: { id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, gradeLabels: GradeLabels, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> } | null };

export type OverrideGradeMutationVariables = Exact<{
  id: string | number;
  input: OverrideGradeInput;
}>;


export type OverrideGradeMutation = { overrideAnnualAssessmentGrade: { id: string } };

export type FinalizeAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type FinalizeAssessmentMutation = { finalizeAnnualAssessment: { id: string, status: AssessmentStatus } };

export type AssessmentOverviewQueryVariables = Exact<{
  districtId: string | number;
  year: number;
}>;


export type AssessmentOverviewQuery = { assessmentOverview: { districtId: string, year: number, draftCount: number, finalizedCount: number, grades: Array<{ grade: Grade | null, count: number }>, subdistricts: Array<{ subdistrictId: string, draftCount: number, finalizedCount: number, subdistrict: { id: string, name: string }, grades: Array<{ grade: Grade | null, count: number }> }> } };

export type OfficialsByOutcomeQueryVariables = Exact<{
  districtId: string | number;
  outcome: PersonnelOutcome;
}>;


export type OfficialsByOutcomeQuery = { officialsByOutcome: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, subdistrict: { name: string } }> } };

export type AssessmentPolicyQueryVariables = Exact<{
  districtId: string | number;
  year: number;
}>;


export type AssessmentPolicyQuery = { assessmentPolicy: { meetingWeight: number, thirdPartyWeight: number, selfReportWeight: number, excellentFrom: number, goodFrom: number, mediocreFrom: number, minRatings: number, gradeLabels: GradeLabels, panelWeights: Array<{ panel: Panel, weight: number }> } | null };

export type SetAssessmentPolicyMutationVariables = Exact<{
  input: SetAssessmentPolicyInput;
}>;


export type SetAssessmentPolicyMutation = { setAssessmentPolicy: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, districtId: string, subdistrictId: string | null, district: { id: string, name: string }, official: { id: string, name: string, title: string } | null } };

export type AgencyAppointmentFieldsFragment = { id: string, status: HeadAppointmentStatus, startsOn: string | null, endsOn: string | null, reason: string | null, official: { id: string, name: string, title: string } };

export type DecideHeadAppointmentMutationVariables = Exact<{
  id: string | number;
  decision: HeadAppointmentDecision;
  reason?: string | null | undefined;
}>;


export type DecideHeadAppointmentMutation = { decideHeadAppointment: { id: string, status: HeadAppointmentStatus } };

export type AgencyHeadsQueryVariables = Exact<{
  id: string | number;
  filter?: HeadAppointmentFilter | null | undefined;
}>;


export type AgencyHeadsQuery = { dispatchedAgency: { head: { id: string, name: string, title: string } | null, headHistory: Array<{ id: string, status: HeadAppointmentStatus, startsOn: string | null, endsOn: string | null, reason: string | null, official: { id: string, name: string, title: string } }> } | null, headAppointments: { nodes: Array<{ id: string, status: HeadAppointmentStatus, startsOn: string | null, endsOn: string | null, reason: string | null, official: { id: string, name: string, title: string } }> } };

export type ConcludeCaseMutationVariables = Exact<{
  id: string | number;
  input: ConcludeAccountabilityCaseInput;
}>;


export type ConcludeCaseMutation = { concludeAccountabilityCase: { id: string, status: AccountabilityStatus, conclusion: string | null, breachConfirmed: boolean | null, concludedAt: string | null } };

export type CreateServiceTokenMutationVariables = Exact<{
  input: CreateServiceTokenInput;
}>;


export type CreateServiceTokenMutation = { createServiceToken: { token: string, serviceToken: { id: string } } };

export type RevokeServiceTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeServiceTokenMutation = { revokeServiceToken: { id: string, revokedAt: string | null } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookMutation = { createWebhookSubscription: { secret: string, webhookSubscription: { id: string } } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, nextAttemptAt: string, createdAt: string, deliveredAt: string | null }> } };

export type SetWebhookActiveMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookSubscriptionInput;
}>;


export type SetWebhookActiveMutation = { updateWebhookSubscription: { id: string, active: boolean } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

export type MatterPageFieldsFragment = { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> };

export type MatterPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterPageQuery = { matter: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } | null };

export type ReceiveMatterMutationVariables = Exact<{
  input: ReceiveMatterInput;
}>;


export type ReceiveMatterMutation = { receiveMatter: { trackingCode: string, matter: { id: string } } };

export type RespondToMatterMutationVariables = Exact<{
  id: string | number;
  input: MatterTextInput;
}>;


export type RespondToMatterMutation = { respondToMatter: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type ResolveMatterMutationVariables = Exact<{
  id: string | number;
  input: MatterTextInput;
}>;


export type ResolveMatterMutation = { resolveMatter: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type RequestMatterExtensionMutationVariables = Exact<{
  id: string | number;
  input: MatterTextInput;
}>;


export type RequestMatterExtensionMutation = { requestMatterExtension: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type AppealRectificationMutationVariables = Exact<{
  id: string | number;
  input: MatterTextInput;
}>;


export type AppealRectificationMutation = { appealRectification: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type DecideMatterExtensionMutationVariables = Exact<{
  id: string | number;
  input: MatterDecisionInput;
}>;


export type DecideMatterExtensionMutation = { decideMatterExtension: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type DecideRectificationAppealMutationVariables = Exact<{
  id: string | number;
  input: MatterDecisionInput;
}>;


export type DecideRectificationAppealMutation = { decideRectificationAppeal: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type TransferMatterMutationVariables = Exact<{
  id: string | number;
  input: TransferMatterInput;
}>;


export type TransferMatterMutation = { transferMatter: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type DecideMatterOwnerMutationVariables = Exact<{
  id: string | number;
  input: DecideMatterOwnerInput;
}>;


export type DecideMatterOwnerMutation = { decideMatterOwner: { id: string, type: MatterType, channel: MatterChannel, status: MatterStatus, title: string, description: string, place: string, subdistrictId: string, neighborhoodId: string | null, ownerOfficeId: string | null, ownerAgencyId: string | null, ownerName: string | null, receiverName: string | null, receivedAt: string, responseDueAt: string, dueAt: string, respondedAt: string | null, response: string | null, resolvedAt: string | null, resolution: string | null, overdueAt: string | null, runAround: boolean, transferCount: number, extensionStatus: MatterExtensionStatus | null, satisfaction: Satisfaction | null, ratingComment: string | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, rectificationDueAt: string | null, workingDaysLeft: number | null, reporter: { name: string, phone: string, masked: boolean }, events: Array<{ id: string, kind: MatterEventKind, at: string, unitName: string | null, targetName: string | null, duty: string | null, note: string | null, chargedWorkingDays: number | null, satisfaction: Satisfaction | null, decision: string | null }> } };

export type TransferTargetsQueryVariables = Exact<{
  subdistrictId: string | number;
}>;


export type TransferTargetsQuery = { offices: { nodes: Array<{ id: string, name: string, duties: Array<string>, subdistrictId: string }> }, dispatchedAgencies: { nodes: Array<{ id: string, name: string, duties: Array<string>, subdistrictId: string }> } };

export type MatterFiguresFieldsFragment = { received: number, respondedInTime: number, responseRate: number | null, due: number, resolvedInTime: number, resolutionRate: number | null, rated: number, satisfied: number, satisfactionRate: number | null, chargedWorkingDays: number, score: number | null };

export type MatterRankingQueryVariables = Exact<{
  districtId: string | number;
  month: string;
  level: MatterRankingLevel;
}>;


export type MatterRankingQuery = { matterRanking: { month: string, previousMonth: string, weights: { responseWeight: number, resolutionWeight: number, satisfactionWeight: number }, rows: Array<{ subdistrictId: string, subdistrictName: string, officeId: string | null, agencyId: string | null, name: string, rank: number | null, previousRank: number | null, current: { received: number, respondedInTime: number, responseRate: number | null, due: number, resolvedInTime: number, resolutionRate: number | null, rated: number, satisfied: number, satisfactionRate: number | null, chargedWorkingDays: number, score: number | null }, previous: { received: number, respondedInTime: number, responseRate: number | null, due: number, resolvedInTime: number, resolutionRate: number | null, rated: number, satisfied: number, satisfactionRate: number | null, chargedWorkingDays: number, score: number | null } }> } };

export type TrackedMatterFieldsFragment = { title: string, type: MatterType, status: MatterStatus, receivedAt: string, dueAt: string, resolvedAt: string | null, rectificationDueAt: string | null, canRate: boolean, satisfaction: Satisfaction | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, timeline: Array<{ kind: MatterEventKind, at: string, note: string | null, unitName: string | null, targetName: string | null }> };

export type TrackedMatterQueryVariables = Exact<{
  trackingCode: string;
}>;


export type TrackedMatterQuery = { trackedMatter: { title: string, type: MatterType, status: MatterStatus, receivedAt: string, dueAt: string, resolvedAt: string | null, rectificationDueAt: string | null, canRate: boolean, satisfaction: Satisfaction | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, timeline: Array<{ kind: MatterEventKind, at: string, note: string | null, unitName: string | null, targetName: string | null }> } | null };

export type RateMatterMutationVariables = Exact<{
  input: RateMatterInput;
}>;


export type RateMatterMutation = { rateMatter: { title: string, type: MatterType, status: MatterStatus, receivedAt: string, dueAt: string, resolvedAt: string | null, rectificationDueAt: string | null, canRate: boolean, satisfaction: Satisfaction | null, ratingCounts: boolean, appealStatus: RectificationAppealStatus | null, timeline: Array<{ kind: MatterEventKind, at: string, note: string | null, unitName: string | null, targetName: string | null }> } };

export type MeetingProgressFieldsFragment = { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, voters: number, finishedAll: number, turnout: number | null, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> };

export type OfficialSummaryFragment = { id: string, name: string, category: OfficialCategory, title: string };

export type CriterionFieldsFragment = { key: string, label: string, weight: number };

export type UserSummaryFragment = { id: string, displayName: string, username: string };

export type MeetingRoomFieldsFragment = { id: string, title: string, year: number, status: MeetingStatus, minRatings: number, scheduledAt: string | null, openedAt: string | null, closedAt: string | null, chairId: string | null, subdistrictId: string, chair: { id: string, displayName: string } | null, subdistrict: { id: string, name: string }, neighborhood: { id: string, name: string } | null, template: { id: string, name: string, criteria: Array<{ key: string, label: string, weight: number }> }, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> };

export type MeetingRoomQueryVariables = Exact<{
  id: string | number;
  withRepresentatives: boolean;
}>;


export type MeetingRoomQuery = { evaluationMeeting: { id: string, title: string, year: number, status: MeetingStatus, minRatings: number, scheduledAt: string | null, openedAt: string | null, closedAt: string | null, chairId: string | null, subdistrictId: string, representatives?: Array<{ id: string, displayName: string, username: string }>, chair: { id: string, displayName: string } | null, subdistrict: { id: string, name: string }, neighborhood: { id: string, name: string } | null, template: { id: string, name: string, criteria: Array<{ key: string, label: string, weight: number }> }, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } | null };

export type MeetingProgressNowQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingProgressNowQuery = { evaluationMeeting: { progress: { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, voters: number, finishedAll: number, turnout: number | null, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> } } | null };

export type MeetingProgressSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingProgressSubscription = { meetingProgress: { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, voters: number, finishedAll: number, turnout: number | null, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> } };

export type MeetingResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingResultsQuery = { evaluationMeeting: { id: string, title: string, year: number, status: MeetingStatus, minRatings: number, scheduledAt: string | null, openedAt: string | null, closedAt: string | null, chairId: string | null, subdistrictId: string, results: Array<{ officialId: string, ratingCount: number, rate: number | null, weightedScore: number | null, publishedComments: Array<string>, satisfactionDistribution: Array<{ level: Satisfaction, count: number }> | null, criterionMeans: Array<{ key: string, label: string, weight: number, mean: number }> | null, official: { id: string, name: string, category: OfficialCategory, title: string } }>, chair: { id: string, displayName: string } | null, subdistrict: { id: string, name: string }, neighborhood: { id: string, name: string } | null, template: { id: string, name: string, criteria: Array<{ key: string, label: string, weight: number }> }, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } | null };

export type MyMeetingResultsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMeetingResultsQuery = { evaluationMeetings: { nodes: Array<{ id: string, title: string, year: number, closedAt: string | null, results: Array<{ officialId: string, ratingCount: number, rate: number | null, weightedScore: number | null, criterionMeans: Array<{ key: string, label: string, weight: number, mean: number }> | null }> }> } };

export type MeetingAttendeesQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingAttendeesQuery = { evaluationMeeting: { attendees: Array<{ id: string, mode: VotingMode, userId: string | null, name: string, checkedIn: boolean }> } | null };

export type OpenMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenMeetingMutation = { openMeeting: { id: string, status: MeetingStatus } };

export type CloseMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseMeetingMutation = { closeMeeting: { id: string, status: MeetingStatus } };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { checkInAttendees: { checkedIn: number, codes: Array<string> } };

export type VoidCodesMutationVariables = Exact<{
  input: VoidBallotCodesInput;
}>;


export type VoidCodesMutation = { voidBallotCodes: { voided: number } };

export type RegisterRepresentativesMutationVariables = Exact<{
  input: MeetingPeopleInput;
}>;


export type RegisterRepresentativesMutation = { registerRepresentatives: { id: string } };

export type UnregisterRepresentativesMutationVariables = Exact<{
  input: MeetingPeopleInput;
}>;


export type UnregisterRepresentativesMutation = { unregisterRepresentatives: { id: string } };

export type AddMeetingOfficialsMutationVariables = Exact<{
  input: MeetingPeopleInput;
}>;


export type AddMeetingOfficialsMutation = { addMeetingOfficials: { id: string } };

export type RemoveMeetingOfficialsMutationVariables = Exact<{
  input: MeetingPeopleInput;
}>;


export type RemoveMeetingOfficialsMutation = { removeMeetingOfficials: { id: string } };

export type RepresentativeUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type RepresentativeUsersQuery = { users: { nodes: Array<{ id: string, displayName: string, username: string }> } };

export type OfficialsToAddQueryVariables = Exact<{
  filter?: OfficialFilter | null | undefined;
}>;


export type OfficialsToAddQuery = { officials: { nodes: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } };

export type PetitionPageFieldsFragment = { id: string, status: PetitionStatus, subject: string, petitionerName: string, agent: PetitionAgent, agentName: string, takenUpOn: string, agreement: string | null, closingReason: string | null, closedAt: string | null, departmentId: string, matterId: string | null, department: { id: string, name: string } | null, neighborhood: { id: string, name: string }, matter: { id: string, title: string } | null, talks: Array<{ round: number, heldOn: string, participants: Array<string>, summary: string }> };

export type PetitionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionPageQuery = { petition: { id: string, status: PetitionStatus, subject: string, petitionerName: string, agent: PetitionAgent, agentName: string, takenUpOn: string, agreement: string | null, closingReason: string | null, closedAt: string | null, departmentId: string, matterId: string | null, department: { id: string, name: string } | null, neighborhood: { id: string, name: string }, matter: { id: string, title: string } | null, talks: Array<{ round: number, heldOn: string, participants: Array<string>, summary: string }> } | null };

export type RecordPetitionTalkMutationVariables = Exact<{
  id: string | number;
  input: PetitionTalkInput;
}>;


export type RecordPetitionTalkMutation = { recordPetitionTalk: { id: string, status: PetitionStatus, subject: string, petitionerName: string, agent: PetitionAgent, agentName: string, takenUpOn: string, agreement: string | null, closingReason: string | null, closedAt: string | null, departmentId: string, matterId: string | null, department: { id: string, name: string } | null, neighborhood: { id: string, name: string }, matter: { id: string, title: string } | null, talks: Array<{ round: number, heldOn: string, participants: Array<string>, summary: string }> } };

export type ConcludePetitionMutationVariables = Exact<{
  id: string | number;
  input: ConcludePetitionInput;
}>;


export type ConcludePetitionMutation = { concludePetition: { id: string, status: PetitionStatus, subject: string, petitionerName: string, agent: PetitionAgent, agentName: string, takenUpOn: string, agreement: string | null, closingReason: string | null, closedAt: string | null, departmentId: string, matterId: string | null, department: { id: string, name: string } | null, neighborhood: { id: string, name: string }, matter: { id: string, title: string } | null, talks: Array<{ round: number, heldOn: string, participants: Array<string>, summary: string }> } };

export type WithdrawPetitionMutationVariables = Exact<{
  id: string | number;
  input: WithdrawPetitionInput;
}>;


export type WithdrawPetitionMutation = { withdrawPetition: { id: string, status: PetitionStatus, subject: string, petitionerName: string, agent: PetitionAgent, agentName: string, takenUpOn: string, agreement: string | null, closingReason: string | null, closedAt: string | null, departmentId: string, matterId: string | null, department: { id: string, name: string } | null, neighborhood: { id: string, name: string }, matter: { id: string, title: string } | null, talks: Array<{ round: number, heldOn: string, participants: Array<string>, summary: string }> } };

export type HearingPageFieldsFragment = { id: string, projectId: string, subdistrictId: string, presenter: string, chairName: string, heldOn: string, constructionStartsOn: string, constructionEndsOn: string, representatives: Array<string>, departmentHeads: Array<string>, outcome: HearingOutcome | null, outcomeReasons: string | null, decidedAt: string | null, questions: Array<{ askedBy: string, question: string, answer: string | null, answeredBy: string | null }>, project: { id: string, name: string, status: WorksProjectStatus, startedAt: string | null, overrideReason: string | null, neighborhood: { id: string, name: string } } };

export type HearingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type HearingPageQuery = { hearing: { id: string, projectId: string, subdistrictId: string, presenter: string, chairName: string, heldOn: string, constructionStartsOn: string, constructionEndsOn: string, representatives: Array<string>, departmentHeads: Array<string>, outcome: HearingOutcome | null, outcomeReasons: string | null, decidedAt: string | null, questions: Array<{ askedBy: string, question: string, answer: string | null, answeredBy: string | null }>, project: { id: string, name: string, status: WorksProjectStatus, startedAt: string | null, overrideReason: string | null, neighborhood: { id: string, name: string } } } | null };

export type RecordHearingOutcomeMutationVariables = Exact<{
  id: string | number;
  input: RecordHearingOutcomeInput;
}>;


export type RecordHearingOutcomeMutation = { recordHearingOutcome: { id: string, projectId: string, subdistrictId: string, presenter: string, chairName: string, heldOn: string, constructionStartsOn: string, constructionEndsOn: string, representatives: Array<string>, departmentHeads: Array<string>, outcome: HearingOutcome | null, outcomeReasons: string | null, decidedAt: string | null, questions: Array<{ askedBy: string, question: string, answer: string | null, answeredBy: string | null }>, project: { id: string, name: string, status: WorksProjectStatus, startedAt: string | null, overrideReason: string | null, neighborhood: { id: string, name: string } } } };

export type StartWorksProjectMutationVariables = Exact<{
  id: string | number;
  input?: StartWorksProjectInput | null | undefined;
}>;


export type StartWorksProjectMutation = { startWorksProject: { id: string, status: WorksProjectStatus, startedAt: string | null, overrideReason: string | null } };

export type MediationPageFieldsFragment = { id: string, status: MediationStatus, subject: string, disputeKind: DisputeKind, heldOn: string, involvesFamily: boolean, chairName: string, chairRole: MediationChairRole, legalAdviser: string, womenDirector: string | null, record: string | null, concludedAt: string | null, courtConfirmation: CourtConfirmation, courtConfirmationAt: string | null, parties: Array<{ kind: MediationPartyKind, name: string }>, departments: Array<{ departmentId: string, citedLaws: Array<string>, department: { id: string, name: string } | null }>, neighborhood: { id: string, name: string } };

export type MediationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MediationPageQuery = { mediation: { id: string, status: MediationStatus, subject: string, disputeKind: DisputeKind, heldOn: string, involvesFamily: boolean, chairName: string, chairRole: MediationChairRole, legalAdviser: string, womenDirector: string | null, record: string | null, concludedAt: string | null, courtConfirmation: CourtConfirmation, courtConfirmationAt: string | null, parties: Array<{ kind: MediationPartyKind, name: string }>, departments: Array<{ departmentId: string, citedLaws: Array<string>, department: { id: string, name: string } | null }>, neighborhood: { id: string, name: string } } | null };

export type ConcludeMediationMutationVariables = Exact<{
  id: string | number;
  input: ConcludeMediationInput;
}>;


export type ConcludeMediationMutation = { concludeMediation: { id: string, status: MediationStatus, subject: string, disputeKind: DisputeKind, heldOn: string, involvesFamily: boolean, chairName: string, chairRole: MediationChairRole, legalAdviser: string, womenDirector: string | null, record: string | null, concludedAt: string | null, courtConfirmation: CourtConfirmation, courtConfirmationAt: string | null, parties: Array<{ kind: MediationPartyKind, name: string }>, departments: Array<{ departmentId: string, citedLaws: Array<string>, department: { id: string, name: string } | null }>, neighborhood: { id: string, name: string } } };

export type SubmitMediationToCourtMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitMediationToCourtMutation = { submitMediationToCourt: { id: string, status: MediationStatus, subject: string, disputeKind: DisputeKind, heldOn: string, involvesFamily: boolean, chairName: string, chairRole: MediationChairRole, legalAdviser: string, womenDirector: string | null, record: string | null, concludedAt: string | null, courtConfirmation: CourtConfirmation, courtConfirmationAt: string | null, parties: Array<{ kind: MediationPartyKind, name: string }>, departments: Array<{ departmentId: string, citedLaws: Array<string>, department: { id: string, name: string } | null }>, neighborhood: { id: string, name: string } } };

export type RecordMediationCourtDecisionMutationVariables = Exact<{
  id: string | number;
  confirmed: boolean;
}>;


export type RecordMediationCourtDecisionMutation = { recordMediationCourtDecision: { id: string, status: MediationStatus, subject: string, disputeKind: DisputeKind, heldOn: string, involvesFamily: boolean, chairName: string, chairRole: MediationChairRole, legalAdviser: string, womenDirector: string | null, record: string | null, concludedAt: string | null, courtConfirmation: CourtConfirmation, courtConfirmationAt: string | null, parties: Array<{ kind: MediationPartyKind, name: string }>, departments: Array<{ departmentId: string, citedLaws: Array<string>, department: { id: string, name: string } | null }>, neighborhood: { id: string, name: string } } };

export type ConventionVersionFieldsFragment = { id: string, number: number, status: ConventionVersionStatus, text: string, households: number, householdsAtEffect: number | null, approvals: number, rejections: number, requiredApprovals: number, codesIssued: number, effectiveAt: string | null, createdAt: string };

export type ConventionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ConventionPageQuery = { buildingConvention: { id: string, title: string, buildingId: string, subdistrictId: string, building: { id: string, name: string, households: number, neighborhood: { id: string, name: string } }, effectiveVersion: { id: string, number: number } | null, versions: Array<{ id: string, number: number, status: ConventionVersionStatus, text: string, households: number, householdsAtEffect: number | null, approvals: number, rejections: number, requiredApprovals: number, codesIssued: number, effectiveAt: string | null, createdAt: string }> } | null };

export type ConventionTallyOfQueryVariables = Exact<{
  versionId: string | number;
}>;


export type ConventionTallyOfQuery = { conventionTally: { versionId: string, number: number, status: ConventionVersionStatus, households: number, approvals: number, rejections: number, requiredApprovals: number } | null };

export type AddConventionVersionMutationVariables = Exact<{
  input: AddConventionVersionInput;
}>;


export type AddConventionVersionMutation = { addConventionVersion: { id: string, number: number, status: ConventionVersionStatus, text: string, households: number, householdsAtEffect: number | null, approvals: number, rejections: number, requiredApprovals: number, codesIssued: number, effectiveAt: string | null, createdAt: string } };

export type WithdrawConventionVersionMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawConventionVersionMutation = { withdrawConventionVersion: { id: string, number: number, status: ConventionVersionStatus, text: string, households: number, householdsAtEffect: number | null, approvals: number, rejections: number, requiredApprovals: number, codesIssued: number, effectiveAt: string | null, createdAt: string } };

export type IssueHouseholdCodesMutationVariables = Exact<{
  input: IssueHouseholdCodesInput;
}>;


export type IssueHouseholdCodesMutation = { issueHouseholdCodes: { versionId: string, codes: Array<string> } };

export type VoidHouseholdCodesMutationVariables = Exact<{
  input: VoidHouseholdCodesInput;
}>;


export type VoidHouseholdCodesMutation = { voidHouseholdCodes: { versionId: string, voided: number } };

export type BreachPageQueryVariables = Exact<{
  id: string | number;
}>;


export type BreachPageQuery = { conventionBreach: { id: string, conventionId: string, description: string, occurredOn: string, publicPropertyDamaged: boolean, convention: { id: string, title: string }, version: { id: string, number: number }, followUps: Array<{ id: string, party: BreachFollowUpParty, action: string, createdAt: string }> } | null };

export type FollowUpConventionBreachMutationVariables = Exact<{
  input: FollowUpConventionBreachInput;
}>;


export type FollowUpConventionBreachMutation = { followUpConventionBreach: { id: string } };

export type HouseholdConventionOfQueryVariables = Exact<{
  code: string;
}>;


export type HouseholdConventionOfQuery = { householdConvention: { title: string, text: string, tally: { versionId: string, number: number, status: ConventionVersionStatus, households: number, approvals: number, rejections: number, requiredApprovals: number } } };

export type ApproveConventionMutationVariables = Exact<{
  input: ApproveConventionInput;
}>;


export type ApproveConventionMutation = { approveConvention: { versionId: string, number: number, status: ConventionVersionStatus, households: number, approvals: number, rejections: number, requiredApprovals: number } };

export type SelfGovernanceHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfGovernanceHomeQuery = { hearings: { totalCount: number, nodes: Array<{ id: string, outcome: HearingOutcome | null }> }, mediations: { totalCount: number }, petitions: { totalCount: number }, buildingConventions: { nodes: Array<{ id: string, versions: Array<{ status: ConventionVersionStatus }> }> } };

export type SelfGovernancePublicHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfGovernancePublicHomeQuery = { hearings: { nodes: Array<{ id: string, outcome: HearingOutcome | null }> }, buildingConventions: { nodes: Array<{ id: string, versions: Array<{ status: ConventionVersionStatus }> }> } };

export type DimensionFigureFieldsFragment = { dimension: SurveyDimension, answers: number, mean: number | null, rate: number | null };

export type ResidentSurveyListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ResidentSurveyListQuery = { residentSurveys: { totalCount: number, nodes: Array<{ id: string, title: string, period: string, status: SurveyStatus, minimumAnswers: number, published: boolean, neighborhood: { id: string, name: string }, counts: { issuedCodes: number, usedCodes: number, voidedCodes: number, answers: number, paperAnswers: number } | null }> } };

export type SurveyNeighborhoodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyNeighborhoodsQuery = { neighborhoods: { nodes: Array<{ id: string, name: string }> } };

export type SurveyResultsOfQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyResultsOfQuery = { surveyResults: { surveyId: string, status: SurveyStatus, published: boolean, answerCount: number | null, minimumAnswers: number, overallRate: number | null, questions: Array<{ key: string, dimension: SurveyDimension, text: string, answers: number, mean: number, rate: number }>, dimensions: Array<{ dimension: SurveyDimension, answers: number, mean: number | null, rate: number | null }> } };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateResidentSurveyInput;
}>;


export type CreateSurveyMutation = { createResidentSurvey: { id: string } };

export type OpenSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenSurveyMutation = { openResidentSurvey: { id: string, status: SurveyStatus } };

export type CloseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyMutation = { closeResidentSurvey: { id: string, status: SurveyStatus } };

export type IssueSurveyCodesMutationVariables = Exact<{
  input: IssueSurveyCodesInput;
}>;


export type IssueSurveyCodesMutation = { issueSurveyCodes: { surveyId: string, codes: Array<string> } };

export type SurveyFormOfQueryVariables = Exact<{
  code: string;
}>;


export type SurveyFormOfQuery = { surveyForm: { title: string, neighborhoodName: string, period: string, status: SurveyStatus, questions: Array<{ key: string, dimension: SurveyDimension, text: string }> } };

export type AnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyMutation = { answerSurvey: { title: string, questionsAnswered: number } };

export type BallotQueryVariables = Exact<{
  code: string;
  secret?: string | null | undefined;
}>;


export type BallotQuery = { ballot: { meetingId: string, title: string, status: MeetingStatus, ratedOfficialIds: Array<string>, criteria: Array<{ key: string, label: string, weight: number }>, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } };

export type MemberPaperQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberPaperQuery = { evaluationMeeting: { id: string, title: string, status: MeetingStatus, template: { criteria: Array<{ key: string, label: string, weight: number }> }, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } | null };

export type OwnRatingsQueryVariables = Exact<{
  meetingId: string | number;
  ballotCode?: string | null | undefined;
  ballotSecret?: string | null | undefined;
}>;


export type OwnRatingsQuery = { ratings: { nodes: Array<{ officialId: string, satisfaction: Satisfaction, comment: string | null, scores: Array<{ key: string, score: number }> }> } };

export type SubmitRatingMutationVariables = Exact<{
  input: SubmitRatingInput;
}>;


export type SubmitRatingMutation = { submitRating: { replaced: boolean } };

export type OpenMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenMeetingsQuery = { evaluationMeetings: { nodes: Array<{ id: string, title: string, scheduledAt: string | null, subdistrict: { name: string }, neighborhood: { name: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on AnnualAssessment {
  id
  year
  status
  officialId
  meetingScore
  meetingCount
  meetingRatingCount
  thirdPartyScore
  thirdPartyEvaluations {
    panel
    score
  }
  selfReportMark
  score
  computedGrade
  overrideGrade
  overrideReason
  grade
  gradeLabels
  redLineBreached
  finalizedAt
  updatedAt
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const AssessmentPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentPolicyFields on AssessmentPolicy {
  meetingWeight
  thirdPartyWeight
  selfReportWeight
  panelWeights {
    panel
    weight
  }
  excellentFrom
  goodFrom
  mediocreFrom
  minRatings
  gradeLabels
}
    `, {"fragmentName":"AssessmentPolicyFields"}) as unknown as TypedDocumentString<AssessmentPolicyFieldsFragment, unknown>;
export const AgencyAppointmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgencyAppointmentFields on HeadAppointment {
  id
  status
  startsOn
  endsOn
  reason
  official {
    id
    name
    title
  }
}
    `, {"fragmentName":"AgencyAppointmentFields"}) as unknown as TypedDocumentString<AgencyAppointmentFieldsFragment, unknown>;
export const MatterPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}
    `, {"fragmentName":"MatterPageFields"}) as unknown as TypedDocumentString<MatterPageFieldsFragment, unknown>;
export const MatterFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatterFiguresFields on MatterFigures {
  received
  respondedInTime
  responseRate
  due
  resolvedInTime
  resolutionRate
  rated
  satisfied
  satisfactionRate
  chargedWorkingDays
  score
}
    `, {"fragmentName":"MatterFiguresFields"}) as unknown as TypedDocumentString<MatterFiguresFieldsFragment, unknown>;
export const TrackedMatterFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackedMatterFields on TrackedMatter {
  title
  type
  status
  receivedAt
  dueAt
  resolvedAt
  rectificationDueAt
  canRate
  satisfaction
  ratingCounts
  appealStatus
  timeline {
    kind
    at
    note
    unitName
    targetName
  }
}
    `, {"fragmentName":"TrackedMatterFields"}) as unknown as TypedDocumentString<TrackedMatterFieldsFragment, unknown>;
export const MeetingProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingProgressFields on MeetingProgress {
  meetingId
  status
  representativesRegistered
  attendeesPresent
  accountVoters
  codeVoters
  voters
  finishedAll
  turnout
  ballotCodesIssued
  ballotCodesUsed
  ballotCodesVoided
  codeIssuers {
    issuerId
    name
    codesIssued
  }
  officials {
    officialId
    name
    ratingsReceived
  }
}
    `, {"fragmentName":"MeetingProgressFields"}) as unknown as TypedDocumentString<MeetingProgressFieldsFragment, unknown>;
export const UserSummaryFragmentDoc = new TypedDocumentString(`
    fragment UserSummary on User {
  id
  displayName
  username
}
    `, {"fragmentName":"UserSummary"}) as unknown as TypedDocumentString<UserSummaryFragment, unknown>;
export const CriterionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}
    `, {"fragmentName":"CriterionFields"}) as unknown as TypedDocumentString<CriterionFieldsFragment, unknown>;
export const OfficialSummaryFragmentDoc = new TypedDocumentString(`
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}
    `, {"fragmentName":"OfficialSummary"}) as unknown as TypedDocumentString<OfficialSummaryFragment, unknown>;
export const MeetingRoomFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingRoomFields on EvaluationMeeting {
  id
  title
  year
  status
  minRatings
  scheduledAt
  openedAt
  closedAt
  chairId
  subdistrictId
  chair {
    id
    displayName
  }
  subdistrict {
    id
    name
  }
  neighborhood {
    id
    name
  }
  template {
    id
    name
    criteria {
      ...CriterionFields
    }
  }
  officials {
    ...OfficialSummary
  }
}
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}
fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}`, {"fragmentName":"MeetingRoomFields"}) as unknown as TypedDocumentString<MeetingRoomFieldsFragment, unknown>;
export const PetitionPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PetitionPageFields on Petition {
  id
  status
  subject
  petitionerName
  agent
  agentName
  takenUpOn
  agreement
  closingReason
  closedAt
  departmentId
  matterId
  department {
    id
    name
  }
  neighborhood {
    id
    name
  }
  matter {
    id
    title
  }
  talks {
    round
    heldOn
    participants
    summary
  }
}
    `, {"fragmentName":"PetitionPageFields"}) as unknown as TypedDocumentString<PetitionPageFieldsFragment, unknown>;
export const HearingPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment HearingPageFields on Hearing {
  id
  projectId
  subdistrictId
  presenter
  chairName
  heldOn
  constructionStartsOn
  constructionEndsOn
  representatives
  departmentHeads
  outcome
  outcomeReasons
  decidedAt
  questions {
    askedBy
    question
    answer
    answeredBy
  }
  project {
    id
    name
    status
    startedAt
    overrideReason
    neighborhood {
      id
      name
    }
  }
}
    `, {"fragmentName":"HearingPageFields"}) as unknown as TypedDocumentString<HearingPageFieldsFragment, unknown>;
export const MediationPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment MediationPageFields on Mediation {
  id
  status
  subject
  disputeKind
  heldOn
  involvesFamily
  chairName
  chairRole
  legalAdviser
  womenDirector
  record
  concludedAt
  courtConfirmation
  courtConfirmationAt
  parties {
    kind
    name
  }
  departments {
    departmentId
    citedLaws
    department {
      id
      name
    }
  }
  neighborhood {
    id
    name
  }
}
    `, {"fragmentName":"MediationPageFields"}) as unknown as TypedDocumentString<MediationPageFieldsFragment, unknown>;
export const ConventionVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConventionVersionFields on ConventionVersion {
  id
  number
  status
  text
  households
  householdsAtEffect
  approvals
  rejections
  requiredApprovals
  codesIssued
  effectiveAt
  createdAt
}
    `, {"fragmentName":"ConventionVersionFields"}) as unknown as TypedDocumentString<ConventionVersionFieldsFragment, unknown>;
export const DimensionFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment DimensionFigureFields on DimensionFigures {
  dimension
  answers
  mean
  rate
}
    `, {"fragmentName":"DimensionFigureFields"}) as unknown as TypedDocumentString<DimensionFigureFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      displayName
      role
      districtId
      subdistrictId
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const OfficialAssessmentsDocument = new TypedDocumentString(`
    query OfficialAssessments($id: ID!) {
  official(id: $id) {
    id
    name
    outcome
    redLineBreaches
    assessments {
      ...AssessmentFields
    }
  }
}
    fragment AssessmentFields on AnnualAssessment {
  id
  year
  status
  officialId
  meetingScore
  meetingCount
  meetingRatingCount
  thirdPartyScore
  thirdPartyEvaluations {
    panel
    score
  }
  selfReportMark
  score
  computedGrade
  overrideGrade
  overrideReason
  grade
  gradeLabels
  redLineBreached
  finalizedAt
  updatedAt
}`) as unknown as TypedDocumentString<OfficialAssessmentsQuery, OfficialAssessmentsQueryVariables>;
export const AssessmentDetailDocument = new TypedDocumentString(`
    query AssessmentDetail($id: ID!) {
  annualAssessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on AnnualAssessment {
  id
  year
  status
  officialId
  meetingScore
  meetingCount
  meetingRatingCount
  thirdPartyScore
  thirdPartyEvaluations {
    panel
    score
  }
  selfReportMark
  score
  computedGrade
  overrideGrade
  overrideReason
  grade
  gradeLabels
  redLineBreached
  finalizedAt
  updatedAt
}`) as unknown as TypedDocumentString<AssessmentDetailQuery, AssessmentDetailQueryVariables>;
export const OverrideGradeDocument = new TypedDocumentString(`
    mutation OverrideGrade($id: ID!, $input: OverrideGradeInput!) {
  overrideAnnualAssessmentGrade(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OverrideGradeMutation, OverrideGradeMutationVariables>;
export const FinalizeAssessmentDocument = new TypedDocumentString(`
    mutation FinalizeAssessment($id: ID!) {
  finalizeAnnualAssessment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FinalizeAssessmentMutation, FinalizeAssessmentMutationVariables>;
export const AssessmentOverviewDocument = new TypedDocumentString(`
    query AssessmentOverview($districtId: ID!, $year: Int!) {
  assessmentOverview(districtId: $districtId, year: $year) {
    districtId
    year
    draftCount
    finalizedCount
    grades {
      grade
      count
    }
    subdistricts {
      subdistrictId
      subdistrict {
        id
        name
      }
      grades {
        grade
        count
      }
      draftCount
      finalizedCount
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentOverviewQuery, AssessmentOverviewQueryVariables>;
export const OfficialsByOutcomeDocument = new TypedDocumentString(`
    query OfficialsByOutcome($districtId: ID!, $outcome: PersonnelOutcome!) {
  officialsByOutcome(districtId: $districtId, outcome: $outcome, first: 100) {
    totalCount
    nodes {
      id
      name
      title
      subdistrict {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficialsByOutcomeQuery, OfficialsByOutcomeQueryVariables>;
export const AssessmentPolicyDocument = new TypedDocumentString(`
    query AssessmentPolicy($districtId: ID!, $year: Int!) {
  assessmentPolicy(districtId: $districtId, year: $year) {
    ...AssessmentPolicyFields
  }
}
    fragment AssessmentPolicyFields on AssessmentPolicy {
  meetingWeight
  thirdPartyWeight
  selfReportWeight
  panelWeights {
    panel
    weight
  }
  excellentFrom
  goodFrom
  mediocreFrom
  minRatings
  gradeLabels
}`) as unknown as TypedDocumentString<AssessmentPolicyQuery, AssessmentPolicyQueryVariables>;
export const SetAssessmentPolicyDocument = new TypedDocumentString(`
    mutation SetAssessmentPolicy($input: SetAssessmentPolicyInput!) {
  setAssessmentPolicy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetAssessmentPolicyMutation, SetAssessmentPolicyMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    districtId
    subdistrictId
    district {
      id
      name
    }
    official {
      id
      name
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const DecideHeadAppointmentDocument = new TypedDocumentString(`
    mutation DecideHeadAppointment($id: ID!, $decision: HeadAppointmentDecision!, $reason: String) {
  decideHeadAppointment(id: $id, decision: $decision, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideHeadAppointmentMutation, DecideHeadAppointmentMutationVariables>;
export const AgencyHeadsDocument = new TypedDocumentString(`
    query AgencyHeads($id: ID!, $filter: HeadAppointmentFilter) {
  dispatchedAgency(id: $id) {
    head {
      id
      name
      title
    }
    headHistory {
      ...AgencyAppointmentFields
    }
  }
  headAppointments(filter: $filter, first: 1) {
    nodes {
      ...AgencyAppointmentFields
    }
  }
}
    fragment AgencyAppointmentFields on HeadAppointment {
  id
  status
  startsOn
  endsOn
  reason
  official {
    id
    name
    title
  }
}`) as unknown as TypedDocumentString<AgencyHeadsQuery, AgencyHeadsQueryVariables>;
export const ConcludeCaseDocument = new TypedDocumentString(`
    mutation ConcludeCase($id: ID!, $input: ConcludeAccountabilityCaseInput!) {
  concludeAccountabilityCase(id: $id, input: $input) {
    id
    status
    conclusion
    breachConfirmed
    concludedAt
  }
}
    `) as unknown as TypedDocumentString<ConcludeCaseMutation, ConcludeCaseMutationVariables>;
export const CreateServiceTokenDocument = new TypedDocumentString(`
    mutation CreateServiceToken($input: CreateServiceTokenInput!) {
  createServiceToken(input: $input) {
    token
    serviceToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateServiceTokenMutation, CreateServiceTokenMutationVariables>;
export const RevokeServiceTokenDocument = new TypedDocumentString(`
    mutation RevokeServiceToken($id: ID!) {
  revokeServiceToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeServiceTokenMutation, RevokeServiceTokenMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    webhookSubscription {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($id: ID!, $status: WebhookDeliveryStatus, $first: Int, $offset: Int) {
  webhookDeliveries(
    subscriptionId: $id
    status: $status
    first: $first
    offset: $offset
  ) {
    totalCount
    nodes {
      id
      event
      status
      attempts
      lastError
      nextAttemptAt
      createdAt
      deliveredAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const SetWebhookActiveDocument = new TypedDocumentString(`
    mutation SetWebhookActive($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(id: $id, input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<SetWebhookActiveMutation, SetWebhookActiveMutationVariables>;
export const RedeliverWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const MatterPageDocument = new TypedDocumentString(`
    query MatterPage($id: ID!) {
  matter(id: $id) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<MatterPageQuery, MatterPageQueryVariables>;
export const ReceiveMatterDocument = new TypedDocumentString(`
    mutation ReceiveMatter($input: ReceiveMatterInput!) {
  receiveMatter(input: $input) {
    trackingCode
    matter {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReceiveMatterMutation, ReceiveMatterMutationVariables>;
export const RespondToMatterDocument = new TypedDocumentString(`
    mutation RespondToMatter($id: ID!, $input: MatterTextInput!) {
  respondToMatter(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<RespondToMatterMutation, RespondToMatterMutationVariables>;
export const ResolveMatterDocument = new TypedDocumentString(`
    mutation ResolveMatter($id: ID!, $input: MatterTextInput!) {
  resolveMatter(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<ResolveMatterMutation, ResolveMatterMutationVariables>;
export const RequestMatterExtensionDocument = new TypedDocumentString(`
    mutation RequestMatterExtension($id: ID!, $input: MatterTextInput!) {
  requestMatterExtension(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<RequestMatterExtensionMutation, RequestMatterExtensionMutationVariables>;
export const AppealRectificationDocument = new TypedDocumentString(`
    mutation AppealRectification($id: ID!, $input: MatterTextInput!) {
  appealRectification(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<AppealRectificationMutation, AppealRectificationMutationVariables>;
export const DecideMatterExtensionDocument = new TypedDocumentString(`
    mutation DecideMatterExtension($id: ID!, $input: MatterDecisionInput!) {
  decideMatterExtension(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<DecideMatterExtensionMutation, DecideMatterExtensionMutationVariables>;
export const DecideRectificationAppealDocument = new TypedDocumentString(`
    mutation DecideRectificationAppeal($id: ID!, $input: MatterDecisionInput!) {
  decideRectificationAppeal(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<DecideRectificationAppealMutation, DecideRectificationAppealMutationVariables>;
export const TransferMatterDocument = new TypedDocumentString(`
    mutation TransferMatter($id: ID!, $input: TransferMatterInput!) {
  transferMatter(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<TransferMatterMutation, TransferMatterMutationVariables>;
export const DecideMatterOwnerDocument = new TypedDocumentString(`
    mutation DecideMatterOwner($id: ID!, $input: DecideMatterOwnerInput!) {
  decideMatterOwner(id: $id, input: $input) {
    ...MatterPageFields
  }
}
    fragment MatterPageFields on Matter {
  id
  type
  channel
  status
  title
  description
  place
  subdistrictId
  neighborhoodId
  ownerOfficeId
  ownerAgencyId
  ownerName
  receiverName
  receivedAt
  responseDueAt
  dueAt
  respondedAt
  response
  resolvedAt
  resolution
  overdueAt
  runAround
  transferCount
  extensionStatus
  satisfaction
  ratingComment
  ratingCounts
  appealStatus
  rectificationDueAt
  workingDaysLeft
  reporter {
    name
    phone
    masked
  }
  events {
    id
    kind
    at
    unitName
    targetName
    duty
    note
    chargedWorkingDays
    satisfaction
    decision
  }
}`) as unknown as TypedDocumentString<DecideMatterOwnerMutation, DecideMatterOwnerMutationVariables>;
export const TransferTargetsDocument = new TypedDocumentString(`
    query TransferTargets($subdistrictId: ID!) {
  offices(filter: {subdistrictId: $subdistrictId}, first: 100) {
    nodes {
      id
      name
      duties
      subdistrictId
    }
  }
  dispatchedAgencies(filter: {subdistrictId: $subdistrictId}, first: 100) {
    nodes {
      id
      name
      duties
      subdistrictId
    }
  }
}
    `) as unknown as TypedDocumentString<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const MatterRankingDocument = new TypedDocumentString(`
    query MatterRanking($districtId: ID!, $month: String!, $level: MatterRankingLevel!) {
  matterRanking(districtId: $districtId, month: $month, level: $level) {
    month
    previousMonth
    weights {
      responseWeight
      resolutionWeight
      satisfactionWeight
    }
    rows {
      subdistrictId
      subdistrictName
      officeId
      agencyId
      name
      rank
      previousRank
      current {
        ...MatterFiguresFields
      }
      previous {
        ...MatterFiguresFields
      }
    }
  }
}
    fragment MatterFiguresFields on MatterFigures {
  received
  respondedInTime
  responseRate
  due
  resolvedInTime
  resolutionRate
  rated
  satisfied
  satisfactionRate
  chargedWorkingDays
  score
}`) as unknown as TypedDocumentString<MatterRankingQuery, MatterRankingQueryVariables>;
export const TrackedMatterDocument = new TypedDocumentString(`
    query TrackedMatter($trackingCode: String!) {
  trackedMatter(trackingCode: $trackingCode) {
    ...TrackedMatterFields
  }
}
    fragment TrackedMatterFields on TrackedMatter {
  title
  type
  status
  receivedAt
  dueAt
  resolvedAt
  rectificationDueAt
  canRate
  satisfaction
  ratingCounts
  appealStatus
  timeline {
    kind
    at
    note
    unitName
    targetName
  }
}`) as unknown as TypedDocumentString<TrackedMatterQuery, TrackedMatterQueryVariables>;
export const RateMatterDocument = new TypedDocumentString(`
    mutation RateMatter($input: RateMatterInput!) {
  rateMatter(input: $input) {
    ...TrackedMatterFields
  }
}
    fragment TrackedMatterFields on TrackedMatter {
  title
  type
  status
  receivedAt
  dueAt
  resolvedAt
  rectificationDueAt
  canRate
  satisfaction
  ratingCounts
  appealStatus
  timeline {
    kind
    at
    note
    unitName
    targetName
  }
}`) as unknown as TypedDocumentString<RateMatterMutation, RateMatterMutationVariables>;
export const MeetingRoomDocument = new TypedDocumentString(`
    query MeetingRoom($id: ID!, $withRepresentatives: Boolean!) {
  evaluationMeeting(id: $id) {
    ...MeetingRoomFields
    representatives @include(if: $withRepresentatives) {
      ...UserSummary
    }
  }
}
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}
fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}
fragment UserSummary on User {
  id
  displayName
  username
}
fragment MeetingRoomFields on EvaluationMeeting {
  id
  title
  year
  status
  minRatings
  scheduledAt
  openedAt
  closedAt
  chairId
  subdistrictId
  chair {
    id
    displayName
  }
  subdistrict {
    id
    name
  }
  neighborhood {
    id
    name
  }
  template {
    id
    name
    criteria {
      ...CriterionFields
    }
  }
  officials {
    ...OfficialSummary
  }
}`) as unknown as TypedDocumentString<MeetingRoomQuery, MeetingRoomQueryVariables>;
export const MeetingProgressNowDocument = new TypedDocumentString(`
    query MeetingProgressNow($id: ID!) {
  evaluationMeeting(id: $id) {
    progress {
      ...MeetingProgressFields
    }
  }
}
    fragment MeetingProgressFields on MeetingProgress {
  meetingId
  status
  representativesRegistered
  attendeesPresent
  accountVoters
  codeVoters
  voters
  finishedAll
  turnout
  ballotCodesIssued
  ballotCodesUsed
  ballotCodesVoided
  codeIssuers {
    issuerId
    name
    codesIssued
  }
  officials {
    officialId
    name
    ratingsReceived
  }
}`) as unknown as TypedDocumentString<MeetingProgressNowQuery, MeetingProgressNowQueryVariables>;
export const MeetingProgressDocument = new TypedDocumentString(`
    subscription MeetingProgress($meetingId: ID!) {
  meetingProgress(meetingId: $meetingId) {
    ...MeetingProgressFields
  }
}
    fragment MeetingProgressFields on MeetingProgress {
  meetingId
  status
  representativesRegistered
  attendeesPresent
  accountVoters
  codeVoters
  voters
  finishedAll
  turnout
  ballotCodesIssued
  ballotCodesUsed
  ballotCodesVoided
  codeIssuers {
    issuerId
    name
    codesIssued
  }
  officials {
    officialId
    name
    ratingsReceived
  }
}`) as unknown as TypedDocumentString<MeetingProgressSubscription, MeetingProgressSubscriptionVariables>;
export const MeetingResultsDocument = new TypedDocumentString(`
    query MeetingResults($id: ID!) {
  evaluationMeeting(id: $id) {
    ...MeetingRoomFields
    results {
      officialId
      ratingCount
      rate
      weightedScore
      satisfactionDistribution {
        level
        count
      }
      publishedComments
      criterionMeans {
        key
        label
        weight
        mean
      }
      official {
        ...OfficialSummary
      }
    }
  }
}
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}
fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}
fragment MeetingRoomFields on EvaluationMeeting {
  id
  title
  year
  status
  minRatings
  scheduledAt
  openedAt
  closedAt
  chairId
  subdistrictId
  chair {
    id
    displayName
  }
  subdistrict {
    id
    name
  }
  neighborhood {
    id
    name
  }
  template {
    id
    name
    criteria {
      ...CriterionFields
    }
  }
  officials {
    ...OfficialSummary
  }
}`) as unknown as TypedDocumentString<MeetingResultsQuery, MeetingResultsQueryVariables>;
export const MyMeetingResultsDocument = new TypedDocumentString(`
    query MyMeetingResults {
  evaluationMeetings(
    filter: {status: CLOSED, evaluatesMe: true}
    first: 100
    orderBy: [{field: YEAR, direction: DESC}, {field: TITLE}]
  ) {
    nodes {
      id
      title
      year
      closedAt
      results {
        officialId
        ratingCount
        rate
        weightedScore
        criterionMeans {
          key
          label
          weight
          mean
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyMeetingResultsQuery, MyMeetingResultsQueryVariables>;
export const MeetingAttendeesDocument = new TypedDocumentString(`
    query MeetingAttendees($id: ID!) {
  evaluationMeeting(id: $id) {
    attendees {
      id
      mode
      userId
      name
      checkedIn
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingAttendeesQuery, MeetingAttendeesQueryVariables>;
export const OpenMeetingDocument = new TypedDocumentString(`
    mutation OpenMeeting($id: ID!) {
  openMeeting(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenMeetingMutation, OpenMeetingMutationVariables>;
export const CloseMeetingDocument = new TypedDocumentString(`
    mutation CloseMeeting($id: ID!) {
  closeMeeting(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($input: CheckInInput!) {
  checkInAttendees(input: $input) {
    checkedIn
    codes
  }
}
    `) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const VoidCodesDocument = new TypedDocumentString(`
    mutation VoidCodes($input: VoidBallotCodesInput!) {
  voidBallotCodes(input: $input) {
    voided
  }
}
    `) as unknown as TypedDocumentString<VoidCodesMutation, VoidCodesMutationVariables>;
export const RegisterRepresentativesDocument = new TypedDocumentString(`
    mutation RegisterRepresentatives($input: MeetingPeopleInput!) {
  registerRepresentatives(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisterRepresentativesMutation, RegisterRepresentativesMutationVariables>;
export const UnregisterRepresentativesDocument = new TypedDocumentString(`
    mutation UnregisterRepresentatives($input: MeetingPeopleInput!) {
  unregisterRepresentatives(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnregisterRepresentativesMutation, UnregisterRepresentativesMutationVariables>;
export const AddMeetingOfficialsDocument = new TypedDocumentString(`
    mutation AddMeetingOfficials($input: MeetingPeopleInput!) {
  addMeetingOfficials(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMeetingOfficialsMutation, AddMeetingOfficialsMutationVariables>;
export const RemoveMeetingOfficialsDocument = new TypedDocumentString(`
    mutation RemoveMeetingOfficials($input: MeetingPeopleInput!) {
  removeMeetingOfficials(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveMeetingOfficialsMutation, RemoveMeetingOfficialsMutationVariables>;
export const RepresentativeUsersDocument = new TypedDocumentString(`
    query RepresentativeUsers($filter: UserFilter) {
  users(filter: $filter, first: 100, orderBy: [{field: DISPLAY_NAME}]) {
    nodes {
      ...UserSummary
    }
  }
}
    fragment UserSummary on User {
  id
  displayName
  username
}`) as unknown as TypedDocumentString<RepresentativeUsersQuery, RepresentativeUsersQueryVariables>;
export const OfficialsToAddDocument = new TypedDocumentString(`
    query OfficialsToAdd($filter: OfficialFilter) {
  officials(filter: $filter, first: 50, orderBy: [{field: NAME}]) {
    nodes {
      ...OfficialSummary
    }
  }
}
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}`) as unknown as TypedDocumentString<OfficialsToAddQuery, OfficialsToAddQueryVariables>;
export const PetitionPageDocument = new TypedDocumentString(`
    query PetitionPage($id: ID!) {
  petition(id: $id) {
    ...PetitionPageFields
  }
}
    fragment PetitionPageFields on Petition {
  id
  status
  subject
  petitionerName
  agent
  agentName
  takenUpOn
  agreement
  closingReason
  closedAt
  departmentId
  matterId
  department {
    id
    name
  }
  neighborhood {
    id
    name
  }
  matter {
    id
    title
  }
  talks {
    round
    heldOn
    participants
    summary
  }
}`) as unknown as TypedDocumentString<PetitionPageQuery, PetitionPageQueryVariables>;
export const RecordPetitionTalkDocument = new TypedDocumentString(`
    mutation RecordPetitionTalk($id: ID!, $input: PetitionTalkInput!) {
  recordPetitionTalk(id: $id, input: $input) {
    ...PetitionPageFields
  }
}
    fragment PetitionPageFields on Petition {
  id
  status
  subject
  petitionerName
  agent
  agentName
  takenUpOn
  agreement
  closingReason
  closedAt
  departmentId
  matterId
  department {
    id
    name
  }
  neighborhood {
    id
    name
  }
  matter {
    id
    title
  }
  talks {
    round
    heldOn
    participants
    summary
  }
}`) as unknown as TypedDocumentString<RecordPetitionTalkMutation, RecordPetitionTalkMutationVariables>;
export const ConcludePetitionDocument = new TypedDocumentString(`
    mutation ConcludePetition($id: ID!, $input: ConcludePetitionInput!) {
  concludePetition(id: $id, input: $input) {
    ...PetitionPageFields
  }
}
    fragment PetitionPageFields on Petition {
  id
  status
  subject
  petitionerName
  agent
  agentName
  takenUpOn
  agreement
  closingReason
  closedAt
  departmentId
  matterId
  department {
    id
    name
  }
  neighborhood {
    id
    name
  }
  matter {
    id
    title
  }
  talks {
    round
    heldOn
    participants
    summary
  }
}`) as unknown as TypedDocumentString<ConcludePetitionMutation, ConcludePetitionMutationVariables>;
export const WithdrawPetitionDocument = new TypedDocumentString(`
    mutation WithdrawPetition($id: ID!, $input: WithdrawPetitionInput!) {
  withdrawPetition(id: $id, input: $input) {
    ...PetitionPageFields
  }
}
    fragment PetitionPageFields on Petition {
  id
  status
  subject
  petitionerName
  agent
  agentName
  takenUpOn
  agreement
  closingReason
  closedAt
  departmentId
  matterId
  department {
    id
    name
  }
  neighborhood {
    id
    name
  }
  matter {
    id
    title
  }
  talks {
    round
    heldOn
    participants
    summary
  }
}`) as unknown as TypedDocumentString<WithdrawPetitionMutation, WithdrawPetitionMutationVariables>;
export const HearingPageDocument = new TypedDocumentString(`
    query HearingPage($id: ID!) {
  hearing(id: $id) {
    ...HearingPageFields
  }
}
    fragment HearingPageFields on Hearing {
  id
  projectId
  subdistrictId
  presenter
  chairName
  heldOn
  constructionStartsOn
  constructionEndsOn
  representatives
  departmentHeads
  outcome
  outcomeReasons
  decidedAt
  questions {
    askedBy
    question
    answer
    answeredBy
  }
  project {
    id
    name
    status
    startedAt
    overrideReason
    neighborhood {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<HearingPageQuery, HearingPageQueryVariables>;
export const RecordHearingOutcomeDocument = new TypedDocumentString(`
    mutation RecordHearingOutcome($id: ID!, $input: RecordHearingOutcomeInput!) {
  recordHearingOutcome(id: $id, input: $input) {
    ...HearingPageFields
  }
}
    fragment HearingPageFields on Hearing {
  id
  projectId
  subdistrictId
  presenter
  chairName
  heldOn
  constructionStartsOn
  constructionEndsOn
  representatives
  departmentHeads
  outcome
  outcomeReasons
  decidedAt
  questions {
    askedBy
    question
    answer
    answeredBy
  }
  project {
    id
    name
    status
    startedAt
    overrideReason
    neighborhood {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordHearingOutcomeMutation, RecordHearingOutcomeMutationVariables>;
export const StartWorksProjectDocument = new TypedDocumentString(`
    mutation StartWorksProject($id: ID!, $input: StartWorksProjectInput) {
  startWorksProject(id: $id, input: $input) {
    id
    status
    startedAt
    overrideReason
  }
}
    `) as unknown as TypedDocumentString<StartWorksProjectMutation, StartWorksProjectMutationVariables>;
export const MediationPageDocument = new TypedDocumentString(`
    query MediationPage($id: ID!) {
  mediation(id: $id) {
    ...MediationPageFields
  }
}
    fragment MediationPageFields on Mediation {
  id
  status
  subject
  disputeKind
  heldOn
  involvesFamily
  chairName
  chairRole
  legalAdviser
  womenDirector
  record
  concludedAt
  courtConfirmation
  courtConfirmationAt
  parties {
    kind
    name
  }
  departments {
    departmentId
    citedLaws
    department {
      id
      name
    }
  }
  neighborhood {
    id
    name
  }
}`) as unknown as TypedDocumentString<MediationPageQuery, MediationPageQueryVariables>;
export const ConcludeMediationDocument = new TypedDocumentString(`
    mutation ConcludeMediation($id: ID!, $input: ConcludeMediationInput!) {
  concludeMediation(id: $id, input: $input) {
    ...MediationPageFields
  }
}
    fragment MediationPageFields on Mediation {
  id
  status
  subject
  disputeKind
  heldOn
  involvesFamily
  chairName
  chairRole
  legalAdviser
  womenDirector
  record
  concludedAt
  courtConfirmation
  courtConfirmationAt
  parties {
    kind
    name
  }
  departments {
    departmentId
    citedLaws
    department {
      id
      name
    }
  }
  neighborhood {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConcludeMediationMutation, ConcludeMediationMutationVariables>;
export const SubmitMediationToCourtDocument = new TypedDocumentString(`
    mutation SubmitMediationToCourt($id: ID!) {
  submitMediationToCourt(id: $id) {
    ...MediationPageFields
  }
}
    fragment MediationPageFields on Mediation {
  id
  status
  subject
  disputeKind
  heldOn
  involvesFamily
  chairName
  chairRole
  legalAdviser
  womenDirector
  record
  concludedAt
  courtConfirmation
  courtConfirmationAt
  parties {
    kind
    name
  }
  departments {
    departmentId
    citedLaws
    department {
      id
      name
    }
  }
  neighborhood {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitMediationToCourtMutation, SubmitMediationToCourtMutationVariables>;
export const RecordMediationCourtDecisionDocument = new TypedDocumentString(`
    mutation RecordMediationCourtDecision($id: ID!, $confirmed: Boolean!) {
  recordMediationCourtDecision(id: $id, confirmed: $confirmed) {
    ...MediationPageFields
  }
}
    fragment MediationPageFields on Mediation {
  id
  status
  subject
  disputeKind
  heldOn
  involvesFamily
  chairName
  chairRole
  legalAdviser
  womenDirector
  record
  concludedAt
  courtConfirmation
  courtConfirmationAt
  parties {
    kind
    name
  }
  departments {
    departmentId
    citedLaws
    department {
      id
      name
    }
  }
  neighborhood {
    id
    name
  }
}`) as unknown as TypedDocumentString<RecordMediationCourtDecisionMutation, RecordMediationCourtDecisionMutationVariables>;
export const ConventionPageDocument = new TypedDocumentString(`
    query ConventionPage($id: ID!) {
  buildingConvention(id: $id) {
    id
    title
    buildingId
    subdistrictId
    building {
      id
      name
      households
      neighborhood {
        id
        name
      }
    }
    effectiveVersion {
      id
      number
    }
    versions {
      ...ConventionVersionFields
    }
  }
}
    fragment ConventionVersionFields on ConventionVersion {
  id
  number
  status
  text
  households
  householdsAtEffect
  approvals
  rejections
  requiredApprovals
  codesIssued
  effectiveAt
  createdAt
}`) as unknown as TypedDocumentString<ConventionPageQuery, ConventionPageQueryVariables>;
export const ConventionTallyOfDocument = new TypedDocumentString(`
    query ConventionTallyOf($versionId: ID!) {
  conventionTally(versionId: $versionId) {
    versionId
    number
    status
    households
    approvals
    rejections
    requiredApprovals
  }
}
    `) as unknown as TypedDocumentString<ConventionTallyOfQuery, ConventionTallyOfQueryVariables>;
export const AddConventionVersionDocument = new TypedDocumentString(`
    mutation AddConventionVersion($input: AddConventionVersionInput!) {
  addConventionVersion(input: $input) {
    ...ConventionVersionFields
  }
}
    fragment ConventionVersionFields on ConventionVersion {
  id
  number
  status
  text
  households
  householdsAtEffect
  approvals
  rejections
  requiredApprovals
  codesIssued
  effectiveAt
  createdAt
}`) as unknown as TypedDocumentString<AddConventionVersionMutation, AddConventionVersionMutationVariables>;
export const WithdrawConventionVersionDocument = new TypedDocumentString(`
    mutation WithdrawConventionVersion($id: ID!) {
  withdrawConventionVersion(id: $id) {
    ...ConventionVersionFields
  }
}
    fragment ConventionVersionFields on ConventionVersion {
  id
  number
  status
  text
  households
  householdsAtEffect
  approvals
  rejections
  requiredApprovals
  codesIssued
  effectiveAt
  createdAt
}`) as unknown as TypedDocumentString<WithdrawConventionVersionMutation, WithdrawConventionVersionMutationVariables>;
export const IssueHouseholdCodesDocument = new TypedDocumentString(`
    mutation IssueHouseholdCodes($input: IssueHouseholdCodesInput!) {
  issueHouseholdCodes(input: $input) {
    versionId
    codes
  }
}
    `) as unknown as TypedDocumentString<IssueHouseholdCodesMutation, IssueHouseholdCodesMutationVariables>;
export const VoidHouseholdCodesDocument = new TypedDocumentString(`
    mutation VoidHouseholdCodes($input: VoidHouseholdCodesInput!) {
  voidHouseholdCodes(input: $input) {
    versionId
    voided
  }
}
    `) as unknown as TypedDocumentString<VoidHouseholdCodesMutation, VoidHouseholdCodesMutationVariables>;
export const BreachPageDocument = new TypedDocumentString(`
    query BreachPage($id: ID!) {
  conventionBreach(id: $id) {
    id
    conventionId
    description
    occurredOn
    publicPropertyDamaged
    convention {
      id
      title
    }
    version {
      id
      number
    }
    followUps {
      id
      party
      action
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BreachPageQuery, BreachPageQueryVariables>;
export const FollowUpConventionBreachDocument = new TypedDocumentString(`
    mutation FollowUpConventionBreach($input: FollowUpConventionBreachInput!) {
  followUpConventionBreach(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowUpConventionBreachMutation, FollowUpConventionBreachMutationVariables>;
export const HouseholdConventionOfDocument = new TypedDocumentString(`
    query HouseholdConventionOf($code: String!) {
  householdConvention(code: $code) {
    title
    text
    tally {
      versionId
      number
      status
      households
      approvals
      rejections
      requiredApprovals
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdConventionOfQuery, HouseholdConventionOfQueryVariables>;
export const ApproveConventionDocument = new TypedDocumentString(`
    mutation ApproveConvention($input: ApproveConventionInput!) {
  approveConvention(input: $input) {
    versionId
    number
    status
    households
    approvals
    rejections
    requiredApprovals
  }
}
    `) as unknown as TypedDocumentString<ApproveConventionMutation, ApproveConventionMutationVariables>;
export const SelfGovernanceHomeDocument = new TypedDocumentString(`
    query SelfGovernanceHome {
  hearings(first: 100) {
    totalCount
    nodes {
      id
      outcome
    }
  }
  mediations(first: 1, filter: {status: OPEN}) {
    totalCount
  }
  petitions(first: 1, filter: {status: OPEN}) {
    totalCount
  }
  buildingConventions(first: 100) {
    nodes {
      id
      versions {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelfGovernanceHomeQuery, SelfGovernanceHomeQueryVariables>;
export const SelfGovernancePublicHomeDocument = new TypedDocumentString(`
    query SelfGovernancePublicHome {
  hearings(first: 100) {
    nodes {
      id
      outcome
    }
  }
  buildingConventions(first: 100) {
    nodes {
      id
      versions {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelfGovernancePublicHomeQuery, SelfGovernancePublicHomeQueryVariables>;
export const ResidentSurveyListDocument = new TypedDocumentString(`
    query ResidentSurveyList($first: Int) {
  residentSurveys(first: $first) {
    totalCount
    nodes {
      id
      title
      period
      status
      minimumAnswers
      published
      neighborhood {
        id
        name
      }
      counts {
        issuedCodes
        usedCodes
        voidedCodes
        answers
        paperAnswers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentSurveyListQuery, ResidentSurveyListQueryVariables>;
export const SurveyNeighborhoodsDocument = new TypedDocumentString(`
    query SurveyNeighborhoods {
  neighborhoods(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyNeighborhoodsQuery, SurveyNeighborhoodsQueryVariables>;
export const SurveyResultsOfDocument = new TypedDocumentString(`
    query SurveyResultsOf($surveyId: ID!) {
  surveyResults(surveyId: $surveyId) {
    surveyId
    status
    published
    answerCount
    minimumAnswers
    overallRate
    questions {
      key
      dimension
      text
      answers
      mean
      rate
    }
    dimensions {
      ...DimensionFigureFields
    }
  }
}
    fragment DimensionFigureFields on DimensionFigures {
  dimension
  answers
  mean
  rate
}`) as unknown as TypedDocumentString<SurveyResultsOfQuery, SurveyResultsOfQueryVariables>;
export const CreateSurveyDocument = new TypedDocumentString(`
    mutation CreateSurvey($input: CreateResidentSurveyInput!) {
  createResidentSurvey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const OpenSurveyDocument = new TypedDocumentString(`
    mutation OpenSurvey($id: ID!) {
  openResidentSurvey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = new TypedDocumentString(`
    mutation CloseSurvey($id: ID!) {
  closeResidentSurvey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const IssueSurveyCodesDocument = new TypedDocumentString(`
    mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {
  issueSurveyCodes(input: $input) {
    surveyId
    codes
  }
}
    `) as unknown as TypedDocumentString<IssueSurveyCodesMutation, IssueSurveyCodesMutationVariables>;
export const SurveyFormOfDocument = new TypedDocumentString(`
    query SurveyFormOf($code: String!) {
  surveyForm(code: $code) {
    title
    neighborhoodName
    period
    status
    questions {
      key
      dimension
      text
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyFormOfQuery, SurveyFormOfQueryVariables>;
export const AnswerSurveyDocument = new TypedDocumentString(`
    mutation AnswerSurvey($input: AnswerSurveyInput!) {
  answerSurvey(input: $input) {
    title
    questionsAnswered
  }
}
    `) as unknown as TypedDocumentString<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const BallotDocument = new TypedDocumentString(`
    query Ballot($code: String!, $secret: String) {
  ballot(code: $code, secret: $secret) {
    meetingId
    title
    status
    criteria {
      ...CriterionFields
    }
    officials {
      id
      name
      category
      title
    }
    ratedOfficialIds
  }
}
    fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}`) as unknown as TypedDocumentString<BallotQuery, BallotQueryVariables>;
export const MemberPaperDocument = new TypedDocumentString(`
    query MemberPaper($id: ID!) {
  evaluationMeeting(id: $id) {
    id
    title
    status
    template {
      criteria {
        ...CriterionFields
      }
    }
    officials {
      ...OfficialSummary
    }
  }
}
    fragment OfficialSummary on Official {
  id
  name
  category
  title
}
fragment CriterionFields on RatingCriterion {
  key
  label
  weight
}`) as unknown as TypedDocumentString<MemberPaperQuery, MemberPaperQueryVariables>;
export const OwnRatingsDocument = new TypedDocumentString(`
    query OwnRatings($meetingId: ID!, $ballotCode: String, $ballotSecret: String) {
  ratings(
    meetingId: $meetingId
    ballotCode: $ballotCode
    ballotSecret: $ballotSecret
    first: 100
  ) {
    nodes {
      officialId
      satisfaction
      comment
      scores {
        key
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnRatingsQuery, OwnRatingsQueryVariables>;
export const SubmitRatingDocument = new TypedDocumentString(`
    mutation SubmitRating($input: SubmitRatingInput!) {
  submitRating(input: $input) {
    replaced
  }
}
    `) as unknown as TypedDocumentString<SubmitRatingMutation, SubmitRatingMutationVariables>;
export const OpenMeetingsDocument = new TypedDocumentString(`
    query OpenMeetings {
  evaluationMeetings(
    filter: {status: OPEN}
    first: 50
    orderBy: [{field: SCHEDULED_AT, direction: DESC}]
  ) {
    nodes {
      id
      title
      scheduledAt
      subdistrict {
        name
      }
      neighborhood {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenMeetingsQuery, OpenMeetingsQueryVariables>;