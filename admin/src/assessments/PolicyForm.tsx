/**
 * A district's assessment policy for a year (docs/rules.md rule 10), viewed and, by an ASSESSOR or
 * ADMIN, set: the weights of the three parts and of the four panels (points, each set summing to
 * 100), the grade bands (lowest score 0–100 of EXCELLENT, GOOD, MEDIOCRE, strictly descending) and
 * the fewest ratings a meeting result needs. Problems show under their fields before saving.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import type { Policy } from '../dataProvider/types';
import { PANELS } from './figures';
import { checkPolicy, DEFAULT_POLICY } from './policyRules';

/** The grade names a policy may choose (docs/rules.md rule 10). */
const GRADE_LABELS: Policy['gradeLabels'][] = ['STANDARD', 'CIVIL_SERVICE'];

type Scalar =
  | 'meetingWeight'
  | 'thirdPartyWeight'
  | 'selfReportWeight'
  | 'excellentFrom'
  | 'goodFrom'
  | 'mediocreFrom'
  | 'minRatings';

/** Props of {@link PolicyForm}. */
export interface PolicyFormProps {
  districtId: string;
  year: number;
}

/** The policy card of the overview page. */
export function PolicyForm({ districtId, year }: PolicyFormProps) {
  const translate = useTranslate();
  const canSet = !!useCanAccess({ resource: 'assessmentPolicies', action: 'edit' }).canAccess;
  const query = useProviderQuery(['annualAssessments', 'policy', districtId, year], (dp) =>
    dp.assessmentPolicy(districtId, year),
  );
  const [policy, setPolicy] = useState<Policy>(DEFAULT_POLICY);
  const saving = useWorkflow((dp, chosen: Policy) => dp.setAssessmentPolicy(districtId, year, chosen), {
    success: () => ({ message: 'pingyi.policy.saved', args: { year } }),
    onSuccess: () => query.reload(),
  });
  const busy = saving.isPending;
  useEffect(() => {
    if (!query.loading) setPolicy(query.data ?? DEFAULT_POLICY);
  }, [query.data, query.loading]);

  const problems = checkPolicy(policy);
  const problemOf = (field: string) => problems.find((problem) => problem.field === field);
  const message = (field: string) => {
    const problem = problemOf(field);
    return problem ? translate(problem.message, problem.args) : ' ';
  };
  const setScalar = (field: Scalar) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setPolicy({ ...policy, [field]: event.target.value === '' ? NaN : Number(event.target.value) });
  const setPanel = (panel: string) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setPolicy({
      ...policy,
      panelWeights: PANELS.map((p) => ({
        panel: p,
        weight:
          p === panel
            ? event.target.value === ''
              ? NaN
              : Number(event.target.value)
            : (policy.panelWeights.find((e) => e.panel === p)?.weight ?? 0),
      })),
    });
  const number = (field: Scalar, label: string) => (
    <TextField
      key={field}
      type="number"
      size="small"
      label={label}
      value={Number.isNaN(policy[field]) ? '' : policy[field]}
      onChange={setScalar(field)}
      error={!!problemOf(field)}
      helperText={message(field)}
      disabled={!canSet}
      slotProps={{ htmlInput: { 'data-testid': `policy-${field}` } }}
      sx={{ width: 150 }}
    />
  );

  const save = () => {
    if (problems.length) return;
    void saving.run(policy);
  };

  const sums = ['parts', 'panels'].map((field) => problemOf(field)).filter(Boolean);
  return (
    <Card variant="outlined" data-testid="assessment-policy">
      <CardHeader
        title={translate('pingyi.policy.title', { year })}
        subheader={translate(query.data ? 'pingyi.policy.stored' : 'pingyi.policy.defaults')}
        slotProps={{ title: { variant: 'h6' } }}
      />
      <CardContent>
        <Typography variant="subtitle2">{translate('pingyi.policy.parts')}</Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {number('meetingWeight', translate('pingyi.assessment.parts.meeting'))}
          {number('thirdPartyWeight', translate('pingyi.assessment.parts.thirdParty'))}
          {number('selfReportWeight', translate('pingyi.assessment.parts.selfReport'))}
        </Stack>
        <Typography variant="subtitle2">{translate('pingyi.policy.panels')}</Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {PANELS.map((panel) => {
            const weight = policy.panelWeights.find((entry) => entry.panel === panel)?.weight ?? 0;
            return (
              <TextField
                key={panel}
                type="number"
                size="small"
                label={translate(`pingyi.enums.Panel.${panel}`)}
                value={Number.isNaN(weight) ? '' : weight}
                onChange={setPanel(panel)}
                error={!!problemOf(`panel.${panel}`)}
                helperText={message(`panel.${panel}`)}
                disabled={!canSet}
                sx={{ width: 120 }}
              />
            );
          })}
        </Stack>
        <Typography variant="subtitle2">{translate('pingyi.policy.bands')}</Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          {number('excellentFrom', translate('pingyi.policy.excellentFrom'))}
          {number('goodFrom', translate('pingyi.policy.goodFrom'))}
          {number('mediocreFrom', translate('pingyi.policy.mediocreFrom'))}
          {number('minRatings', translate('pingyi.policy.minRatings'))}
        </Stack>
        <Typography variant="subtitle2">{translate('pingyi.policy.gradeLabels')}</Typography>
        <TextField
          select
          size="small"
          label={translate('pingyi.policy.gradeLabels')}
          value={policy.gradeLabels}
          onChange={(event) => setPolicy({ ...policy, gradeLabels: event.target.value as Policy['gradeLabels'] })}
          disabled={!canSet}
          sx={{ mt: 1, mb: 2, minWidth: 320 }}
          data-testid="policy-grade-labels"
        >
          {GRADE_LABELS.map((labels) => (
            <MenuItem key={labels} value={labels}>
              {translate(`pingyi.enums.GradeLabels.${labels}`)}
            </MenuItem>
          ))}
        </TextField>
        {sums.length ? (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="policy-problems">
            {sums.map((problem) => (
              <Box key={problem!.field}>{translate(problem!.message, problem!.args)}</Box>
            ))}
          </Alert>
        ) : null}
        {canSet ? (
          <Button variant="contained" onClick={save} disabled={busy || problems.length > 0}>
            {translate('pingyi.policy.save')}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}
