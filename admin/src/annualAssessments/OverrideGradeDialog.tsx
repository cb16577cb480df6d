/**
 * A dialog to override a DRAFT assessment's grade (docs/rules.md rule 10): pick the grade that is to
 * count and write why (required, 1–2,000 characters); the server records it and audits it.
 */
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { Grade } from '../dataProvider/types';
import { GRADES } from '../assessments/figures';
import { gradeKey } from '../assessments/chips';

/** Props of {@link OverrideGradeDialog}. */
export interface OverrideGradeDialogProps {
  assessmentId: string;
  /** The grade to start from (the current override or computed grade). */
  current: string | null;
  open: boolean;
  onClose: () => void;
  /** Called after the override was saved. */
  onDone: () => void;
  /** The grade names of the assessment's policy (GradeLabels; docs/rules.md rule 10), STANDARD when not given. */
  labels?: string | null;
}

const MAX_REASON = 2000;

/** The override form; Save stays off until a grade and a reason are given. */
export function OverrideGradeDialog({
  assessmentId,
  current,
  labels,
  open,
  onClose,
  onDone,
}: OverrideGradeDialogProps) {
  const translate = useTranslate();
  const [grade, setGrade] = useState<string>(current ?? '');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const overriding = useWorkflow(
    (dp, chosen: Grade, why: string) => dp.overrideAnnualAssessmentGrade(assessmentId, chosen, why),
    {
      success: 'pingyi.assessment.overridden',
      onSuccess: () => {
        onClose();
        onDone();
      },
    },
  );
  const busy = overriding.isPending;
  useEffect(() => {
    if (open) {
      setGrade(current ?? '');
      setReason('');
      setTouched(false);
    }
  }, [open, current]);
  const reasonError = !saysSomething(reason)
    ? 'pingyi.assessment.reasonRequired'
    : reason.length > MAX_REASON
      ? 'pingyi.assessment.reasonTooLong'
      : null;

  const save = () => {
    setTouched(true);
    if (!grade || reasonError) return;
    void overriding.run(grade as Grade, reason.trim());
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('pingyi.assessment.overrideTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          select
          label={translate('resources.annualAssessments.fields.overrideGrade')}
          value={grade}
          onChange={(event) => setGrade(event.target.value)}
          fullWidth
          margin="dense"
          error={touched && !grade}
          helperText={touched && !grade ? translate('ra.validation.required') : ' '}
        >
          {GRADES.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(gradeKey(value, labels))}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('resources.annualAssessments.fields.overrideReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => setTouched(true)}
          fullWidth
          multiline
          minRows={3}
          margin="dense"
          required
          error={touched && !!reasonError}
          helperText={
            touched && reasonError
              ? translate(reasonError, { max: MAX_REASON })
              : translate('pingyi.assessment.reasonHelp')
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={save} disabled={busy}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
