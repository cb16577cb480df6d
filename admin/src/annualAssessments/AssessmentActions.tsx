/**
 * The assessment page's toolbar for an ASSESSOR or ADMIN while the assessment is DRAFT (DESIGN
 * rule 10): override the grade, which needs a written reason, and finalise, after a confirmation
 * because finalising is final and audited.
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import { Confirm, TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { finalizeAssessment } from '../assessments/assessmentApi';
import { isAssessorRole } from './AssessmentList';
import { OverrideGradeDialog } from './OverrideGradeDialog';

/** Override and Finalise for the DRAFT assessment in the record context. */
export function AssessmentActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const { permissions } = usePermissions();
  const [confirming, setConfirming] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'DRAFT' || !isAssessorRole(permissions)) return <TopToolbar />;
  const id = String(record.id);

  const finalize = async () => {
    setBusy(true);
    try {
      await finalizeAssessment(id);
      notify('pingyi.assessment.finalized', { type: 'success' });
      refresh();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <TopToolbar sx={{ gap: 1 }}>
      <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setOverriding(true)}>
        {translate('pingyi.assessment.override')}
      </Button>
      <Button variant="contained" color="warning" startIcon={<LockIcon />} onClick={() => setConfirming(true)}>
        {translate('pingyi.assessment.finalize')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="pingyi.assessment.finalizeTitle"
        content="pingyi.assessment.finalizeConfirm"
        confirm="pingyi.assessment.finalize"
        confirmColor="warning"
        onConfirm={finalize}
        onClose={() => setConfirming(false)}
      />
      <OverrideGradeDialog
        assessmentId={id}
        current={(record.overrideGrade ?? record.computedGrade ?? null) as string | null}
        open={overriding}
        onClose={() => setOverriding(false)}
        onDone={refresh}
      />
    </TopToolbar>
  );
}
