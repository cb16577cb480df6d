/**
 * The matter page (docs/rules.md rule 13): what the resident asked, who received it and who owns it now,
 * its deadlines counted down in working days, the reporter (masked unless the API shows them in
 * full to this user), the response, resolution and rating, the timeline, and the steps this user
 * may take now (MatterActions.tsx).
 */
import { Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { MatterActions } from './MatterActions';
import { DaysLeftChip, MatterStatusChip } from './matterChips';
import { MatterTimeline, useInstant } from './MatterTimeline';
import type { MatterPageFieldsFragment } from '../gql/graphql';

/** The page's title: the matter's title. */
function MatterTitle() {
  const record = useRecordContext();
  return <span>{record ? String(record.title) : ''}</span>;
}

/** One label and value. */
function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children ?? '—'}
      </Typography>
    </Grid>
  );
}

/** The body of the page, read with its timeline (MatterPage). */
function MatterPageBody() {
  const record = useRecordContext();
  const translate = useTranslate();
  const instant = useInstant();
  const page = useProviderQuery(
    ['matters', String(record?.id), 'page'],
    record ? (dp) => dp.matterPage(String(record.id)) : null,
  );
  const matter = page.data as MatterPageFieldsFragment | null | undefined;
  if (!matter) return null;
  const field = (name: string) => translate(`resources.matters.fields.${name}`);
  const enumLabel = (type: string, value: string | null | undefined) =>
    value ? translate(`pingyi.enums.${type}.${value}`) : null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <MatterStatusChip status={matter.status} />
        <DaysLeftChip days={matter.workingDaysLeft} overdue={!!matter.overdueAt} />
        {matter.runAround ? (
          <Chip color="error" size="small" label={translate('pingyi.matters.runAroundFlag')} />
        ) : null}
        <Box sx={{ flex: 1 }} />
        <MatterActions matter={matter} />
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Grid container spacing={2}>
            <Item label={field('type')}>{enumLabel('MatterType', matter.type)}</Item>
            <Item label={field('channel')}>{enumLabel('MatterChannel', matter.channel)}</Item>
            <Item label={field('place')}>{matter.place || null}</Item>
            <Item label={field('receiverName')}>{matter.receiverName}</Item>
            <Item label={field('ownerName')}>{matter.ownerName}</Item>
            <Item label={field('transferCount')}>{matter.transferCount}</Item>
            <Item label={field('receivedAt')}>{instant(matter.receivedAt)}</Item>
            <Item label={field('responseDueAt')}>{instant(matter.responseDueAt)}</Item>
            <Item label={field('dueAt')}>{instant(matter.dueAt)}</Item>
            <Item label={field('reporter')}>
              <span data-testid="matter-reporter">
                {matter.reporter.name || '—'} · {matter.reporter.phone || '—'}
              </span>
              {matter.reporter.masked ? (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {translate('pingyi.matters.masked')}
                </Typography>
              ) : null}
            </Item>
            <Item label={field('extensionStatus')}>{enumLabel('MatterExtensionStatus', matter.extensionStatus)}</Item>
            <Item label={field('satisfaction')}>{enumLabel('Satisfaction', matter.satisfaction)}</Item>
            <Item label={field('appealStatus')}>{enumLabel('RectificationAppealStatus', matter.appealStatus)}</Item>
            <Item label={field('rectificationDueAt')}>
              {matter.rectificationDueAt ? instant(matter.rectificationDueAt) : null}
            </Item>
            <Grid size={12}>
              <Typography variant="caption" color="text.secondary" component="div">
                {field('description')}
              </Typography>
              <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
                {matter.description}
              </Typography>
            </Grid>
            {matter.response ? <Item label={field('response')}>{matter.response}</Item> : null}
            {matter.resolution ? <Item label={field('resolution')}>{matter.resolution}</Item> : null}
            {matter.ratingComment ? <Item label={field('ratingComment')}>{matter.ratingComment}</Item> : null}
          </Grid>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('pingyi.matters.timeline')}
          </Typography>
          <MatterTimeline entries={matter.events} />
        </CardContent>
      </Card>
    </Stack>
  );
}

/** The matter page. */
export const MatterShow = () => (
  <Show title={<MatterTitle />}>
    <MatterPageBody />
  </Show>
);
