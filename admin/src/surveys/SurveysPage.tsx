/**
 * `#/surveys` (居民测评, docs/rules.md rule 12): an ADMIN creates a survey for a neighborhood, opens
 * and closes it and issues printable codes; the 街道's staff follow the count of answers; everyone
 * of the scope reads the published rates.
 */
import { useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import { SurveyResultsPanel } from './SurveyResultsPanel';
import { SurveySlips } from './SurveySlips';

const SURVEYS = ['residentSurveys'];

/** The survey screen. */
export function SurveysPage() {
  const translate = useTranslate();
  const isAdmin = useCanAccess({ resource: 'residentSurveys', action: 'manage' }).canAccess === true;
  const surveys = useProviderQuery(SURVEYS, (dp) => dp.residentSurveys());
  const neighborhoods = useProviderQuery(
    ['residentSurveys', 'neighborhoods'],
    isAdmin ? (dp) => dp.surveyNeighborhoods() : null,
  );
  const [neighborhoodId, setNeighborhoodId] = useState('');
  const [period, setPeriod] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [slips, setSlips] = useState<{ surveyId: string; title: string; codes: string[] } | null>(null);
  const [count, setCount] = useState(20);
  const invalidate = () => [SURVEYS];
  const create = useWorkflow(
    (dp, id: string, p: string) => dp.createSurvey({ neighborhoodId: id, period: p.trim() || undefined }),
    { success: 'pingyi.surveys.created', invalidate },
  );
  const open = useWorkflow((dp, id: string) => dp.openSurvey(id), { success: 'pingyi.surveys.opened', invalidate });
  const close = useWorkflow((dp, id: string) => dp.closeSurvey(id), { success: 'pingyi.surveys.closed', invalidate });
  const issue = useWorkflow((dp, id: string, n: number) => dp.issueSurveyCodes(id, n), {
    success: (data) => ({ message: 'pingyi.surveys.issued', args: { smart_count: data.codes.length } }),
    invalidate,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (neighborhoodId) await create.run(neighborhoodId, period);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('pingyi.surveys.title')} />
      <CardContent>
        {isAdmin ? (
          <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 3 }}>
            <TextField
              select
              label={translate('pingyi.surveys.neighborhood')}
              value={neighborhoodId}
              onChange={(e) => setNeighborhoodId(e.target.value)}
              sx={{ minWidth: 240 }}
              slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } } }}
            >
              {(neighborhoods.data ?? []).map((n) => (
                <MenuItem key={n.id} value={n.id}>
                  {n.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('pingyi.surveys.period')}
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              sx={{ minWidth: 280 }}
            />
            <Button type="submit" variant="contained" disabled={!neighborhoodId || create.isPending}>
              {translate('pingyi.surveys.create')}
            </Button>
          </Box>
        ) : null}
        {surveys.data && surveys.data.length === 0 ? <Typography>{translate('pingyi.surveys.none')}</Typography> : null}
        <Table size="small" data-testid="survey-table">
          <TableHead>
            <TableRow>
              {(['title', 'neighborhood', 'period', 'status', 'answers', 'codes', 'actions'] as const).map((c) => (
                <TableCell key={c}>{translate(`pingyi.surveys.columns.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(surveys.data ?? []).map((s) => (
              <TableRow key={s.id} data-testid={`survey-${s.id}`} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  {s.title}
                  {shown === s.id ? <SurveyResultsPanel surveyId={s.id} /> : null}
                  {slips?.surveyId === s.id ? <SurveySlips codes={slips.codes} title={slips.title} /> : null}
                </TableCell>
                <TableCell>{s.neighborhood.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.period}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`pingyi.surveys.status.${s.status}`)}</TableCell>
                <TableCell data-testid="survey-answers">{s.counts ? s.counts.answers : '—'}</TableCell>
                <TableCell>{s.counts ? `${s.counts.usedCodes} / ${s.counts.issuedCodes}` : '—'}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                    <Button size="small" onClick={() => setShown(shown === s.id ? null : s.id)}>
                      {translate('pingyi.surveys.results')}
                    </Button>
                    {isAdmin && s.status === 'DRAFT' ? (
                      <Button size="small" onClick={() => void open.run(s.id)}>
                        {translate('pingyi.surveys.open')}
                      </Button>
                    ) : null}
                    {isAdmin && s.status === 'OPEN' ? (
                      <Button size="small" onClick={() => void close.run(s.id)}>
                        {translate('pingyi.surveys.close')}
                      </Button>
                    ) : null}
                    {isAdmin && s.status !== 'CLOSED' ? (
                      <>
                        <TextField
                          size="small"
                          type="number"
                          label={translate('pingyi.surveys.codeCount')}
                          value={count}
                          onChange={(e) => setCount(Number(e.target.value))}
                          sx={{ width: 120 }}
                        />
                        <Button
                          size="small"
                          onClick={async () => {
                            const issued = await issue.run(s.id, count);
                            if (issued) setSlips({ surveyId: s.id, title: s.title, codes: issued.codes });
                          }}
                        >
                          {translate('pingyi.surveys.issue')}
                        </Button>
                      </>
                    ) : null}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
