/**
 * 月度排名 (docs/rules.md rule 13): a district's monthly ranking (三率) of its offices and agencies
 * (ranked within each 街道; pick a 街道 to see its units) or of its 街道, with the month before for
 * comparison, the trend of the scores over the last six months (recharts) and an XLSX export.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useGetList, useTranslate } from 'react-admin';
import { lazyComponent } from '../common/lazy';
import { useProviderQuery } from '../common/providerHooks';
import { answer } from '../dataProvider/call';
import type { MatterRankingLevel } from '../gql/graphql';
import { rankingWorkbook, type RankingData } from './rankingWorkbook';

const RankingTrendChart = lazyComponent(
  () => import('./RankingTrendChart').then((m) => m.RankingTrendChart),
  <Box sx={{ height: 300 }} />,
);

/** YYYY-MM of the month `offset` months from `month`. */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + offset, 1));
  return d.toISOString().slice(0, 7);
}

/** The month before the current one (Asia/Shanghai is close enough to the browser's own clock here). */
function lastMonth(): string {
  return shiftMonth(new Date().toISOString().slice(0, 7), -1);
}

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));

/** Downloads bytes as a file. */
function download(bytes: ArrayBuffer, name: string) {
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The ranking page. */
export function MatterRanking() {
  const translate = useTranslate();
  const [districtId, setDistrictId] = useState('');
  const [month, setMonth] = useState(lastMonth());
  const [level, setLevel] = useState<MatterRankingLevel>('UNIT');
  const [subdistrictId, setSubdistrictId] = useState('');
  const mine = useProviderQuery(['users', 'me'], (dp) => dp.me());
  useEffect(() => {
    if (!districtId && mine.data) setDistrictId(mine.data.district.id);
    if (!subdistrictId && mine.data?.subdistrictId) setSubdistrictId(mine.data.subdistrictId);
  }, [districtId, subdistrictId, mine.data]);
  const districts = useGetList('districts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const subdistricts = useGetList(
    'subdistricts',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' },
      filter: { districtId, kind: 'SUBDISTRICT' },
    },
    { enabled: !!districtId },
  );
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const months = useMemo(
    () => (valid ? [5, 4, 3, 2, 1, 0].map((back) => shiftMonth(month, -back)) : []),
    [month, valid],
  );
  const rankings = useProviderQuery(
    ['matters', 'ranking', districtId, month, level],
    districtId && valid
      ? async (dp) =>
          answer(await Promise.all(months.map(async (m) => (await dp.matterRanking(districtId, m, level)).data)))
      : null,
  );
  const all = rankings.data as RankingData[] | undefined;
  const current = all?.[all.length - 1];
  const keep = (row: RankingData['rows'][number]) =>
    level === 'SUBDISTRICT' || !subdistrictId || row.subdistrictId === subdistrictId;
  const rows = current?.rows.filter(keep) ?? [];
  const rowKey = (row: RankingData['rows'][number]) => row.officeId ?? row.agencyId ?? row.subdistrictId;
  const points = (all ?? []).map((ranking) => ({
    month: ranking.month,
    scores: Object.fromEntries(ranking.rows.filter(keep).map((row) => [row.name, row.current.score ?? null])),
  }));
  const districtName = districts.data?.find((d) => d.id === districtId)?.name ?? '';
  const exportSheet = async () => {
    if (!current) return;
    const bytes = await rankingWorkbook({ ...current, rows }, districtName);
    download(bytes, `${districtName}-${current.month}-诉求月度排名.xlsx`);
  };

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="pingyi.ranking.title" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              select
              size="small"
              label={translate('pingyi.ranking.district')}
              value={districtId}
              onChange={(event) => setDistrictId(event.target.value)}
              sx={{ minWidth: 160 }}
            >
              {(districts.data ?? []).map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {d.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="month"
              size="small"
              name="month"
              label={translate('pingyi.ranking.month')}
              value={month}
              onChange={(event) => setMonth(event.target.value)}
              error={!valid}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <ToggleButtonGroup
              size="small"
              exclusive
              value={level}
              onChange={(_, value) => value && setLevel(value)}
              aria-label={translate('pingyi.ranking.level')}
            >
              <ToggleButton value="UNIT">{translate('pingyi.enums.MatterRankingLevel.UNIT')}</ToggleButton>
              <ToggleButton value="SUBDISTRICT">
                {translate('pingyi.enums.MatterRankingLevel.SUBDISTRICT')}
              </ToggleButton>
            </ToggleButtonGroup>
            {level === 'UNIT' ? (
              <TextField
                select
                size="small"
                name="subdistrict"
                label={translate('pingyi.ranking.subdistrict')}
                value={subdistrictId}
                onChange={(event) => setSubdistrictId(event.target.value)}
                sx={{ minWidth: 160 }}
              >
                {(subdistricts.data ?? []).map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            <Box sx={{ flex: 1 }} />
            <Button
              variant="outlined"
              startIcon={<DownloadIcon />}
              disabled={!current}
              onClick={() => void exportSheet()}
            >
              {translate('pingyi.ranking.export')}
            </Button>
          </Stack>
          {current ? (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
              {translate('pingyi.ranking.weights', {
                response: current.weights.responseWeight,
                resolution: current.weights.resolutionWeight,
                satisfaction: current.weights.satisfactionWeight,
              })}
            </Typography>
          ) : null}
        </CardContent>
        {rankings.loading ? <LinearProgress /> : null}
      </Card>
      <Card>
        <TableContainer>
          <Table size="small" aria-label={translate('pingyi.ranking.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('pingyi.ranking.rank')}</TableCell>
                <TableCell>
                  {translate(level === 'UNIT' ? 'pingyi.ranking.unit' : 'pingyi.ranking.subdistrict')}
                </TableCell>
                <TableCell align="right">{translate('pingyi.ranking.received')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.responseRate')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.resolutionRate')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.satisfactionRate')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.charged')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.score')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.previousRank')}</TableCell>
                <TableCell align="right">{translate('pingyi.ranking.previousScore')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={rowKey(row)} data-unit={row.name}>
                  <TableCell>{row.rank ?? '—'}</TableCell>
                  <TableCell>{row.name}</TableCell>
                  <TableCell align="right">{row.current.received}</TableCell>
                  <TableCell align="right">{percent(row.current.responseRate)}</TableCell>
                  <TableCell align="right">{percent(row.current.resolutionRate)}</TableCell>
                  <TableCell align="right">{percent(row.current.satisfactionRate)}</TableCell>
                  <TableCell align="right">{row.current.chargedWorkingDays}</TableCell>
                  <TableCell align="right">{score(row.current.score)}</TableCell>
                  <TableCell align="right">{row.previousRank ?? '—'}</TableCell>
                  <TableCell align="right">{score(row.previous.score)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {current && rows.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('pingyi.ranking.empty')}
          </Typography>
        ) : null}
      </Card>
      {all && rows.length > 0 ? (
        <Card>
          <CardContent>
            <Typography variant="h6">{translate('pingyi.ranking.trend')}</Typography>
            <RankingTrendChart points={points} series={rows.map((row) => row.name)} />
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
}
