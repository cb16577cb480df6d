/**
 * The printable household code slips of a convention (docs/rules.md rule 14): the ballot slips'
 * layout and slip (evaluationMeetings/BallotSlips.tsx) with the convention's title, the household
 * code and the household page's address. The codes live only in this page's memory.
 */
import { Alert, Box, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { PrintFrame } from '../common/PrintFrame';
import { Slip, type SlipLabels } from '../evaluationMeetings/BallotSlips';
import { householdAddress, latestHouseholdCodes } from './householdCodes';

const HOUSEHOLD_SLIP: SlipLabels = {
  code: 'pingyi.selfgov.convention.slipCode',
  where: 'pingyi.selfgov.convention.slipWhere',
  steps: 'pingyi.selfgov.convention.slipSteps',
};

/** The route `#/buildingConventions/:id/slips`. */
export function HouseholdSlips() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const batch = latestHouseholdCodes(id);
  const address = householdAddress();
  return (
    <PrintFrame backTo={`#/buildingConventions/${encodeURIComponent(id)}/show`} printable={!!batch}>
      {batch ? (
        <>
          <Typography sx={{ fontSize: '10pt', color: '#444', mb: '4mm' }} className="pingyi-no-print">
            {translate('pingyi.selfgov.convention.issueNote')}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '4mm' }}>
            {batch.codes.map((code) => (
              <Slip key={code} title={batch.title} code={code} address={address} labels={HOUSEHOLD_SLIP} />
            ))}
          </Box>
        </>
      ) : (
        <Alert severity="info">{translate('pingyi.selfgov.convention.slipsGone')}</Alert>
      )}
    </PrintFrame>
  );
}
