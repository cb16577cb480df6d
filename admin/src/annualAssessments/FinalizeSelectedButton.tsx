/**
 * The list's bulk action: finalise the selected DRAFT assessments (e.g. a whole year of a
 * district, filtered by year, district and DRAFT). A confirmation says it is final and audited;
 * then each one is finalised in turn (finalizeAnnualAssessment) with a progress bar, and a
 * summary lists how many were finalised and which failed, with the server's reason; closing it
 * reloads the list.
 */
import { useState } from 'react';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Button, useGetMany, useListContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage, useWorkflow } from '../common/providerHooks';

/** One assessment that could not be finalised, and why. */
interface Failure {
  record: RaRecord;
  message: string;
}

type Phase = 'closed' | 'confirm' | 'running' | 'done';

/** The failed rows named by official and year. */
function FailureList({ failures }: { failures: Failure[] }) {
  const { data: officials } = useGetMany('officials', {
    ids: [...new Set(failures.map((f) => String(f.record.officialId)))],
  });
  const names = new Map((officials ?? []).map((official) => [String(official.id), String(official.name)]));
  return (
    <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }} data-testid="finalize-failures">
      {failures.map((failure) => (
        <li key={String(failure.record.id)}>
          {names.get(String(failure.record.officialId)) ?? String(failure.record.officialId)}（{failure.record.year}）：
          {failure.message}
        </li>
      ))}
    </Typography>
  );
}

/** Finalises the selected assessments one by one, with progress and a summary of failures. */
export function FinalizeSelectedButton() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { selectedIds, data, onUnselectItems } = useListContext();
  const [phase, setPhase] = useState<Phase>('closed');
  const [done, setDone] = useState(0);
  const [finalized, setFinalized] = useState(0);
  const [failures, setFailures] = useState<Failure[]>([]);
  // Each failure is listed in the summary with the server's reason, not notified.
  const finalizing = useWorkflow((dp, id: string) => dp.finalizeAnnualAssessment(id), { report: false });
  const selected = (data ?? []).filter((record) => selectedIds.includes(record.id));
  const drafts = selected.filter((record) => record.status === 'DRAFT');
  const skipped = selected.length - drafts.length;

  const run = async () => {
    setPhase('running');
    setDone(0);
    setFinalized(0);
    const failed: Failure[] = [];
    let ok = 0;
    for (const record of drafts) {
      try {
        await finalizing.run(String(record.id));
        ok += 1;
        setFinalized(ok);
      } catch (error) {
        failed.push({ record, message: errorMessage(error) });
      }
      setDone((count) => count + 1);
    }
    setFailures(failed);
    setPhase('done');
  };

  /** Closing the summary reloads the list (finalised rows may leave a DRAFT filter, and this toolbar with them). */
  const close = () => {
    const finished = phase === 'done';
    setPhase('closed');
    setFailures([]);
    if (finished) {
      onUnselectItems();
      refresh();
    }
  };

  return (
    <>
      <Button label="pingyi.assessment.finalizeSelected" onClick={() => setPhase('confirm')}>
        <DoneAllIcon />
      </Button>
      <Dialog
        open={phase !== 'closed'}
        onClose={phase === 'running' ? undefined : close}
        maxWidth="sm"
        fullWidth
        data-testid="finalize-dialog"
      >
        <DialogTitle>
          {phase === 'done'
            ? translate('pingyi.assessment.finalizeDone')
            : translate('pingyi.assessment.finalizeSelectedTitle', { count: drafts.length })}
        </DialogTitle>
        <DialogContent>
          {phase === 'confirm' ? (
            <DialogContentText>
              {translate('pingyi.assessment.finalizeConfirm')}
              {skipped > 0 ? ` ${translate('pingyi.assessment.finalizeSkipped', { count: skipped })}` : ''}
            </DialogContentText>
          ) : null}
          {phase === 'running' || phase === 'done' ? (
            <>
              <LinearProgress
                variant="determinate"
                value={drafts.length ? (done / drafts.length) * 100 : 100}
                sx={{ my: 1 }}
              />
              <Typography variant="body2" data-testid="finalize-progress">
                {translate('pingyi.assessment.finalizeProgress', { done, total: drafts.length })}
              </Typography>
            </>
          ) : null}
          {phase === 'done' ? (
            <Alert severity={failures.length ? 'warning' : 'success'} sx={{ mt: 1 }} data-testid="finalize-summary">
              {translate('pingyi.assessment.finalizeSummary', { finalized, failed: failures.length })}
              {failures.length ? <FailureList failures={failures} /> : null}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          {phase === 'confirm' ? (
            <>
              <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
              <MuiButton variant="contained" color="warning" onClick={run} disabled={drafts.length === 0}>
                {translate('pingyi.assessment.finalize')}
              </MuiButton>
            </>
          ) : (
            <MuiButton onClick={close} disabled={phase === 'running'}>
              {translate('ra.action.close')}
            </MuiButton>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
