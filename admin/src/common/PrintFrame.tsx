/**
 * The frame of Pingyi's printable pages (ballot slips, result sheet): a white A4 page on screen
 * with Print and Back buttons that do not print, and print rules (A4, no app chrome).
 */
import type { ReactNode } from 'react';
import { Box, Button, GlobalStyles, Stack } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslate } from 'react-admin';

const printRules = {
  '@page': { size: 'A4', margin: '12mm' },
  '@media print': {
    body: { background: '#fff !important' },
    '.pingyi-no-print': { display: 'none !important' },
    '.pingyi-print-page': {
      boxShadow: 'none !important',
      margin: '0 !important',
      padding: '0 !important',
      width: 'auto !important',
    },
  },
};

/** Props of {@link PrintFrame}. */
export interface PrintFrameProps {
  /** Where Back leads (a hash route, e.g. `#/evaluationMeetings/1/show`). */
  backTo: string;
  /** Whether there is anything to print (false hides the Print button). */
  printable?: boolean;
  children: ReactNode;
}

/**
 * A printable page: toolbar on screen only, then the page itself (210 mm wide on screen, the
 * window's width on a phone, where a wide table scrolls sideways inside the page).
 */
export function PrintFrame({ backTo, printable = true, children }: PrintFrameProps) {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.200', py: 3, '@media print': { bgcolor: '#fff', py: 0 } }}>
      <GlobalStyles styles={printRules} />
      <Stack className="pingyi-no-print" direction="row" spacing={2} sx={{ justifyContent: 'center', mb: 2 }}>
        <Button variant="outlined" startIcon={<ArrowBackIcon />} href={backTo}>
          {translate('pingyi.print.back')}
        </Button>
        {printable ? (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
            {translate('pingyi.print.print')}
          </Button>
        ) : null}
      </Stack>
      <Box
        className="pingyi-print-page"
        sx={{
          width: '210mm',
          maxWidth: '100%',
          mx: 'auto',
          bgcolor: '#fff',
          color: '#000',
          boxShadow: 3,
          // A phone's screen keeps its width for the content; on paper the page's margin replaces this.
          p: { xs: '4mm', sm: '12mm' },
          boxSizing: 'border-box',
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
