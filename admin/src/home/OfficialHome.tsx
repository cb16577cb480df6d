/**
 * The official's own page (我的评议): who they are (`me { official }`) and their annual assessments,
 * which the API limits to their own. A user linked to no official is told whom to ask.
 */
import { useGetList, useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useProviderQuery } from '../common/providerHooks';
import { HomeCard, HomeCards } from './HomeParts';
import { gradeKey } from '../assessments/chips';

/** An official's home. */
export function OfficialHome() {
  const translate = useTranslate();
  const me = useProviderQuery(['users', 'me'], (dp) => dp.me());
  const official = me.data?.official ?? null;
  const assessments = useGetList(
    'annualAssessments',
    {
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'year', order: 'DESC' },
      filter: { officialId: official?.id },
    },
    { enabled: official !== null },
  );
  if (me.data && !official)
    return (
      <HomeCards>
        <HomeCard title={translate('pingyi.home.official.title')} testId="home-official">
          <Typography>{translate('pingyi.home.official.unlinked')}</Typography>
        </HomeCard>
      </HomeCards>
    );
  return (
    <HomeCards>
      <HomeCard
        title={`${translate('pingyi.home.official.title')}${official ? `：${official.name}` : ''}`}
        testId="home-official"
      >
        {official?.title ? <Typography color="text.secondary">{official.title}</Typography> : null}
        <Typography sx={{ mt: 1 }}>{translate('pingyi.home.official.selfReport')}</Typography>
      </HomeCard>
      <HomeCard title={translate('pingyi.home.official.assessments')} testId="home-assessments">
        {assessments.data && assessments.data.length > 0 ? (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('pingyi.home.official.year')}</TableCell>
                <TableCell>{translate('pingyi.home.official.status')}</TableCell>
                <TableCell>{translate('pingyi.home.official.score')}</TableCell>
                <TableCell>{translate('pingyi.home.official.grade')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {assessments.data.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.year}</TableCell>
                  <TableCell>{translate(`pingyi.enums.AssessmentStatus.${a.status}`)}</TableCell>
                  <TableCell>{a.score == null ? '—' : Number(a.score).toFixed(2)}</TableCell>
                  <TableCell>{a.grade ? translate(gradeKey(a.grade, a.gradeLabels)) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{translate('pingyi.home.none')}</Typography>
        )}
      </HomeCard>
    </HomeCards>
  );
}
