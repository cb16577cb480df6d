/**
 * A matter's append-only timeline (docs/rules.md rule 13) as a list: what happened, when, which office or
 * agency acted, where a transfer went with the duty named and the working days charged to the
 * office that passed it on, and the note (answer, resolution, reason or the resident's comment).
 */
import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../common/dates';

/** One entry as the matter page and the resident's page show it. */
export interface TimelineEntry {
  kind: string;
  at: string;
  unitName?: string | null;
  targetName?: string | null;
  duty?: string | null;
  note?: string | null;
  chargedWorkingDays?: number | null;
  satisfaction?: string | null;
  decision?: string | null;
}

/** Formats an instant in Shanghai for the admin's locale (common/dates.ts): 2026年12月6日 周日 09:30. */
export function useInstant(): (iso: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return (iso) => formatInstant(iso, locale);
}

const WARNING_KINDS = ['ESCALATED', 'OVERDUE', 'RECTIFICATION_OPENED'];

/** The timeline, oldest first. */
export function MatterTimeline({ entries }: { entries: TimelineEntry[] }) {
  const translate = useTranslate();
  const instant = useInstant();
  return (
    <List dense disablePadding aria-label={translate('pingyi.matters.timeline')}>
      {entries.map((entry, i) => (
        <ListItem key={i} divider alignItems="flex-start" sx={{ px: 0 }} data-kind={entry.kind}>
          <ListItemText
            primary={
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                <Chip
                  size="small"
                  color={WARNING_KINDS.includes(entry.kind) ? 'error' : 'default'}
                  label={translate(`pingyi.enums.MatterEventKind.${entry.kind}`)}
                />
                <Typography variant="body2" component="span" color="text.secondary">
                  {instant(entry.at)}
                </Typography>
                {entry.unitName ? (
                  <Typography variant="body2" component="span">
                    {entry.unitName}
                    {entry.targetName ? ` → ${entry.targetName}` : ''}
                  </Typography>
                ) : null}
                {entry.chargedWorkingDays ? (
                  <Chip
                    size="small"
                    variant="outlined"
                    color="warning"
                    label={translate('pingyi.matters.charged', { days: entry.chargedWorkingDays })}
                  />
                ) : null}
                {entry.satisfaction ? (
                  <Chip size="small" label={translate(`pingyi.enums.Satisfaction.${entry.satisfaction}`)} />
                ) : null}
              </Box>
            }
            secondary={
              <>
                {entry.duty ? (
                  <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                    {translate('pingyi.matters.duty', { duty: entry.duty })}
                  </Typography>
                ) : null}
                {entry.note ? (
                  <Typography variant="body2" component="span" sx={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                    {entry.note}
                  </Typography>
                ) : null}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
