/**
 * A meeting's attendance and ballot codes in four lines (docs/rules.md rule 7): attendees present by how
 * they vote, the voters and the turnout, codes issued, used and voided, and who issued how many — so that ballots cast with
 * codes nobody present received show against the people in the room. On the chair's screen, the
 * results page and the printed result sheet.
 */
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Progress } from '../dataProvider/types';
import { formatRate } from './figures';

/** Who issued the codes, e.g. "张主任 3 个、管理员 2 个". */
function issuersText(
  progress: Progress,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (progress.codeIssuers.length === 0) return translate('pingyi.meeting.tally.noIssuers');
  return progress.codeIssuers
    .map((issuer) =>
      translate('pingyi.meeting.tally.issuer', {
        name: issuer.name ?? translate('pingyi.meeting.tally.unknownIssuer'),
        count: issuer.codesIssued,
      }),
    )
    .join(translate('pingyi.meeting.tally.separator'));
}

/** The lines of `progress`; `print` sets them in print sizes for the result sheet. */
export function BallotTally({ progress, print = false }: { progress: Progress; print?: boolean }) {
  const translate = useTranslate();
  const sx = print ? { fontSize: '10.5pt', color: '#000' } : { fontSize: 14 };
  return (
    <Box data-testid="ballot-tally" sx={{ display: 'flex', flexDirection: 'column', gap: print ? '1mm' : 0.5 }}>
      <Typography sx={sx} data-testid="tally-attendees">
        {translate('pingyi.meeting.tally.attendees', {
          total: progress.attendeesPresent,
          account: progress.accountVoters,
          code: progress.codeVoters,
        })}
      </Typography>
      <Typography sx={sx} data-testid="tally-turnout">
        {translate('pingyi.meeting.tally.turnout', {
          voters: progress.voters,
          rate: progress.turnout === null ? '—' : formatRate(progress.turnout),
        })}
      </Typography>
      <Typography sx={sx} data-testid="tally-codes">
        {translate('pingyi.meeting.tally.codes', {
          issued: progress.ballotCodesIssued,
          used: progress.ballotCodesUsed,
          voided: progress.ballotCodesVoided,
        })}
      </Typography>
      <Typography sx={sx} data-testid="tally-issuers">
        {translate('pingyi.meeting.tally.issuers', { issuers: issuersText(progress, translate) })}
      </Typography>
    </Box>
  );
}
