/**
 * The formulas behind a meeting's figures (docs/rules.md rules 6 and 7), kept off the chair's screen:
 * a small "how is this computed" (计算方法) link opens them under the results.
 */
import { useId, useState } from 'react';
import { Box, Button, Collapse, Typography } from '@mui/material';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { useTranslate } from 'react-admin';

/** The note's keys, in the order shown. */
const NOTES = ['scoreNote', 'rateNote', 'meanNote', 'turnoutNote'] as const;

/** A small link that shows and hides how the score, satisfaction rate, criterion means and turnout are computed. */
export function HowComputed() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Box>
      <Button
        size="small"
        color="inherit"
        startIcon={<InfoOutlinedIcon fontSize="small" />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        sx={{ color: 'text.secondary', textTransform: 'none', px: 0.5 }}
      >
        {translate('pingyi.meeting.results.howComputed')}
      </Button>
      <Collapse in={open} id={id} data-testid="how-computed">
        <Box component="ul" sx={{ m: 0, pl: 3, color: 'text.secondary' }}>
          {NOTES.map((key) => (
            <Typography key={key} component="li" variant="body2">
              {translate(`pingyi.meeting.results.${key}`)}
            </Typography>
          ))}
        </Box>
      </Collapse>
    </Box>
  );
}
