/**
 * The review before finishing a ballot: every official with the choices made (level, scores,
 * comment) or 未评价, whether they are submitted, a 修改 button back to each, and 完成评议.
 */
import { Alert, Box, Button, Chip, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslate } from 'react-admin';
import type { BallotOfficial, Criterion } from '../dataProvider/types';
import { anyChoice, EMPTY_CHOICES, type Choices } from './ballotDraft';
import type { Saved } from './OfficialCard';
import { SECONDARY_TEXT, SIZE } from './voteStyle';

/** Props of {@link BallotReview}. */
export interface BallotReviewProps {
  /** The officials in the ballot's order. */
  officials: BallotOfficial[];
  criteria: Criterion[];
  choices: Record<string, Choices>;
  saved: Record<string, Saved>;
  /** Officials whose choices are not submitted. */
  dirty: Set<string>;
  /** Goes back to the official at `index`. */
  onEdit: (index: number) => void;
  onFinish: () => void;
}

/** The list of choices and the finish button. */
export function BallotReview({ officials, criteria, choices, saved, dirty, onEdit, onFinish }: BallotReviewProps) {
  const translate = useTranslate();
  const missing = officials.filter((official) => (saved[official.id] ?? 'none') === 'none').length;
  return (
    <Paper component="section" aria-labelledby="review-title" sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="vote-review">
      <Typography id="review-title" variant="h5" component="h2" sx={{ fontWeight: 700, fontSize: SIZE.name }}>
        {translate('pingyi.vote.review.title')}
      </Typography>
      <Typography sx={{ fontSize: SIZE.text, color: SECONDARY_TEXT, mt: 0.5 }}>
        {translate('pingyi.vote.review.intro')}
      </Typography>
      <List>
        {officials.map((official, index) => {
          const chosen = choices[official.id] ?? EMPTY_CHOICES;
          const state = saved[official.id] ?? 'none';
          const unsaved = dirty.has(official.id) && anyChoice(chosen);
          const scores = criteria
            .filter((criterion) => chosen.scores[criterion.key])
            .map((criterion) => `${criterion.label} ${chosen.scores[criterion.key]}`)
            .join(' · ');
          return (
            <ListItem
              key={official.id}
              divider
              data-testid="review-row"
              sx={{ px: 0, gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
            >
              <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
                <Typography component="h3" sx={{ fontSize: SIZE.choice, fontWeight: 700 }}>
                  {official.name}
                </Typography>
                <Typography sx={{ fontSize: SIZE.text }} data-testid="review-level">
                  {chosen.satisfaction
                    ? translate(`pingyi.enums.Satisfaction.${chosen.satisfaction}`)
                    : state === 'none'
                      ? translate('pingyi.vote.notRated')
                      : ''}
                </Typography>
                {scores ? <Typography sx={{ fontSize: SIZE.body }}>{scores}</Typography> : null}
                {chosen.comment ? (
                  <Typography sx={{ fontSize: SIZE.body, overflowWrap: 'anywhere' }}>
                    {translate('pingyi.vote.review.comment', { comment: chosen.comment })}
                  </Typography>
                ) : null}
              </Box>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {state !== 'none' || unsaved ? (
                  <Chip
                    color={unsaved ? 'warning' : 'success'}
                    variant="outlined"
                    label={translate(
                      unsaved
                        ? 'pingyi.vote.unsaved'
                        : state === 'modified'
                          ? 'pingyi.vote.modified'
                          : 'pingyi.vote.submitted',
                    )}
                    sx={{ fontSize: SIZE.body, height: 36, color: unsaved ? '#8a3b00' : '#1b5e20' }}
                  />
                ) : null}
                <Button
                  variant="outlined"
                  startIcon={<EditIcon />}
                  onClick={() => onEdit(index)}
                  aria-label={translate('pingyi.vote.review.edit', { name: official.name })}
                  sx={{ minHeight: 48, fontSize: SIZE.text }}
                >
                  {translate('pingyi.vote.review.editShort')}
                </Button>
              </Stack>
            </ListItem>
          );
        })}
      </List>
      {missing > 0 ? (
        <Alert severity="warning" sx={{ fontSize: SIZE.text, my: 1 }}>
          {translate('pingyi.vote.review.missing', { count: missing })}
        </Alert>
      ) : null}
      <Button
        variant="contained"
        size="large"
        fullWidth
        onClick={onFinish}
        sx={{ minHeight: 64, fontSize: SIZE.button, mt: 1 }}
      >
        {translate('pingyi.vote.review.finish')}
      </Button>
    </Paper>
  );
}
