/**
 * The assessors' overview of a district (route `#/assessment-overview`, docs/rules.md rules 10 and 11):
 * pick the district (default: the viewer's) and the year (default: the newest year with a
 * finalised assessment in the district, else last year); see how many officials were assessed
 * and finalised, the district's grade totals, a stacked bar chart of the grades by subdistrict,
 * the officials by outcome with links to them, and the year's scoring policy.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { lazyComponent } from '../common/lazy';
import { useProviderQuery } from '../common/providerHooks';
import type { Overview } from '../dataProvider/types';
import { GradeChip, RedLineMarker } from './chips';
import { GRADES } from './figures';
import { OutcomeLists } from './OutcomeLists';
import { PolicyForm } from './PolicyForm';

/** The chart, fetched with recharts when a year with assessments is shown. */
const GradeDistributionChart = lazyComponent(
  () => import('./GradeDistributionChart').then((m) => m.GradeDistributionChart),
  <Box sx={{ height: 320 }} />,
);

/** Whether `value` is a year the overview accepts (2000–2100). */
const inRange = (value: number) => Number.isInteger(value) && value >= 2000 && value <= 2100;

/** One count with its label. */
function Figure({ label, value, testId }: { label: React.ReactNode; value: number; testId: string }) {
  return (
    <Box sx={{ minWidth: 88 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h5" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
        {value}
      </Typography>
    </Box>
  );
}

/** The district's totals of the year; grades named as its policy's `labels` say (docs/rules.md rule 10). */
function Totals({ overview, labels }: { overview: Overview; labels?: string | null }) {
  const translate = useTranslate();
  const count = (grade: string | null) =>
    overview.grades.filter((entry) => entry.grade === grade).reduce((sum, entry) => sum + entry.count, 0);
  return (
    <Stack
      direction="row"
      spacing={3}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}
      data-testid="overview-totals"
    >
      <Figure
        label={translate('pingyi.overview.assessed')}
        value={overview.draftCount + overview.finalizedCount}
        testId="overview-assessed"
      />
      <Figure
        label={translate('pingyi.overview.finalized')}
        value={overview.finalizedCount}
        testId="overview-finalized"
      />
      <Figure label={translate('pingyi.overview.drafts')} value={overview.draftCount} testId="overview-drafts" />
      {GRADES.map((grade) => (
        <Figure
          key={grade}
          label={<GradeChip grade={grade} labels={labels} />}
          value={count(grade)}
          testId={`overview-grade-${grade}`}
        />
      ))}
      <Figure label={<RedLineMarker breached />} value={count(null)} testId="overview-grade-BREACH" />
    </Stack>
  );
}

/** The overview page. */
export function AssessmentOverview() {
  const translate = useTranslate();
  const [districtId, setDistrictId] = useState('');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [yearText, setYearText] = useState(String(year));
  const [yearTyped, setYearTyped] = useState(false);
  // The districts to pick from (Shanghai has 16), and the newest year with a FINALIZED assessment in the district.
  const districts = useGetList('districts', { pagination: { page: 1, perPage: 100 } });
  const mine = useProviderQuery(['users', 'me'], (dp) => dp.me());
  useEffect(() => {
    if (!districtId && mine.data) setDistrictId(mine.data.district.id);
  }, [districtId, mine.data]);
  const newest = useGetList(
    'annualAssessments',
    {
      filter: { districtId, status: 'FINALIZED' },
      sort: { field: 'year', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: !!districtId },
  );
  const newestYear = newest.data ? ((newest.data[0]?.year as number | undefined) ?? null) : undefined;
  useEffect(() => {
    if (yearTyped || newestYear === undefined) return;
    const value = newestYear ?? new Date().getFullYear() - 1;
    setYear(value);
    setYearText(String(value));
  }, [yearTyped, newestYear]);
  const ready = !!districtId && year >= 2000 && year <= 2100;
  const overview = useProviderQuery(
    ['annualAssessments', 'overview', districtId, year],
    ready ? (dp) => dp.assessmentOverview(districtId, year) : null,
  );
  const data =
    overview.data && overview.data.districtId === districtId && overview.data.year === year ? overview.data : undefined;
  // The year's grade names come from the district's policy (STANDARD without one).
  const policy = useProviderQuery(
    ['annualAssessments', 'policy', districtId, year],
    ready ? (dp) => dp.assessmentPolicy(districtId, year) : null,
  );
  const labels = policy.data?.gradeLabels ?? null;

  const changeYear = (text: string) => {
    setYearText(text);
    setYearTyped(true);
    const value = Number(text);
    if (text.trim() !== '' && inRange(value)) setYear(value);
  };

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="pingyi.overview.title" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
            <TextField
              select
              size="small"
              label={translate('pingyi.overview.district')}
              value={districtId}
              onChange={(event) => setDistrictId(event.target.value)}
              sx={{ minWidth: 200 }}
            >
              {(districts.data ?? []).map((district) => (
                <MenuItem key={district.id} value={district.id}>
                  {district.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="number"
              size="small"
              label={translate('pingyi.overview.year')}
              value={yearText}
              onChange={(event) => changeYear(event.target.value)}
              error={String(year) !== yearText}
              helperText={String(year) !== yearText ? translate('pingyi.overview.yearRange') : undefined}
              slotProps={{ htmlInput: { min: 2000, max: 2100 } }}
              sx={{ width: 140 }}
            />
          </Stack>
          {overview.loading && !data ? <LinearProgress /> : null}
          {data ? <Totals overview={data} labels={labels} /> : null}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('pingyi.overview.byGrade', { year })}</Typography>
          {data && data.finalizedCount + data.draftCount === 0 ? (
            <Alert severity="info">{translate('pingyi.overview.noneFinal')}</Alert>
          ) : null}
          {data && data.finalizedCount + data.draftCount > 0 ? (
            <GradeDistributionChart subdistricts={data.subdistricts} labels={labels} />
          ) : null}
        </CardContent>
      </Card>
      <Typography variant="h6">{translate('pingyi.overview.byOutcome')}</Typography>
      {districtId ? <OutcomeLists districtId={districtId} version={`${data?.finalizedCount ?? ''}`} /> : null}
      {districtId && ready ? <PolicyForm districtId={districtId} year={year} /> : null}
    </Box>
  );
}
