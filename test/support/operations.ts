/**
 * The GraphQL operations the tests send more than once, by name: a test imports the one it needs
 * instead of writing its text again. Each selects the fields the tests read; an operation that
 * asserts an exact shape keeps its own text in its file. Operations are named (`mutation
 * CreateOfficial`) so the server's logs and a failing test's output say which one ran.
 */

// Signing in and users

export const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token expiresAt } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username role districtId subdistrictId officialId } }`;
export const CREATE_SERVICE_TOKEN = `mutation CreateServiceToken($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token serviceToken { id name districtId scopes expiresAt } } }`;

// Divisions and organisation

export const DIVISION_BY_CODE = {
  district: `query DistrictByCode($code: String!) { districts(filter: { code: $code }, first: 1) { nodes { id code } } }`,
  subdistrict: `query SubdistrictByCode($code: String!) { subdistricts(filter: { code: $code }, first: 1) { nodes { id code } } }`,
  neighborhood: `query NeighborhoodByCode($code: String!) { neighborhoods(filter: { code: $code }, first: 1) { nodes { id code } } }`,
};
export const CREATE_SUBDISTRICT = `mutation CreateSubdistrict($input: CreateSubdistrictInput!) { createSubdistrict(input: $input) { id code name districtId offices { id kind name } } }`;
export const OFFICES_OF = `query OfficesOf($subdistrictId: ID!, $kind: OfficeKind) { offices(filter: { subdistrictId: $subdistrictId, kind: $kind }, first: 20) { nodes { id kind name } } }`;
export const CREATE_DEPARTMENT = `mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name districtId } }`;
export const CREATE_AGENCY = `mutation CreateDispatchedAgency($input: CreateDispatchedAgencyInput!) { createDispatchedAgency(input: $input) { id name kind departmentId subdistrictId } }`;
export const CREATE_OFFICIAL = `mutation CreateOfficial($input: CreateOfficialInput!) { createOfficial(input: $input) { id name category title subdistrictId officeId agencyId neighborhoodId externalId } }`;
export const OFFICIAL_OUTCOME = `query OfficialOutcome($id: ID!) { official(id: $id) { outcome } }`;

// Meetings and ratings (docs/rules.md rules 4–7)

export const CREATE_TEMPLATE = `mutation CreateRatingTemplate($input: CreateRatingTemplateInput!) { createRatingTemplate(input: $input) { id name criteria { key label weight } } }`;
export const CREATE_MEETING = `mutation CreateEvaluationMeeting($input: CreateEvaluationMeetingInput!) { createEvaluationMeeting(input: $input) { id status title year subdistrictId chairId templateId minRatings } }`;
export const ADD_MEETING_OFFICIALS = `mutation AddMeetingOfficials($input: MeetingPeopleInput!) { addMeetingOfficials(input: $input) { id } }`;
export const REGISTER_REPRESENTATIVES = `mutation RegisterRepresentatives($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`;
export const OPEN_MEETING = `mutation OpenMeeting($id: ID!) { openMeeting(id: $id) { id status openedAt } }`;
export const CLOSE_MEETING = `mutation CloseMeeting($id: ID!) { closeMeeting(id: $id) { id status closedAt } }`;
export const SUBMIT_RATING = `mutation SubmitRating($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;
export const CHECK_IN = `mutation CheckInAttendees($input: CheckInInput!) { checkInAttendees(input: $input) { checkedIn codes meeting { id } } }`;

// Responsibility lists (docs/rules.md rule 8)

export const CREATE_RESPONSIBILITY_ITEM = `mutation CreateResponsibilityItem($input: CreateResponsibilityItemInput!) { createResponsibilityItem(input: $input) { id officialId year kind content } }`;

// Accountability and assessment (docs/rules.md rules 9–11)

export const CREATE_CASE = `mutation CreateAccountabilityCase($input: CreateAccountabilityCaseInput!) { createAccountabilityCase(input: $input) { id officialId year responsibilityItemId handledBy status summary conclusion breachConfirmed openedAt concludedAt } }`;
export const CONCLUDE_CASE = `mutation ConcludeAccountabilityCase($id: ID!, $input: ConcludeAccountabilityCaseInput!) { concludeAccountabilityCase(id: $id, input: $input) { id status conclusion breachConfirmed concludedAt } }`;
export const RECORD_PANEL = `mutation RecordThirdPartyEvaluation($input: RecordThirdPartyEvaluationInput!) { recordThirdPartyEvaluation(input: $input) { id } }`;
export const ASSESS = `mutation AssessOfficial($input: AssessOfficialInput!) { assessOfficial(input: $input) { id status meetingScore thirdPartyScore selfReportMark score computedGrade grade redLineBreached } }`;
export const FINALIZE = `mutation FinalizeAnnualAssessment($id: ID!) { finalizeAnnualAssessment(id: $id) { status grade } }`;

// Buildings and their conventions (docs/rules.md rule 14)

export const CREATE_BUILDING = `mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { id name households neighborhoodId subdistrictId } }`;
export const UPDATE_BUILDING = `mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) { updateBuilding(id: $id, input: $input) { id name households } }`;
export const CREATE_CONVENTION = `mutation CreateBuildingConvention($input: CreateBuildingConventionInput!) { createBuildingConvention(input: $input) { id title buildingId versions { id number status } } }`;
export const ISSUE_HOUSEHOLD_CODES = `mutation IssueHouseholdCodes($input: IssueHouseholdCodesInput!) { issueHouseholdCodes(input: $input) { versionId codes } }`;
export const APPROVE_CONVENTION = `mutation ApproveConvention($input: ApproveConventionInput!) { approveConvention(input: $input) { versionId number status approvals rejections households requiredApprovals } }`;
export const CONVENTION_VERSIONS = `query ConventionVersions($id: ID!) { buildingConvention(id: $id) { id effectiveVersion { id number } versions { id number status approvals rejections households requiredApprovals householdsAtEffect effectiveAt codesIssued } } }`;
