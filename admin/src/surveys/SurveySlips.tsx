/**
 * Survey codes just issued, as slips to print and hand out (docs/rules.md rule 12): each with the
 * address of the answer page. They are shown this once; the server keeps only their hashes.
 */
import { Box, Button, Paper, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslate } from 'react-admin';

/** The slips of `codes`. */
export function SurveySlips({ codes, title }: { codes: string[]; title: string }) {
  const translate = useTranslate();
  // The residents' small entry (a phone loads it fast), not the admin.
  const url = `${window.location.origin}/vote/#/survey`;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 1 }} data-testid="survey-slips">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, '@media print': { display: 'none' } }}>
        <Typography variant="subtitle1" sx={{ flex: 1 }}>
          {translate('pingyi.surveys.slipsTitle')}
        </Typography>
        <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('pingyi.surveys.print')}
        </Button>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 1, mt: 1 }}>
        {codes.map((code) => (
          <Box key={code} sx={{ border: '1px dashed', borderColor: 'grey.500', p: 1.5, breakInside: 'avoid' }}>
            <Typography variant="caption">{title}</Typography>
            <Typography
              data-testid="survey-code"
              sx={{ fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', fontSize: 22, letterSpacing: '0.08em' }}
            >
              {code}
            </Typography>
            <Typography variant="caption">{translate('pingyi.surveys.slipHint', { url })}</Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
