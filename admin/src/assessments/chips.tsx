/**
 * Small coloured badges of the annual assessment (docs/rules.md rules 10 and 11): a grade, an outcome,
 * the DRAFT/FINALIZED state and the red-line breach marker, in the admin's language; each also as
 * a React-Admin field reading the record in context.
 */
import { Chip, Tooltip } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Grade, Outcome } from '../dataProvider/types';
import { GRADE_CHIP, OUTCOME_CHIP } from './figures';

/**
 * The translation key of a grade's name under a policy's grade names (docs/rules.md rule 10):
 * `pingyi.gradeNames.<GradeLabels>.<Grade>`, STANDARD (优秀/良好/平庸/较差) when none is known.
 */
export function gradeKey(grade: string, labels?: string | null): string {
  return `pingyi.gradeNames.${labels ?? 'STANDARD'}.${grade}`;
}

/** A grade as a coloured chip (优秀 green … 较差 red), named as the policy's `labels` say; "—" without one. */
export function GradeChip({
  grade,
  labels,
  testId,
}: {
  grade: Grade | null | undefined;
  labels?: string | null;
  testId?: string;
}) {
  const translate = useTranslate();
  if (!grade) return <span data-testid={testId}>—</span>;
  return (
    <Chip
      size="small"
      color={GRADE_CHIP[grade] ?? 'default'}
      label={translate(gradeKey(grade, labels), { _: grade })}
      data-testid={testId}
    />
  );
}

/** An outcome as a coloured badge (可提拔 green, 调整岗位 amber, 免职 red); nothing without one. */
export function OutcomeChip({
  outcome,
  testId = 'outcome-badge',
}: {
  outcome: Outcome | null | undefined;
  testId?: string;
}) {
  const translate = useTranslate();
  if (!outcome) return null;
  return (
    <Chip
      size="small"
      variant="filled"
      color={OUTCOME_CHIP[outcome] ?? 'default'}
      label={translate(`pingyi.enums.PersonnelOutcome.${outcome}`, { _: outcome })}
      data-testid={testId}
      data-outcome={outcome}
    />
  );
}

/** DRAFT (grey, outlined) or FINALIZED (blue). */
export function AssessmentStatusChip({ status }: { status: string | undefined }) {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant={status === 'FINALIZED' ? 'filled' : 'outlined'}
      color={status === 'FINALIZED' ? 'primary' : 'default'}
      label={translate(`pingyi.enums.AssessmentStatus.${status}`, { _: status })}
      data-testid="assessment-status"
    />
  );
}

/** The red-line breach marker: the year is outside the four grades (docs/rules.md rule 9). */
export function RedLineMarker({ breached }: { breached: boolean | undefined }) {
  const translate = useTranslate();
  if (!breached) return null;
  return (
    <Tooltip title={translate('pingyi.assessment.redLineHelp')}>
      <Chip
        size="small"
        color="error"
        variant="outlined"
        icon={<GavelIcon />}
        label={translate('pingyi.assessment.redLine')}
        data-testid="red-line"
      />
    </Tooltip>
  );
}

/** Shows the record's `source` (a Grade) as a {@link GradeChip}. */
export function GradeField({ source = 'grade' }: FieldProps) {
  const record = useRecordContext();
  return <GradeChip grade={record?.[source] as Grade | null} labels={record?.gradeLabels as string | undefined} />;
}

/** Shows the record's `source` (a PersonnelOutcome) as an {@link OutcomeChip}. */
export function OutcomeField({ source = 'outcome' }: FieldProps) {
  const record = useRecordContext();
  return <OutcomeChip outcome={record?.[source] as Outcome | null} />;
}

/** Shows the record's `source` (AssessmentStatus) as an {@link AssessmentStatusChip}. */
export function AssessmentStatusField({ source = 'status' }: FieldProps) {
  const record = useRecordContext();
  return <AssessmentStatusChip status={record?.[source] as string | undefined} />;
}

/** The record's effective grade, or the red-line marker in a breach year. */
export function EffectiveGradeField(_: FieldProps) {
  const record = useRecordContext();
  if (record?.redLineBreached) return <RedLineMarker breached />;
  return <GradeChip grade={record?.grade as Grade | null} labels={record?.gradeLabels as string | undefined} />;
}
