/**
 * The end of a ballot: thanks, the meeting's title and how many ratings were recorded (the
 * officials this voter rated at the meeting), and one button on (a new code, or the meetings).
 */
import { Button, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { SIZE, SUCCESS_TEXT } from './voteStyle';

/** Props of {@link BallotThanks}. */
export interface BallotThanksProps {
  title: string;
  /** Ratings recorded. */
  count: number;
  /** The button: its `pingyi.vote.*` label key and what it does. */
  done: { label: string; action: () => void };
}

/** The thanks screen. */
export function BallotThanks({ title, count, done }: BallotThanksProps) {
  const translate = useTranslate();
  const heading = useRef<HTMLHeadingElement>(null);
  // The screen changed under the voter: the heading takes the focus, so a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper sx={{ p: { xs: 2, sm: 4 }, mt: { xs: 1, sm: 4 }, textAlign: 'center' }} data-testid="vote-thanks">
      <Stack spacing={2} sx={{ alignItems: 'center' }}>
        <CheckCircleIcon sx={{ fontSize: 72, color: SUCCESS_TEXT }} aria-hidden />
        <Typography
          ref={heading}
          tabIndex={-1}
          variant="h4"
          component="h1"
          sx={{ fontWeight: 700, fontSize: '2rem', outline: 'none' }}
        >
          {translate('pingyi.vote.thanks.title')}
        </Typography>
        <Typography sx={{ fontSize: SIZE.choice }}>{title}</Typography>
        <Typography sx={{ fontSize: SIZE.name, fontWeight: 600 }} data-testid="vote-thanks-count">
          {translate(count > 0 ? 'pingyi.vote.thanks.count' : 'pingyi.vote.thanks.none', { count })}
        </Typography>
        <Button
          variant="contained"
          size="large"
          onClick={done.action}
          sx={{ minHeight: 64, minWidth: 240, fontSize: SIZE.button }}
        >
          {translate(done.label)}
        </Button>
      </Stack>
    </Paper>
  );
}
