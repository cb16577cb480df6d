/**
 * A district's officials by outcome (docs/rules.md rule 11, officialsByOutcome): three lists side by
 * side — eligible for promotion, to be reassigned, to be dismissed — each official linking to
 * their page.
 */
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import type { Outcome } from '../dataProvider/types';
import { OutcomeChip } from './chips';
import { OUTCOMES } from './figures';

/** One outcome's list. */
function OutcomeList({ districtId, outcome, version }: { districtId: string; outcome: Outcome; version: string }) {
  const translate = useTranslate();
  const query = useProviderQuery(['annualAssessments', 'byOutcome', districtId, outcome, version], (dp) =>
    dp.officialsByOutcome(districtId, outcome),
  );
  const officials = query.data?.nodes ?? [];
  return (
    <Card variant="outlined" data-testid={`outcome-${outcome}`}>
      <CardHeader
        title={<OutcomeChip outcome={outcome} testId={`outcome-title-${outcome}`} />}
        action={
          <Typography variant="h6" sx={{ px: 1 }} data-testid="outcome-count">
            {query.data?.totalCount ?? '…'}
          </Typography>
        }
        subheader={translate(`pingyi.outcomeRule.${outcome}`)}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ pt: 0 }}>
        {query.loading && !query.data ? <LinearProgress /> : null}
        {query.data && officials.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('pingyi.overview.nobody')}
          </Typography>
        ) : null}
        <List dense disablePadding>
          {officials.map((official) => (
            <ListItem key={official.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={`#/officials/${encodeURIComponent(official.id)}/show`} underline="hover">
                    {official.name}
                  </Link>
                }
                secondary={[official.subdistrict?.name, official.title].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

/** The three lists of the district's officials by outcome; `version` reloads them when it changes. */
export function OutcomeLists({ districtId, version }: { districtId: string; version: string }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
      {OUTCOMES.map((outcome) => (
        <OutcomeList key={outcome} districtId={districtId} outcome={outcome} version={version} />
      ))}
    </Box>
  );
}
