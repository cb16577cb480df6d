/**
 * The printable result sheet of a closed meeting (docs/rules.md rules 6 and 7): the meeting, its place,
 * date and chair, the attendees present, the turnout and the ballot codes issued, used and voided
 * by whom (so everyone present can check the ballots against the room), and a table of the
 * officials ranked by score with their count, satisfaction rate, criterion means and score; below
 * the minimum count only the count, after the ranked ones. No voter is named: the API knows none.
 */
import {
  Alert,
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useParams, useTranslate } from 'react-admin';
import { PrintFrame } from '../common/PrintFrame';
import { useProviderQuery } from '../common/providerHooks';
import { BallotTally } from './BallotTally';
import { formatMean, formatRate, formatScore, rankByScore } from './figures';
import { meetingKey } from './meetingRoom';
import { formatDay } from '../common/dates';

const cell = { border: '1px solid #000', py: '1.5mm', px: '2mm', fontSize: '10.5pt', color: '#000' } as const;

/** A calendar day in Shanghai time for the locale, e.g. 2026年6月15日. */
function day(iso: string | null, locale: string): string {
  return formatDay(iso, locale);
}

/** The route `#/evaluationMeetings/:id/result-sheet`. */
export function ResultSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = useProviderQuery([...meetingKey(id), 'results'], (dp) => dp.meetingResults(id));
  const meeting = query.data;
  const backTo = `#/evaluationMeetings/${encodeURIComponent(id)}/show/results`;
  if (query.loading && !meeting) return <LinearProgress />;
  if (!meeting || meeting.status !== 'CLOSED') {
    return (
      <PrintFrame backTo={backTo} printable={false}>
        <Alert severity="info">{translate('pingyi.meeting.results.notYet')}</Alert>
      </PrintFrame>
    );
  }
  const criteria = meeting.template.criteria;
  const place = [meeting.subdistrict.name, meeting.neighborhood?.name].filter(Boolean).join(' ');
  const facts: [string, string][] = [
    [translate('pingyi.print.meeting'), meeting.title],
    [translate('pingyi.print.place'), place],
    [translate('pingyi.print.date'), day(meeting.closedAt ?? meeting.openedAt, locale)],
    [translate('pingyi.print.chair'), meeting.chair?.displayName ?? '—'],
    [
      translate('pingyi.print.template'),
      `${meeting.template.name}（${meeting.template.criteria.map((c) => `${c.label} ${c.weight}`).join('、')}）`,
    ],
  ];
  return (
    <PrintFrame backTo={backTo}>
      <Typography component="h1" sx={{ fontSize: '18pt', fontWeight: 700, textAlign: 'center', mb: '5mm' }}>
        {translate('pingyi.print.sheetTitle')}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: '4mm',
          rowGap: '1mm',
          fontSize: '10.5pt',
          mb: '5mm',
          '& dt': { fontWeight: 600 },
          '& dd': { m: 0 },
        }}
      >
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd data-testid={`sheet-${label}`}>{value}</dd>
          </Box>
        ))}
      </Box>
      {meeting.progress ? (
        <Box sx={{ mb: '5mm' }}>
          <BallotTally progress={meeting.progress} print />
        </Box>
      ) : null}
      {/* On a phone's screen the table scrolls sideways inside the page (focusable, so the keyboard
          scrolls it too); on paper it fits the A4 width. */}
      <Box
        tabIndex={0}
        role="region"
        aria-label={translate('pingyi.print.sheetTitle')}
        sx={{ overflowX: 'auto', '@media print': { overflowX: 'visible' } }}
      >
        <Table
          size="small"
          sx={{ borderCollapse: 'collapse', '& th': { fontWeight: 700 }, '@media screen': { minWidth: 560 } }}
          data-testid="result-sheet-table"
        >
          <TableHead>
            <TableRow>
              {[
                translate('pingyi.meeting.results.rank'),
                translate('pingyi.meeting.results.official'),
                translate('resources.officials.fields.category'),
                translate('resources.officials.fields.title'),
              ].map((head) => (
                <TableCell key={head} sx={cell}>
                  {head}
                </TableCell>
              ))}
              {[
                translate('pingyi.meeting.results.count'),
                translate('pingyi.meeting.results.rate'),
                ...criteria.map((c) => c.label),
                translate('pingyi.meeting.results.score'),
              ].map((head) => (
                <TableCell key={head} sx={cell} align="right">
                  {head}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rankByScore(meeting.results).map(({ result, rank }) => {
              const published = rank !== null && result.rate !== null;
              return (
                <TableRow key={result.officialId} data-testid="sheet-row">
                  <TableCell sx={cell}>{rank ?? '—'}</TableCell>
                  <TableCell sx={cell}>{result.official.name}</TableCell>
                  <TableCell sx={cell}>
                    {translate(`pingyi.enums.OfficialCategory.${result.official.category}`)}
                  </TableCell>
                  <TableCell sx={cell}>{result.official.title || '—'}</TableCell>
                  <TableCell sx={cell} align="right">
                    {result.ratingCount}
                  </TableCell>
                  {published ? (
                    <>
                      <TableCell sx={cell} align="right">
                        {formatRate(result.rate!)}
                      </TableCell>
                      {criteria.map((c) => {
                        const mean = result.criterionMeans?.find((m) => m.key === c.key)?.mean;
                        return (
                          <TableCell key={c.key} sx={cell} align="right">
                            {mean === undefined ? '—' : formatMean(mean)}
                          </TableCell>
                        );
                      })}
                      <TableCell sx={cell} align="right">
                        {formatScore(result.weightedScore!)}
                      </TableCell>
                    </>
                  ) : (
                    <TableCell sx={cell} colSpan={criteria.length + 2} align="center">
                      {translate('pingyi.meeting.results.insufficient')}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <Typography sx={{ fontSize: '9pt', mt: '3mm' }}>
        {translate('pingyi.print.footnote', { min: meeting.minRatings })}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: '12mm', fontSize: '10.5pt' }}>
        <span>
          {translate('pingyi.print.signature')}
          <Box
            component="span"
            sx={{ display: 'inline-block', width: '50mm', borderBottom: '1px solid #000', ml: '2mm' }}
          />
        </span>
        <span>
          {translate('pingyi.print.printedAt')}：{day(new Date().toISOString(), locale)}
        </span>
      </Box>
    </PrintFrame>
  );
}
