/**
 * The assessment page's toolbar for an ASSESSOR or ADMIN (access.ts) while the assessment is DRAFT
 * (docs/rules.md rule 10): override the grade, which needs a written reason, and finalise, after a
 * confirmation because finalising is final and audited.
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import { Confirm, TopToolbar, useCanAccess, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import { OverrideGradeDialog } from './OverrideGradeDialog';

/** Override and Finalise for the DRAFT assessment in the record context. */
export function AssessmentActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'annualAssessments', action: 'finalize', record });
  const [confirming, setConfirming] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const finalizing = useWorkflow((dp, id: string) => dp.finalizeAnnualAssessment(id), {
    success: 'pingyi.assessment.finalized',
    refresh: true,
  });
  if (!record || record.status !== 'DRAFT' || !canAccess) return <TopToolbar />;
  const id = String(record.id);

  const finalize = async () => {
    await finalizing.run(id);
    setConfirming(false);
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
        loading={finalizing.isPending}
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
        labels={record.gradeLabels as string | undefined}
        open={overriding}
        onClose={() => setOverriding(false)}
        onDone={refresh}
      />
    </TopToolbar>
  );
}
