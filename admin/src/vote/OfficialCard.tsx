/**
 * One official on the voting screen (docs/rules.md rule 5), sized for a tablet and for a phone 320–414 px
 * wide: the five satisfaction levels as big buttons (stacked on a phone), 1–5 per criterion as
 * segmented buttons (under the criterion's name on a phone), every target at least 48 px, a comment
 * that is required for 不满意 or worse (checked here before the server does), Submit, and a clear
 * 已提交 / 已修改 state.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useTranslate } from 'react-admin';
import type { BallotOfficial, Criterion, OwnRating, RatingDraft, Satisfaction } from '../dataProvider/types';
import { SATISFACTION_COLORS, SATISFACTION_LEVELS } from '../evaluationMeetings/figures';
import { saysSomething } from '../common/validation';

/** Levels that need a comment saying why. */
const NEEDS_COMMENT = ['DISSATISFIED', 'VERY_DISSATISFIED'];
const SCALE = [1, 2, 3, 4, 5];
/** Touch targets of at least 48 px (here 56–64 px high; on a 320 px phone each score is still ≥ 48 px wide). */
const TOUCH = 56;

/** Props of {@link OfficialCard}. */
export interface OfficialCardProps {
  official: BallotOfficial;
  criteria: Criterion[];
  /** The voter's earlier rating of this official, if any. */
  initial?: OwnRating;
  /** False while the meeting does not take ratings. */
  open: boolean;
  /** Sends the rating; resolves true when it replaced an earlier one, rejects with an Error whose message is a translation key. */
  onSubmit: (draft: RatingDraft) => Promise<boolean>;
}

type Saved = 'none' | 'submitted' | 'modified';

