/**
 * Pingyi's admin: the resources of the subdistrict system and the meeting room over the GraphQL
 * API, in Chinese by default with an English switch, opening on each role's home (home/). Routes
 * outside the admin's layout: the representatives' voting screens (`#/vote/code` needs no sign-in),
 * the resident's page of a matter (`#/matter/<code>`, no sign-in either), the households' page of a
 * convention (`#/household`, no sign-in) and the printable sheets and records.
 * Those, and the assessment overview, are fetched when first opened (see common/lazy.tsx).
 */
import { Admin, Authenticated, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import { authHeaders, createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './common/Layout';
import districts from './districts';
import subdistricts from './subdistricts';
import neighborhoods from './neighborhoods';
import offices from './offices';
import departments from './departments';
import dispatchedAgencies from './dispatchedAgencies';
import officials from './officials';
import evaluationMeetings from './evaluationMeetings';
import ratingTemplates from './ratingTemplates';
import accountabilityCases from './accountabilityCases';
import headAppointments from './headAppointments';
import serviceTokens from './serviceTokens';
import webhookSubscriptions from './webhookSubscriptions';
import annualAssessments from './annualAssessments';
import matters from './matters';
import worksProjects from './worksProjects';
import hearings from './hearings';
import mediations from './mediations';
import petitions from './petitions';
import { buildingConventions, buildings, conventionBreaches } from './conventions';
import { lazyComponent } from './common/lazy';
import { Home } from './home';

const { Route } = reactRouterProvider;

/** The voting screens, one chunk for the three. */
const CodeEntry = lazyComponent(() => import('./vote').then((m) => m.CodeEntry));
const VoteHome = lazyComponent(() => import('./vote').then((m) => m.VoteHome));
const MemberVote = lazyComponent(() => import('./vote').then((m) => m.MemberVote));
/** The printable sheets of a meeting. */
const BallotSlips = lazyComponent(() => import('./evaluationMeetings/BallotSlips').then((m) => m.BallotSlips));
const ResultSheet = lazyComponent(() => import('./evaluationMeetings/ResultSheet').then((m) => m.ResultSheet));
/** The resident's page of a matter by tracking code (no sign-in), and the monthly ranking of matters. */
const ResidentMatter = lazyComponent(() => import('./matters/ResidentMatter').then((m) => m.ResidentMatter));
const MatterRanking = lazyComponent(() => import('./matters/MatterRanking').then((m) => m.MatterRanking));
/** Residents' surveys: the staff's screen and the residents' answer page. */
const SurveysPage = lazyComponent(() => import('./surveys').then((m) => m.SurveysPage));
const SurveyAnswer = lazyComponent(() => import('./surveys').then((m) => m.SurveyAnswer));
/** The printable records of the self-governance meetings, the household code slips, and the households' page (no sign-in). */
const HearingSheet = lazyComponent(() => import('./hearings/HearingSheet').then((m) => m.HearingSheet));
const MediationSheet = lazyComponent(() => import('./mediations/MediationSheet').then((m) => m.MediationSheet));
const PetitionSheet = lazyComponent(() => import('./petitions/PetitionSheet').then((m) => m.PetitionSheet));
const ConventionSheet = lazyComponent(() => import('./conventions/ConventionSheet').then((m) => m.ConventionSheet));
const HouseholdSlips = lazyComponent(() => import('./conventions/HouseholdSlips').then((m) => m.HouseholdSlips));
const HouseholdConvention = lazyComponent(() => import('./household').then((m) => m.HouseholdConvention));
/** The assessors' overview of a district. */
const AssessmentOverview = lazyComponent(() =>
  import('./assessments/AssessmentOverview').then((m) => m.AssessmentOverview),
);

/** The data provider, talking to the API on the same host with the signed-in user's token. */
const dataProvider = createDataProvider({ uri: '/graphql', translate: i18nProvider.translate, headers: authHeaders });
/** Sign-in through the API's `login` mutation. */
const authProvider = createAuthProvider('/graphql');

/** The admin application. */
export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      requireAuth
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Home}
      title="评议 Pingyi"
      disableTelemetry
    >
      <Resource name="districts" {...districts} recordRepresentation="name" />
      <Resource name="subdistricts" {...subdistricts} recordRepresentation="name" />
      <Resource name="neighborhoods" {...neighborhoods} recordRepresentation="name" />
      <Resource name="offices" {...offices} recordRepresentation="name" />
      <Resource name="departments" {...departments} recordRepresentation="name" />
      <Resource name="dispatchedAgencies" {...dispatchedAgencies} recordRepresentation="name" />
      <Resource name="officials" {...officials} recordRepresentation="name" />
      <Resource name="evaluationMeetings" {...evaluationMeetings} recordRepresentation="title" />
      <Resource name="ratingTemplates" {...ratingTemplates} recordRepresentation="name" />
      <Resource name="users" recordRepresentation="displayName" />
      <Resource name="accountabilityCases" {...accountabilityCases} recordRepresentation="summary" />
      <Resource name="headAppointments" {...headAppointments} />
      <Resource name="serviceTokens" {...serviceTokens} recordRepresentation="name" />
      <Resource name="webhookSubscriptions" {...webhookSubscriptions} recordRepresentation="url" />
      <Resource name="responsibilityItems" recordRepresentation="content" />
      <Resource name="matters" {...matters} recordRepresentation="title" />
      <Resource name="worksProjects" {...worksProjects} recordRepresentation="name" />
      <Resource name="hearings" {...hearings} recordRepresentation="heldOn" />
      <Resource name="mediations" {...mediations} recordRepresentation="subject" />
      <Resource name="petitions" {...petitions} recordRepresentation="subject" />
      <Resource name="buildings" {...buildings} recordRepresentation="name" />
      <Resource name="buildingConventions" {...buildingConventions} recordRepresentation="title" />
      <Resource name="conventionBreaches" {...conventionBreaches} recordRepresentation="occurredOn" />
      <Resource
        name="annualAssessments"
        {...annualAssessments}
        recordRepresentation={(record) => String(record.year)}
      />
      <CustomRoutes>
        <Route path="/assessment-overview" element={<AssessmentOverview />} />
        <Route path="/matter-ranking" element={<MatterRanking />} />
        <Route path="/surveys" element={<SurveysPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/vote/code" element={<CodeEntry />} />
        <Route path="/matter" element={<ResidentMatter />} />
        <Route path="/matter/:code" element={<ResidentMatter />} />
        <Route path="/survey" element={<SurveyAnswer />} />
        <Route path="/household" element={<HouseholdConvention />} />
        <Route
          path="/vote"
          element={
            <Authenticated>
              <VoteHome />
            </Authenticated>
          }
        />
        <Route
          path="/vote/:meetingId"
          element={
            <Authenticated>
              <MemberVote />
            </Authenticated>
          }
        />
        <Route
          path="/evaluationMeetings/:id/slips"
          element={
            <Authenticated>
              <BallotSlips />
            </Authenticated>
          }
        />
        <Route
          path="/evaluationMeetings/:id/result-sheet"
          element={
            <Authenticated>
              <ResultSheet />
            </Authenticated>
          }
        />
        <Route
          path="/hearings/:id/sheet"
          element={
            <Authenticated>
              <HearingSheet />
            </Authenticated>
          }
        />
        <Route
          path="/mediations/:id/sheet"
          element={
            <Authenticated>
              <MediationSheet />
            </Authenticated>
          }
        />
        <Route
          path="/petitions/:id/sheet"
          element={
            <Authenticated>
              <PetitionSheet />
            </Authenticated>
          }
        />
        <Route
          path="/buildingConventions/:id/sheet"
          element={
            <Authenticated>
              <ConventionSheet />
            </Authenticated>
          }
        />
        <Route
          path="/buildingConventions/:id/slips"
          element={
            <Authenticated>
              <HouseholdSlips />
            </Authenticated>
          }
        />
      </CustomRoutes>
    </Admin>
  );
}
