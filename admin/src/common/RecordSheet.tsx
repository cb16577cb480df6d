/**
 * The paper a self-governance meeting signs (docs/rules.md rule 14): a printable page (PrintFrame)
 * with the record's title, its facts as a two-column list, its sections (questions, parties, the
 * text) and lines for the signatures of those present.
 */
import type { ReactNode } from 'react';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PrintFrame } from './PrintFrame';

/** Props of {@link RecordSheet}. */
export interface RecordSheetProps {
  /** Where Back leads (a hash route). */
  backTo: string;
  /** The paper's heading, e.g. 决策听证会记录. */
  title: string;
  /** Label and value of each fact, in order. */
  facts: [string, ReactNode][];
  /** The record is still being read. */
  loading: boolean;
  /** The record could not be read (out of reach or unknown): the page says so and prints nothing. */
  missing: boolean;
  children?: ReactNode;
}

/** One section of a sheet: a heading and its content. */
export function SheetSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: '5mm', breakInside: 'avoid' }}>
      <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, mb: '2mm' }}>
        {title}
      </Typography>
      <Box sx={{ fontSize: '10.5pt', whiteSpace: 'pre-wrap' }}>{children}</Box>
    </Box>
  );
}

/** A record's printable sheet, ending with signature lines. */
export function RecordSheet({ backTo, title, facts, loading, missing, children }: RecordSheetProps) {
  const translate = useTranslate();
  if (loading && missing) return <LinearProgress />;
  if (missing) {
    return (
      <PrintFrame backTo={backTo} printable={false}>
        <Alert severity="info">{translate('ra.page.not_found')}</Alert>
      </PrintFrame>
    );
  }
  return (
    <PrintFrame backTo={backTo}>
      <Typography component="h1" sx={{ fontSize: '18pt', fontWeight: 700, textAlign: 'center', mb: '5mm' }}>
        {title}
      </Typography>
      <Box
        component="dl"
        data-testid="record-sheet-facts"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: '4mm',
          rowGap: '1mm',
          fontSize: '10.5pt',
          mb: '5mm',
          '& dt': { fontWeight: 600 },
          '& dd': { m: 0, whiteSpace: 'pre-wrap' },
        }}
      >
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Box>
      {children}
      <SheetSection title={translate('pingyi.selfgov.signatures')}>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8mm', rowGap: '10mm', mt: '6mm' }}>
          {Array.from({ length: 6 }, (_, i) => (
            <Box key={i} sx={{ borderBottom: '1px solid #000', height: '8mm' }} />
          ))}
        </Box>
        <Typography sx={{ fontSize: '10.5pt', mt: '6mm' }}>
          {translate('pingyi.selfgov.signedOn')}：＿＿＿＿年＿＿月＿＿日
        </Typography>
      </SheetSection>
    </PrintFrame>
  );
}