/** The card of one official. */
export function OfficialCard({ official, criteria, initial, open, onSubmit }: OfficialCardProps) {
  const translate = useTranslate();
  // A phone (narrower than 600 px): the levels one under another, each criterion's name above its scores.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(initial?.satisfaction ?? null);
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries((initial?.scores ?? []).map((s) => [s.key, s.score])),
  );
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [saved, setSaved] = useState<Saved>(initial ? 'submitted' : 'none');
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [commentError, setCommentError] = useState(false);
  const [busy, setBusy] = useState(false);
  const needsComment = !!satisfaction && NEEDS_COMMENT.includes(satisfaction);

  const changed = () => {
    setDirty(true);
    setProblem(null);
  };

  const submit = async () => {
    if (!satisfaction) return setProblem('pingyi.vote.pickSatisfaction');
    if (criteria.some((criterion) => !scores[criterion.key])) return setProblem('pingyi.vote.pickScores');
    if (needsComment && !saysSomething(comment)) {
      setCommentError(true);
      return setProblem('pingyi.vote.commentRequired');
    }
    setBusy(true);
    setProblem(null);
    try {
      const replaced = await onSubmit({
        satisfaction,
        scores: criteria.map((criterion) => ({ key: criterion.key, score: scores[criterion.key] })),
        comment,
      });
      setSaved(replaced ? 'modified' : 'submitted');
      setDirty(false);
    } catch (error) {
      const key = error instanceof Error ? error.message : String(error);
      setProblem(key);
      if (key === 'pingyi.vote.errors.comment') setCommentError(true);
    } finally {
      setBusy(false);
    }
  };

  const subtitle = [translate(`pingyi.enums.OfficialCategory.${official.category}`), official.title]
    .filter(Boolean)
    .join(' · ');
  const done = saved !== 'none' && !dirty;
  return (
    <Card
      component="section"
      aria-label={official.name}
      data-testid="vote-card"
      data-saved={saved}
      sx={{ border: 2, borderColor: done ? 'success.main' : 'transparent', scrollMarginTop: 180, flexShrink: 0 }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, px: { xs: 1.5, sm: 2 } }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="h5" component="h2" sx={{ fontWeight: 700 }}>
              {official.name}
            </Typography>
            <Typography color="text.secondary" sx={{ fontSize: 18 }}>
              {subtitle}
            </Typography>
          </Box>
          {saved !== 'none' ? (
            <Chip
              icon={<CheckCircleIcon />}
              color="success"
              variant={dirty ? 'outlined' : 'filled'}
              label={translate(saved === 'modified' ? 'pingyi.vote.modified' : 'pingyi.vote.submitted')}
              sx={{ fontSize: 18, height: 40, px: 1 }}
              data-testid="vote-state"
            />
          ) : null}
        </Stack>

        <Box>
          <Typography sx={{ fontSize: 18, fontWeight: 600, mb: 1 }}>{translate('pingyi.vote.satisfaction')}</Typography>
          <ToggleButtonGroup
            exclusive
            fullWidth
            orientation={phone ? 'vertical' : 'horizontal'}
            disabled={!open}
            value={satisfaction}
            onChange={(_, value: Satisfaction | null) => {
              if (!value) return;
              setSatisfaction(value);
              if (!NEEDS_COMMENT.includes(value)) setCommentError(false);
              changed();
            }}
            aria-label={translate('pingyi.vote.satisfaction')}
          >
            {SATISFACTION_LEVELS.map((level) => (
              <ToggleButton
                key={level}
                value={level}
                sx={{
                  minHeight: phone ? TOUCH : 64,
                  fontSize: 20,
                  fontWeight: 600,
                  px: 1,
                  '&.Mui-selected, &.Mui-selected:hover': { bgcolor: SATISFACTION_COLORS[level], color: '#fff' },
                }}
              >
                {translate(`pingyi.enums.Satisfaction.${level}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>

        <Box>
          <Typography sx={{ fontSize: 18, fontWeight: 600, mb: 1 }}>{translate('pingyi.vote.criteria')}</Typography>
          <Stack spacing={1}>
            {criteria.map((criterion) => (
              <Stack
                key={criterion.key}
                direction={{ xs: 'column', sm: 'row' }}
                spacing={{ xs: 0.5, sm: 2 }}
                sx={{ alignItems: { xs: 'stretch', sm: 'center' } }}
              >
                <Typography sx={{ fontSize: 20, width: { sm: 180 }, flexShrink: 0 }}>{criterion.label}</Typography>
                <ToggleButtonGroup
                  exclusive
                  fullWidth
                  disabled={!open}
                  value={scores[criterion.key] ?? null}
                  onChange={(_, value: number | null) => {
                    if (!value) return;
                    setScores((previous) => ({ ...previous, [criterion.key]: value }));
                    changed();
                  }}
                  aria-label={criterion.label}
                >
                  {SCALE.map((score) => (
                    <ToggleButton
                      key={score}
                      value={score}
                      sx={{
                        minHeight: TOUCH,
                        minWidth: 48,
                        px: 0,
                        fontSize: 22,
                        fontWeight: 600,
                        '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'primary.main', color: '#fff' },
                      }}
                    >
                      {score}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
              </Stack>
            ))}
          </Stack>
        </Box>

        <TextField
          label={translate('pingyi.vote.comment')}
          value={comment}
          disabled={!open}
          onChange={(event) => {
            setComment(event.target.value);
            if (event.target.value.trim()) setCommentError(false);
            changed();
          }}
          required={needsComment}
          error={commentError}
          helperText={translate(commentError ? 'pingyi.vote.commentRequired' : 'pingyi.vote.commentHelp')}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 1000, style: { fontSize: 20 } } }}
        />

        {problem ? (
          <Alert severity="error" sx={{ fontSize: 18 }} data-testid="vote-problem">
            {translate(problem)}
          </Alert>
        ) : null}

        <Stack direction="row" sx={{ justifyContent: 'flex-end', alignItems: 'center', minHeight: 64 }}>
          {done ? (
            <Typography sx={{ fontSize: 18, color: 'success.main' }} data-testid="vote-saved-hint">
              {translate('pingyi.vote.savedHint')}
            </Typography>
          ) : (
            <Button
              variant="contained"
              size="large"
              fullWidth={phone}
              disabled={!open || busy}
              onClick={submit}
              sx={{ minHeight: 64, minWidth: { sm: 240 }, fontSize: 22 }}
            >
              {translate(
                busy ? 'pingyi.vote.submitting' : saved === 'none' ? 'pingyi.vote.submit' : 'pingyi.vote.resubmit',
              )}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
