/**
 * A convention version's approval count against two thirds of its households (docs/rules.md rule 14:
 * approvals · 3 ≥ households · 2), as a bar with the threshold marked, and the hook that keeps an
 * OPEN version's count live: read by `conventionTally` every 5 seconds (there is no subscription).
 */
import { useEffect } from 'react';
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProviderQuery, type ProviderQuery } from '../common/providerHooks';

/** How often an OPEN version's count is read again, in milliseconds. */
export const TALLY_POLL_MS = 5000;

/** The counts the bar shows. */
export interface TallyFigures {
  status: string;
  households: number;
  approvals: number;
  rejections: number;
  requiredApprovals: number;
}

/** The live count of version `versionId` while `live`; null data when the caller may not read it. */
export function useConventionTally(versionId: string, live: boolean): ProviderQuery<TallyFigures | null> {
  const query = useProviderQuery(['buildingConventions', 'tally', versionId], (dp) => dp.conventionTally(versionId));
  const { reload } = query;
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(reload, TALLY_POLL_MS);
    return () => clearInterval(timer);
  }, [live, reload]);
  return query;
}

/** The bar: approvals of households, the two-thirds mark, the status, and the counts in words. */
export function ConventionProgress({ tally, live = false }: { tally: TallyFigures; live?: boolean }) {
  const translate = useTranslate();
  const share = (n: number) => (tally.households > 0 ? Math.min(100, (n / tally.households) * 100) : 0);
  const effective = tally.status === 'EFFECTIVE';
  return (
    <Box data-testid="convention-progress" sx={{ my: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="subtitle2">{translate('pingyi.selfgov.convention.progress')}</Typography>
        <Chip
          size="small"
          data-testid="convention-status"
          color={effective ? 'success' : tally.status === 'OPEN' ? 'primary' : 'default'}
          label={translate(`pingyi.enums.ConventionVersionStatus.${tally.status}`)}
        />
        {live ? (
          <Typography variant="caption" color="text.secondary">
            {translate('pingyi.selfgov.convention.live')}
          </Typography>
        ) : null}
      </Stack>
      <Box sx={{ position: 'relative', maxWidth: 560 }}>
        <LinearProgress
          variant="determinate"
          value={share(tally.approvals)}
          color={effective ? 'success' : 'primary'}
          sx={{ height: 14, borderRadius: 1 }}
          aria-label={translate('pingyi.selfgov.convention.progress')}
        />
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            top: -3,
            bottom: -3,
            left: `${share(tally.requiredApprovals)}%`,
            borderLeft: '2px dashed',
            borderColor: 'text.primary',
          }}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="convention-counts">
        {translate('pingyi.selfgov.convention.progressOf', {
          approvals: tally.approvals,
          households: tally.households,
          required: tally.requiredApprovals,
        })}
        {' · '}
        {translate('pingyi.selfgov.convention.rejections', { rejections: tally.rejections })}
      </Typography>
    </Box>
  );
}
