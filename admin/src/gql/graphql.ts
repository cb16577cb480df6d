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

/** DRAFT (recomputed on request, may be overridden) → FINALIZED (final). */
export type AssessmentStatus =
  /** Recomputed on request; assessors may override its grade with a written reason. */
  | 'DRAFT'
  /** Final (docs/rules.md rule 10): it no longer changes. */
  | 'FINALIZED';

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
  /** self-governance:read — read the self-governance records (docs/rules.md rule 14): buildings, their conventions, versions, counts and breaches. */
  | 'SELF_GOVERNANCE_READ';

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
  /** Part of the name, case-insensitive. */
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
  /** Part of the username or display name, case-insensitive. */
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

/** How a person present at a meeting votes (docs/rules.md rule 7). Each person is on the attendance roll once, with one mode. */
export type VotingMode =
  /** Signed in with their own account (a representative registered for the meeting). */
  | 'ACCOUNT'
  /** With a one-time ballot code handed out at check-in; their account, if any, may not vote at this meeting. */
  | 'CODE';

/** PENDING (waiting for its next attempt), DELIVERED (the receiver answered 2xx) or FAILED (every attempt failed; no more are made). */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Every attempt of its series failed; no more are made unless it is redelivered. */
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

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role } } };

export type AssessmentFieldsFragment = { id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> };

export type AssessmentPolicyFieldsFragment = { meetingWeight: number, thirdPartyWeight: number, selfReportWeight: number, excellentFrom: number, goodFrom: number, mediocreFrom: number, minRatings: number, panelWeights: Array<{ panel: Panel, weight: number }> };

export type OfficialAssessmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficialAssessmentsQuery = { official: { id: string, name: string, outcome: PersonnelOutcome | null, redLineBreaches: Array<number>, assessments: Array<{ id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> }> } | null };

export type AssessmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentDetailQuery = { annualAssessment: { id: string, year: number, status: AssessmentStatus, officialId: string, meetingScore: number | null, meetingCount: number, meetingRatingCount: number, thirdPartyScore: number | null, selfReportMark: number | null, score: number | null, computedGrade: Grade | null, overrideGrade: Grade | null, overrideReason: string | null, grade: Grade | null, redLineBreached: boolean, finalizedAt: string | null, updatedAt: string, thirdPartyEvaluations: Array<{ panel: Panel, score: number }> } | null };

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


export type AssessmentPolicyQuery = { assessmentPolicy: { meetingWeight: number, thirdPartyWeight: number, selfReportWeight: number, excellentFrom: number, goodFrom: number, mediocreFrom: number, minRatings: number, panelWeights: Array<{ panel: Panel, weight: number }> } | null };

export type SetAssessmentPolicyMutationVariables = Exact<{
  input: SetAssessmentPolicyInput;
}>;


export type SetAssessmentPolicyMutation = { setAssessmentPolicy: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, districtId: string, subdistrictId: string | null, district: { id: string, name: string } } };

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

export type MeetingProgressFieldsFragment = { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> };

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


export type MeetingProgressNowQuery = { evaluationMeeting: { progress: { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> } } | null };

export type MeetingProgressSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingProgressSubscription = { meetingProgress: { meetingId: string, status: MeetingStatus, representativesRegistered: number, attendeesPresent: number, accountVoters: number, codeVoters: number, ballotCodesIssued: number, ballotCodesUsed: number, ballotCodesVoided: number, codeIssuers: Array<{ issuerId: string | null, name: string | null, codesIssued: number }>, officials: Array<{ officialId: string, name: string, ratingsReceived: number }> } };

export type MeetingResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingResultsQuery = { evaluationMeeting: { id: string, title: string, year: number, status: MeetingStatus, minRatings: number, scheduledAt: string | null, openedAt: string | null, closedAt: string | null, chairId: string | null, subdistrictId: string, results: Array<{ officialId: string, ratingCount: number, rate: number | null, weightedScore: number | null, publishedComments: Array<string>, satisfactionDistribution: Array<{ level: Satisfaction, count: number }> | null, official: { id: string, name: string, category: OfficialCategory, title: string } }>, chair: { id: string, displayName: string } | null, subdistrict: { id: string, name: string }, neighborhood: { id: string, name: string } | null, template: { id: string, name: string, criteria: Array<{ key: string, label: string, weight: number }> }, officials: Array<{ id: string, name: string, category: OfficialCategory, title: string }> } | null };

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
export const MeetingProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingProgressFields on MeetingProgress {
  meetingId
  status
  representativesRegistered
  attendeesPresent
  accountVoters
  codeVoters
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