/**
 * A survey's results as the API publishes them (docs/rules.md rule 12): per dimension and per
 * question once the survey is closed with its minimum count; before that why not, with the count
 * for the 街道's staff.
 */
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';

const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
const mean = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));

/** The results of one survey. */
export function SurveyResultsPanel({ surveyId }: { surveyId: string }) {
  const translate = useTranslate();
  const { data } = useProviderQuery(['residentSurveys', surveyId, 'results'], (dp) => dp.surveyResults(surveyId));
  if (!data) return null;
  if (!data.published)
    return (
      <Alert severity="info" data-testid="survey-not-published">
        {data.answerCount === null || data.answerCount === undefined
          ? translate('pingyi.surveys.notPublishedNoCount', { minimum: data.minimumAnswers })
          : translate('pingyi.surveys.notPublished', { minimum: data.minimumAnswers, count: data.answerCount })}
      </Alert>
    );
  return (
    <div data-testid="survey-results">
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('pingyi.surveys.published')} · {translate('pingyi.surveys.columns.answers')} {data.answerCount} ·{' '}
        {translate('pingyi.surveys.overall')} {percent(data.overallRate)}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell>{translate('pingyi.surveys.rate')}</TableCell>
            <TableCell>{translate('pingyi.surveys.mean')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.dimensions.map((d) => (
            <TableRow key={d.dimension} data-testid={`dimension-${d.dimension}`}>
              <TableCell>{translate(`pingyi.surveys.dimension.${d.dimension}`)}</TableCell>
              <TableCell>{percent(d.rate)}</TableCell>
              <TableCell>{mean(d.mean)}</TableCell>
            </TableRow>
          ))}
          {data.questions.map((q) => (
            <TableRow key={q.key}>
              <TableCell sx={{ pl: 4, color: 'text.secondary' }}>{q.text}</TableCell>
              <TableCell>{percent(q.rate)}</TableCell>
              <TableCell>{mean(q.mean)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
