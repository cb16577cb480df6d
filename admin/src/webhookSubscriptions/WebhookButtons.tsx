/**
 * The webhook actions that are not plain React-Admin ones: pausing or resuming a subscription,
 * and redelivering one FAILED or DELIVERED delivery after a confirmation.
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { redeliver, setWebhookActive } from './webhookApi';

/** 暂停推送 on an active subscription, 启用推送 on a paused one; refreshes the page after. */
export function ToggleActiveButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  if (!record?.id) return null;
  const active = !!record.active;
  const toggle = () => {
    setBusy(true);
    setWebhookActive(String(record.id), !active).then(
      () => {
        notify(`pingyi.governance.webhook.${active ? 'paused' : 'resumed'}`, {
          type: 'success',
        });
        refresh();
        setBusy(false);
      },
      (error) => {
        report(error);
        setBusy(false);
      },
    );
  };
  return (
    <Button size="small" disabled={busy} data-testid="webhook-toggle-active" startIcon={active ? <PauseIcon /> : <PlayArrowIcon />} onClick={toggle}>
      {translate(`pingyi.governance.webhook.${active ? 'pause' : 'resume'}`)}
    </Button>
  );
}

/** 重新推送 for one delivery, after a confirmation; `onDone` runs after it succeeded (e.g. reload the table). */
export function RedeliverButton({ deliveryId, onDone }: { deliveryId: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const report = useReportError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    redeliver(deliveryId).then(
      () => {
        notify('pingyi.governance.webhook.redelivered', { type: 'success' });
        setBusy(false);
        setOpen(false);
        onDone();
      },
      (error) => {
        report(error);
        setBusy(false);
        setOpen(false);
      },
    );
  };
  return (
    <>
      <Button size="small" disabled={busy} data-testid="webhook-redeliver" startIcon={<ReplayIcon />} onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap' }}>
        {translate('pingyi.governance.webhook.redeliver')}
      </Button>
      <Confirm isOpen={open} loading={busy} title="pingyi.governance.webhook.redeliverTitle" content="pingyi.governance.webhook.redeliverContent" onConfirm={confirm} onClose={() => setOpen(false)} />
    </>
  );
}
