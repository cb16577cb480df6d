/**
 * The webhook actions that are not plain React-Admin ones: pausing or resuming a subscription,
 * and redelivering one FAILED or DELIVERED delivery after a confirmation.
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';

/** 暂停推送 on an active subscription, 启用推送 on a paused one; refreshes the page after. */
export function ToggleActiveButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const setting = useWorkflow((dp, id: string, active: boolean) => dp.setWebhookActive(id, active), {
    success: (_, [, active]) => ({ message: `pingyi.governance.webhook.${active ? 'resumed' : 'paused'}` }),
    refresh: true,
  });
  if (!record?.id) return null;
  const active = !!record.active;
  const toggle = () => void setting.run(String(record.id), !active);
  return (
    <Button
      size="small"
      disabled={setting.isPending}
      data-testid="webhook-toggle-active"
      startIcon={active ? <PauseIcon /> : <PlayArrowIcon />}
      onClick={toggle}
    >
      {translate(`pingyi.governance.webhook.${active ? 'pause' : 'resume'}`)}
    </Button>
  );
}

/** 重新推送 for one delivery, after a confirmation; `onDone` runs after it succeeded (e.g. reload the table). */
export function RedeliverButton({ deliveryId, onDone }: { deliveryId: string; onDone: () => void }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const redelivering = useWorkflow((dp, id: string) => dp.redeliverWebhookDelivery(id), {
    success: 'pingyi.governance.webhook.redelivered',
    onSuccess: onDone,
  });
  const busy = redelivering.isPending;
  const confirm = async () => {
    await redelivering.run(deliveryId);
    setOpen(false);
  };
  return (
    <>
      <Button
        size="small"
        disabled={busy}
        data-testid="webhook-redeliver"
        startIcon={<ReplayIcon />}
        onClick={() => setOpen(true)}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('pingyi.governance.webhook.redeliver')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="pingyi.governance.webhook.redeliverTitle"
        content="pingyi.governance.webhook.redeliverContent"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
