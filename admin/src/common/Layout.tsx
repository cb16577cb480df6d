/**
 * The admin's frame: an app bar with the language switch (中文 / English), the light/dark switch
 * (common/theme.ts) and the user's menu, and a menu of the
 * resources, the voting screen for representatives, and a link to the GraphiQL console. What the
 * menu shows follows authProvider.canAccess (access.ts).
 */
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  Menu,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useCanAccess,
  useGetIdentity,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import TerminalIcon from '@mui/icons-material/Terminal';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import InsightsIcon from '@mui/icons-material/Insights';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import PollIcon from '@mui/icons-material/Poll';

/**
 * The user's menu; its button's accessible name ("用户：张主任") contains the name it shows, so
 * speech and sight agree.
 */
function PingyiUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const menu = translate('ra.auth.user_menu');
  return <UserMenu label={identity?.fullName ? `${menu}：${identity.fullName}` : menu} />;
}

/**
 * The page title on one line, cut with an ellipsis rather than running into the buttons beside
 * it on a phone.
 */
const titleStyle = {
  '& #react-admin-title': { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
} as const;

/** The app bar: page title, product name, language and theme switches, loading indicator, user menu. */
export function PingyiAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      userMenu={<PingyiUserMenu />}
      sx={titleStyle}
      toolbar={
        <>
          <LocalesMenuButton />
          <ToggleThemeButton />
          <LoadingIndicator aria-label={translate('pingyi.panel.loading')} />
        </>
      }
    >
      <TitlePortal sx={{ minWidth: 0 }} />
      <Box sx={{ display: { xs: 'none', md: 'block' }, mr: 2 }}>
        <Typography variant="subtitle2" component="span" sx={{ opacity: 0.85 }}>
          {translate('pingyi.title')}
        </Typography>
      </Box>
    </AppBar>
  );
}

/** The side menu: the role's home, the voting screen (representatives), every resource, the assessors' overview, the matters' monthly ranking, then the GraphiQL console (a separate page at /graphiql; ADMINs only). */
export function PingyiMenu() {
  const translate = useTranslate();
  const votes = useCanAccess({ resource: 'vote', action: 'list' }).canAccess;
  const overviews = useCanAccess({ resource: 'assessmentOverview', action: 'list' }).canAccess;
  const rankings = useCanAccess({ resource: 'matterRanking', action: 'list' }).canAccess;
  const surveys = useCanAccess({ resource: 'residentSurveys', action: 'list' }).canAccess;
  const consoles = useCanAccess({ resource: 'graphiql', action: 'list' }).canAccess;
  return (
    <Menu>
      <Menu.DashboardItem primaryText={translate('pingyi.home.title')} />
      {votes ? <Menu.Item to="/vote" primaryText={translate('pingyi.vote.menu')} leftIcon={<HowToVoteIcon />} /> : null}
      <ResourceItems />
      {surveys ? (
        <Menu.Item to="/surveys" primaryText={translate('pingyi.surveys.menu')} leftIcon={<PollIcon />} />
      ) : null}
      {overviews ? (
        <Menu.Item
          to="/assessment-overview"
          primaryText={translate('pingyi.overview.menu')}
          leftIcon={<InsightsIcon />}
        />
      ) : null}
      {rankings ? (
        <Menu.Item
          to="/matter-ranking"
          primaryText={translate('pingyi.ranking.title')}
          leftIcon={<LeaderboardIcon />}
        />
      ) : null}
      {consoles ? (
        <Menu.Item
          to="/graphiql"
          primaryText={translate('pingyi.graphiql')}
          leftIcon={<TerminalIcon />}
          onClick={openGraphiQL}
        />
      ) : null}
    </Menu>
  );
}

/** The menu items of the resources with a list (each shown only when its list may be opened). */
function ResourceItems() {
  const resources = useResourceDefinitions();
  const shown = Object.keys(resources).filter((name) => resources[name].hasList);
  return (
    <>
      {shown.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
    </>
  );
}

/** GraphiQL lives outside the admin's router, so leave the single-page app to open it. */
function openGraphiQL(event: React.MouseEvent) {
  event.preventDefault();
  window.location.assign('/graphiql');
}

/**
 * React-Admin's layout with Pingyi's app bar and menu. The content may shrink below its widest
 * table, so a wide list scrolls sideways inside its own frame and the page never does (a 1024×768
 * tablet in a meeting); so does a list beside its saved queries.
 */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout
      appBar={PingyiAppBar}
      menu={PingyiMenu}
      sx={{ minWidth: 0, '& .RaLayout-content, & .RaList-main': { minWidth: 0 } }}
    >
      {children}
    </RaLayout>
  );
}
