/** Revoking a service token, after a confirmation that names it and says it cannot be undone. */
import { useState } from 'react';
import { Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';

/** The 吊销 button of the token in context; nothing once it is revoked. */
export function RevokeTokenButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const revoking = useWorkflow((dp, id: string) => dp.revokeServiceToken(id), {
    success: 'pingyi.governance.token.revoked',
    refresh: true,
  });
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    await revoking.run(String(record.id));
    setConfirming(false);
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
        loading={revoking.isPending}
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
