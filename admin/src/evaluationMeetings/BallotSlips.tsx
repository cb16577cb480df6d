/**
 * The printable sheet of ballot slips (docs/rules.md rule 7): one cut-out slip per code just issued,
 * with the meeting's title, the code in large monospace letters and where to vote. The codes
 * live only in this page's memory (see issuedCodes.ts): after a reload the page says so.
 */
import { Alert, Box, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { PrintFrame } from '../common/PrintFrame';
import { latestCodes } from './issuedCodes';

/** The address a representative without an account opens to vote: the residents' small entry's `/vote/#/vote/code`. */
export function voteAddress(location: Location = window.location): string {
  return `${location.origin}/vote/#/vote/code`;
}

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Roboto Mono", Menlo, Consolas, monospace';

/** Translation keys of a slip's texts (the ballot slip's by default; a household code's slip names its own). */
export interface SlipLabels {
  code: string;
  where: string;
  steps: string;
}

const BALLOT_SLIP: SlipLabels = {
  code: 'pingyi.print.slipCode',
  where: 'pingyi.print.slipWhere',
  steps: 'pingyi.print.slipSteps',
};

/** One cut-out slip: the title, the code in large letters, where to enter it and what to do. */
export function Slip({
  title,
  code,
  address,
  labels = BALLOT_SLIP,
}: {
  title: string;
  code: string;
  address: string;
  labels?: SlipLabels;
}) {
  const translate = useTranslate();
  return (
    <Box
      data-testid="ballot-slip"
      sx={{
        border: '1.5px dashed #666',
        p: '5mm',
        breakInside: 'avoid',
        pageBreakInside: 'avoid',
        display: 'flex',
        flexDirection: 'column',
        gap: '2mm',
        minHeight: '52mm',
        boxSizing: 'border-box',
      }}
    >
      <Typography sx={{ fontSize: '11pt', fontWeight: 600, lineHeight: 1.3 }}>{title}</Typography>
      <Typography sx={{ fontSize: '9pt', color: '#444' }}>{translate(labels.code)}</Typography>
      <Typography
        component="div"
        data-testid="slip-code"
        sx={{
          fontFamily: MONO,
          // Smaller on a phone's screen so the code stays on one line; printed (A4 is wider than 600 px) at 24 pt.
          fontSize: { xs: '18pt', sm: '24pt' },
          fontWeight: 700,
          letterSpacing: '0.12em',
          textAlign: 'center',
          whiteSpace: 'nowrap',
        }}
      >
        {code}
      </Typography>
      <Typography sx={{ fontSize: '9pt' }}>{translate(labels.where)}</Typography>
      <Typography sx={{ fontFamily: MONO, fontSize: '8.5pt', overflowWrap: 'anywhere' }}>{address}</Typography>
      <Typography sx={{ fontSize: '8.5pt', color: '#444' }}>{translate(labels.steps)}</Typography>
    </Box>
  );
}

/** The route `#/evaluationMeetings/:id/slips`. */
export function BallotSlips() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const batch = latestCodes(id);
  const address = voteAddress();
  return (
    <PrintFrame backTo={`#/evaluationMeetings/${encodeURIComponent(id)}/show`} printable={!!batch}>
      {batch ? (
        <>
          <Typography sx={{ fontSize: '10pt', color: '#444', mb: '4mm' }} className="pingyi-no-print">
            {translate('pingyi.print.slipsHint')}
          </Typography>
          {/* Two slips a row on paper and wide screens, one on a phone. */}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: '4mm' }}>
            {batch.codes.map((code) => (
              <Slip key={code} title={batch.title} code={code} address={address} />
            ))}
          </Box>
        </>
      ) : (
        <Alert severity="info">{translate('pingyi.print.slipsGone')}</Alert>
      )}
    </PrintFrame>
  );
}
