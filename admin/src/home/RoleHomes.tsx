/**
 * The home of each role but the official's (OfficialHome.tsx): what is waiting for an ADMIN, the
 * chair's meetings, the representative's way to the ballot and the assessor's year at a glance.
 * Each reads through React-Admin's `useGetList`, so the API's scope decides what is counted.
 */
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { Count, HomeCard, HomeCards } from './HomeParts';
import { ChairSelfGovernanceCards, SelfGovernanceCards } from './SelfGovernanceCards';

/** Only the count of a list: one row is read. */
const COUNT = { pagination: { page: 1, perPage: 1 } };

/** An ADMIN's home: consents to decide, open cases, meetings still in preparation, and the self-governance records waiting. */
export function AdminHome() {
  const translate = useTranslate();
  const consents = useGetList('headAppointments', { ...COUNT, filter: { status: 'PROPOSED' } });
  const cases = useGetList('accountabilityCases', { ...COUNT, filter: { status: 'OPEN' } });
  const meetings = useGetList('evaluationMeetings', { ...COUNT, filter: { status: 'DRAFT' } });
  const open = translate('pingyi.home.admin.open');
  return (
    <HomeCards>
      <HomeCard
        title={translate('pingyi.home.admin.consents')}
        to="/headAppointments"
        action={open}
        testId="home-consents"
      >
        <Count total={consents.total} />
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.admin.cases')}
        to="/accountabilityCases"
        action={open}
        testId="home-cases"
      >
        <Count total={cases.total} />
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.admin.meetings')}
        to="/evaluationMeetings"
        action={open}
        testId="home-meetings"
      >
        <Count total={meetings.total} />
      </HomeCard>
      <SelfGovernanceCards />
    </HomeCards>
  );
}

/** A chair's home: the meeting in session first, each with a large button into its room, then those in preparation, then the hearings and conventions. */
export function ChairHome() {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const sort = { field: 'title', order: 'ASC' as const };
  const open = useGetList('evaluationMeetings', {
    pagination: { page: 1, perPage: 10 },
    sort,
    filter: { status: 'OPEN' },
  });
  const drafts = useGetList('evaluationMeetings', {
    pagination: { page: 1, perPage: 10 },
    sort,
    filter: { status: 'DRAFT' },
  });
  const room = (id: unknown) => createPath({ resource: 'evaluationMeetings', id: String(id), type: 'show' });
  const none = <Typography color="text.secondary">{translate('pingyi.home.none')}</Typography>;
  return (
    <HomeCards>
      {(open.data ?? []).map((m) => (
        <HomeCard
          key={m.id}
          title={`${translate('pingyi.home.chair.open')}：${m.title}`}
          to={room(m.id)}
          action={translate('pingyi.home.chair.enter')}
          testId="home-open-meeting"
        />
      ))}
      {open.data && open.data.length === 0 ? (
        <HomeCard title={translate('pingyi.home.chair.open')} testId="home-open-meeting">
          {none}
        </HomeCard>
      ) : null}
      <HomeCard title={translate('pingyi.home.chair.upcoming')} testId="home-upcoming">
        {drafts.data && drafts.data.length > 0 ? (
          <MuiList dense>
            {drafts.data.map((m) => (
              <ListItem key={m.id} component="a" href={`#${room(m.id)}`}>
                <ListItemText primary={m.title} />
              </ListItem>
            ))}
          </MuiList>
        ) : (
          none
        )}
      </HomeCard>
      <ChairSelfGovernanceCards />
    </HomeCards>
  );
}

/** A representative's home: one large button to the meetings to rate. */
export function RepresentativeHome() {
  const translate = useTranslate();
  return (
    <HomeCards>
      <HomeCard
        title={translate('pingyi.home.representative.intro')}
        to="/vote"
        action={translate('pingyi.home.representative.vote')}
        testId="home-vote"
      />
    </HomeCards>
  );
}

/** An assessor's home: this year's assessments, draft and finalised, and the open cases. */
export function AssessorHome() {
  const translate = useTranslate();
  const year = new Date().getFullYear();
  const drafts = useGetList('annualAssessments', { ...COUNT, filter: { year, status: 'DRAFT' } });
  const finalized = useGetList('annualAssessments', { ...COUNT, filter: { year, status: 'FINALIZED' } });
  const cases = useGetList('accountabilityCases', { ...COUNT, filter: { status: 'OPEN' } });
  return (
    <HomeCards>
      <HomeCard
        title={translate('pingyi.home.assessor.year', { year })}
        to="/assessment-overview"
        action={translate('pingyi.home.assessor.overview')}
        testId="home-year"
      >
        <Typography>
          {translate('pingyi.home.assessor.draft')}：{drafts.total ?? '…'} ·
          {translate('pingyi.home.assessor.finalized')}：{finalized.total ?? '…'}
        </Typography>
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.assessor.cases')}
        to="/accountabilityCases"
        action={translate('pingyi.home.admin.open')}
        testId="home-cases"
      >
        <Count total={cases.total} />
      </HomeCard>
    </HomeCards>
  );
}
