/**
 * Pingyi's admin: the resources of the subdistrict system and the meeting room over the GraphQL
 * API, in Chinese by default with an English switch, opening on each role's home (home/). Routes
 * outside the admin's layout: the printable sheets, fetched when first opened with the assessment
 * overview (see common/lazy.tsx). The residents' pages — the voting screens, the ballot code entry,
 * the representatives' sign-in, a matter by tracking code, the survey answer page, the households'
 * page of a convention — are their own
 * small entry at /vote/ (lite/LiteApp.tsx); their old addresses here (`#/vote/code`,
 * `#/matter/<code>`, …) lead there. The staff's sign-in links to the representatives'.
 */
import { Admin, Authenticated, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import { authHeaders, createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { setErrorTranslator } from './common/providerHooks';
import { setErrorEnums } from './dataProvider/errorText';
import zh from './i18n/zh';
import { Layout } from './common/Layout';
import { darkTheme, lightTheme } from './common/theme';
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
import { StaffLogin } from './vote/StaffLogin';
import { ToResidentPages } from './vote/ToResidentPages';

const { Route } = reactRouterProvider;

/** The printable sheets of a meeting. */
const BallotSlips = lazyComponent(() => import('./evaluationMeetings/BallotSlips').then((m) => m.BallotSlips));
const ResultSheet = lazyComponent(() => import('./evaluationMeetings/ResultSheet').then((m) => m.ResultSheet));
/** The monthly ranking of matters. */
const MatterRanking = lazyComponent(() => import('./matters/MatterRanking').then((m) => m.MatterRanking));
/** Residents' surveys: the staff's screen. */
const SurveysPage = lazyComponent(() => import('./surveys').then((m) => m.SurveysPage));
/** The printable records of the self-governance meetings and the household code slips. */
const HearingSheet = lazyComponent(() => import('./hearings/HearingSheet').then((m) => m.HearingSheet));
const MediationSheet = lazyComponent(() => import('./mediations/MediationSheet').then((m) => m.MediationSheet));
const PetitionSheet = lazyComponent(() => import('./petitions/PetitionSheet').then((m) => m.PetitionSheet));
const ConventionSheet = lazyComponent(() => import('./conventions/ConventionSheet').then((m) => m.ConventionSheet));
const HouseholdSlips = lazyComponent(() => import('./conventions/HouseholdSlips').then((m) => m.HouseholdSlips));
/** The assessors' overview of a district. */
const AssessmentOverview = lazyComponent(() =>
  import('./assessments/AssessmentOverview').then((m) => m.AssessmentOverview),
);

/** The admin's old addresses of the residents' pages (printed slips, messages), now served by /vote/. */
const RESIDENT_PATHS = [
  '/vote',
  '/vote/code',
  '/vote/login',
  '/vote/:meetingId',
  '/matter',
  '/matter/:code',
  '/survey',
  '/household',
];

/** The data provider, talking to the API on the same host with the signed-in user's token. */
const dataProvider = createDataProvider({ uri: '/graphql', translate: i18nProvider.translate, headers: authHeaders });
// Error sentences in the language the user chose (common/providerHooks.ts).
setErrorTranslator(i18nProvider.translate);
setErrorEnums(zh);
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
      theme={lightTheme}
      darkTheme={darkTheme}
      defaultTheme="light"
      dashboard={Home}
      loginPage={StaffLogin}
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
        {/* The residents' pages moved to their own small entry (/vote/); the old addresses lead there. */}
        {RESIDENT_PATHS.map((path) => (
          <Route key={path} path={path} element={<ToResidentPages />} />
        ))}
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
