/**
 * A secret shown once (a service token, a webhook's signing secret): a warning that it will not
 * be shown again, the value in a read-only box, a copy button, and a close button that says the
 * user has stored it.
 */
import { useRef } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useNotify, useTranslate } from 'react-admin';

/** Props of {@link SecretDialog}: translation keys of the title, warning and label, the secret (null: closed), an optional usage hint. */
export interface SecretDialogProps {
  title: string;
  warning: string;
  label: string;
  secret: string | null;
  hint?: string;
  onClose: () => void;
}

/** The dialog; it can only be closed by its button, so the secret is not dismissed by a stray click. */
export function SecretDialog({ title, warning, label, secret, hint, onClose }: SecretDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      notify('pingyi.governance.token.copied', { type: 'success' });
    } catch {
      // No clipboard (an insecure origin or a refused permission): select the text for the user.
      input.current?.select();
      notify('pingyi.governance.token.copyFailed', { type: 'warning' });
    }
  };

  return (
    <Dialog open={secret !== null} maxWidth="md" fullWidth aria-labelledby="secret-title">
      <DialogTitle id="secret-title">{translate(title)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(warning)}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            label={translate(label)}
            value={secret ?? ''}
            fullWidth
            inputRef={input}
            onFocus={(event) => event.target.select()}
            slotProps={{
              htmlInput: {
                readOnly: true,
                'data-testid': 'secret-value',
                style: { fontFamily: 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace' },
              },
            }}
          />
          <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy} sx={{ whiteSpace: 'nowrap' }}>
            {translate('pingyi.governance.token.copy')}
          </Button>
        </Stack>
        {hint ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate(hint)}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('pingyi.governance.token.stored')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
