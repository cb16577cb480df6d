/**
 * Where a matter goes (docs/rules.md rule 13): the owner's transfer, or the PARTY_GOVERNMENT office's
 * decision on an escalated (run-around) matter. The user searches the listed duties of the 街道's
 * offices and stationed agencies, picks the duty that covers the matter (which names its office or
 * agency) and writes the reason, which is required. The current owner is no target of a transfer.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  TextField,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { MatterMoveStep, MatterTarget } from '../dataProvider/matters';
import { MAX_MATTER_REASON, textProblem, useStep } from './MatterStepDialogs';

/** Props of {@link TransferDialog}. */
export interface TransferDialogProps {
  step: MatterMoveStep;
  matter: { id: string; subdistrictId: string; ownerOfficeId?: string | null; ownerAgencyId?: string | null };
  open: boolean;
  onClose: () => void;
}

/** A duty of a target, as one line to pick. */
interface DutyChoice {
  target: MatterTarget;
  duty: string;
}

/** The transfer (or owner decision) dialog. */
export function TransferDialog({ step, matter, open, onClose }: TransferDialogProps) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<DutyChoice | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const targets = useProviderQuery(
    ['matters', 'targets', matter.subdistrictId],
    open ? (dp) => dp.matterTargets(matter.subdistrictId) : null,
  );
  const owner = matter.ownerOfficeId ?? matter.ownerAgencyId;
  const choices = useMemo(() => {
    const words = search.trim().split(/\s+/).filter(Boolean);
    return (targets.data ?? [])
      .filter((target) => step === 'decideOwner' || target.id !== owner)
      .flatMap((target) => target.duties.map((duty) => ({ target, duty })))
      .filter(({ target, duty }) => words.every((w) => duty.includes(w) || target.name.includes(w)));
  }, [targets.data, search, owner, step]);
  const close = () => {
    setTried(false);
    setProblem(null);
    onClose();
  };
  const work = useStep(
    step,
    (dp, choice: DutyChoice, text: string) => dp.moveMatter(step, matter.id, choice.target, choice.duty, text),
    () => {
      setPicked(null);
      setReason('');
      setSearch('');
      close();
    },
    setProblem,
  );
  const empty = !saysSomething(reason);
  const tooLong = reason.length > MAX_MATTER_REASON;
  const submit = () => {
    setTried(true);
    if (!picked || empty || tooLong) return;
    void work.run(picked, reason.trim());
  };
  const grouped = new Map<string, DutyChoice[]>();
  for (const choice of choices) grouped.set(choice.target.id, [...(grouped.get(choice.target.id) ?? []), choice]);

  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby={`matter-${step}-title`}>
      <DialogTitle id={`matter-${step}-title`}>{translate(`pingyi.matters.actions.${step}`)}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate(`pingyi.matters.help.${step}`)}
        </Alert>
        <TextField
          name="dutySearch"
          label={translate('pingyi.matters.fields.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fullWidth
          autoFocus
        />
        <List
          dense
          sx={{ maxHeight: 260, overflowY: 'auto', my: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}
          aria-label={translate('pingyi.matters.fields.duty')}
        >
          {[...grouped.values()].map((group) => (
            <li key={group[0].target.id}>
              <ul style={{ padding: 0 }}>
                <ListSubheader sx={{ lineHeight: '32px' }}>{group[0].target.name}</ListSubheader>
                {group.map((choice) => (
                  <ListItemButton
                    key={choice.duty}
                    selected={picked?.target.id === choice.target.id && picked.duty === choice.duty}
                    onClick={() => {
                      setPicked(choice);
                      setProblem(null);
                    }}
                  >
                    <ListItemText primary={choice.duty} />
                  </ListItemButton>
                ))}
              </ul>
            </li>
          ))}
          {targets.data && choices.length === 0 ? (
            <ListItemText sx={{ p: 2 }} secondary={translate('pingyi.matters.help.noTargets')} />
          ) : null}
        </List>
        {tried && !picked ? (
          <Alert severity="error" sx={{ mb: 1 }}>
            {translate('pingyi.matters.fields.duty')}: {translate('ra.validation.required')}
          </Alert>
        ) : null}
        {picked ? (
          <Alert severity="success" sx={{ mb: 1 }}>
            {picked.target.name} · {picked.duty}
          </Alert>
        ) : null}
        <TextField
          name="reason"
          label={translate('pingyi.matters.fields.reason')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
          multiline
          minRows={2}
          fullWidth
          required
          error={(tried && (empty || tooLong)) || !!problem}
          helperText={textProblem(translate, { tried, empty, tooLong, max: MAX_MATTER_REASON, problem })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={work.isPending} onClick={submit}>
          {translate(`pingyi.matters.actions.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
