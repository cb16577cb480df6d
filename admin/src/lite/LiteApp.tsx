/**
 * The small entry of the residents' pages (served at /vote/, see vote.html): the ballot code entry
 * (`#/vote/code`), the representatives' sign-in (`#/vote/login`), their meetings and ballots
 * (`#/vote`, `#/vote/:meetingId`, signed in), a matter by tracking code (`#/matter`,
 * `#/matter/:code`) and the survey answer page (`#/survey`). The pages are the admin's own
 * (vote/, matters/ResidentMatter.tsx, surveys/SurveyAnswer.tsx); this file gives them what
 * React-Admin gives them in the admin (raLite.ts): messages, hash routes, the data provider and
 * the authProvider over the same API, react-query and the MUI theme. An unknown route shows the
 * code entry.
 */
import { setErrorTranslator } from '../common/providerHooks';
import { setErrorEnums } from '../dataProvider/errorText';
import { zhResidentPages } from '../i18n/zh';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Alert, CssBaseline, LinearProgress, Snackbar, ThemeProvider, createTheme } from '@mui/material';
import { authHeaders, createAuthProvider, currentToken } from '../authProvider';
import { CodeEntry, MemberVote, RepresentativeLogin, VoteHome } from '../vote';
import { createLiteDataProvider } from './liteDataProvider';
import { defaultMessages, messagesOf, storeLocale, storedLocale, translator } from './messages';
import { LiteContext, type LiteState } from './raLite';

/** The matter and survey pages are fetched when first opened: the ballot does not wait for them. */
const ResidentMatter = lazy(() => import('../matters/ResidentMatter').then((m) => ({ default: m.ResidentMatter })));
const SurveyAnswer = lazy(() => import('../surveys/SurveyAnswer').then((m) => ({ default: m.SurveyAnswer })));
const HouseholdConvention = lazy(() =>
  import('../household/HouseholdConvention').then((m) => ({ default: m.HouseholdConvention })),
);

const theme = createTheme();
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const authProvider = createAuthProvider('/graphql');

/** A route: its pattern's segments (`:name` is a parameter), the page, and whether it needs a signed-in user. */
// Enum values in error sentences read as their labels (dataProvider/errorText.ts).
setErrorEnums(zhResidentPages);

const ROUTES: { path: string; page: () => ReactNode; signedIn?: boolean }[] = [
  { path: '/vote/code', page: () => <CodeEntry /> },
  { path: '/vote/login', page: () => <RepresentativeLogin /> },
  { path: '/vote', page: () => <VoteHome />, signedIn: true },
  { path: '/vote/:meetingId', page: () => <MemberVote />, signedIn: true },
  { path: '/matter', page: () => <ResidentMatter /> },
  { path: '/matter/:code', page: () => <ResidentMatter /> },
  { path: '/survey', page: () => <SurveyAnswer /> },
  { path: '/household', page: () => <HouseholdConvention /> },
];

/** The route matching `path` and its parameters; the code entry when none does. */
export function matchRoute(path: string): { route: (typeof ROUTES)[number]; params: Record<string, string> } {
  const parts = path.split('?')[0].split('/').filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return segment === parts[i];
    });
    if (fits) return { route, params };
  }
  return { route: ROUTES[0], params: {} };
}

/** The hash route shown (`/vote/code` for `#/vote/code`), following the address. */
function useHashPath(): string {
  const read = () => window.location.hash.replace(/^#/, '') || '/vote/code';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const follow = () => setPath(read());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return path;
}

/** The small entry's application. */
export function LiteApp() {
  const path = useHashPath();
  const [locale, setLocaleState] = useState(storedLocale);
  const [phrases, setPhrases] = useState<object>(defaultMessages);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void messagesOf(locale).then((found) => live && setPhrases(found));
    document.documentElement.lang = locale;
    return () => {
      live = false;
    };
  }, [locale]);
  const translate = useMemo(() => translator(locale, phrases), [locale, phrases]);
  // Error sentences in the page's language (common/providerHooks.ts); errors come from actions after mount.
  useEffect(() => setErrorTranslator(translate), [translate]);
  const navigate = useCallback((to: string) => {
    window.location.hash = to;
  }, []);
  const dataProvider = useMemo(
    () =>
      createLiteDataProvider({
        uri: '/graphql',
        translate,
        headers: authHeaders,
        // The session ended: forget it (and every ballot secret) and ask to sign in again.
        onSignedOut: () => void authProvider.logout({}).then(() => navigate('/vote/login')),
      }),
    [translate, navigate],
  );
  const { route, params } = matchRoute(path);
  const blocked = route.signedIn && !currentToken();
  useEffect(() => {
    if (blocked) navigate('/vote/login');
  }, [blocked, navigate]);

  const state: LiteState = {
    translate,
    locale,
    setLocale: (next) => {
      storeLocale(next);
      setLocaleState(next);
    },
    params,
    navigate,
    dataProvider,
    authProvider,
    notify: (text) => setMessage(text),
    refresh: () => void queryClient.invalidateQueries(),
  };
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <LiteContext.Provider value={state}>
          <Suspense fallback={<LinearProgress />}>
            {blocked ? null : <div key={route.path}>{route.page()}</div>}
          </Suspense>
          <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
            <Alert severity="error" onClose={() => setMessage(null)} sx={{ fontSize: '1rem' }}>
              {message}
            </Alert>
          </Snackbar>
        </LiteContext.Provider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
