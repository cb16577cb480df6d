/** Revoking a service token, after a confirmation that names it and says it cannot be undone. */
import { useState } from 'react';
import { Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { revokeServiceToken } from './tokenApi';

/** The 吊销 button of the token in context; nothing once it is revoked. */
export function RevokeTokenButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    setBusy(true);
    try {
      await revokeServiceToken(String(record.id));
      notify('pingyi.governance.token.revoked', { type: 'success' });
      refresh();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  // Clicks inside the dialog bubble through React's tree: keep them from opening the list's row.
  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Button
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        onClick={(event) => {
          event.stopPropagation();
          setConfirming(true);
        }}
      >
        {translate('pingyi.governance.token.revoke')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="pingyi.governance.token.revokeTitle"
        content="pingyi.governance.token.revokeConfirm"
        translateOptions={{ name: String(record.name ?? '') }}
        confirm="pingyi.governance.token.revoke"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setConfirming(false)}
      />
    </span>
  );
}
