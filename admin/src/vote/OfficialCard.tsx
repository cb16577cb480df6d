/**
 * One official on the voting screen (docs/rules.md rule 5), sized for a tablet and for a phone 320–414 px
 * wide: the five satisfaction levels as big buttons (stacked on a phone), 1–5 per criterion as
 * segmented buttons (under the criterion's name on a phone), every target at least 48 px, a comment
 * labelled 必填 once the level needs it (checked here before the server does), Submit, and a clear
 * 已提交 / 已修改 state. The choices belong to the ballot (BallotBoard), so moving between officials
 * keeps them. A submit with a field missing scrolls that field to the middle of the screen, focuses
 * it and shows why beside it; the ballot announces it.
 */
import { useRef, useState } from 'react';
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
import type { BallotOfficial, Criterion, Satisfaction } from '../dataProvider/types';
import { SATISFACTION_LEVELS } from '../evaluationMeetings/figures';
import { firstMissing, needsComment, type Choices } from './ballotDraft';
import {
  choiceSx,
  LABEL_SX,
  SECONDARY_TEXT,
  SELECTED_LEVEL_COLORS,
  SELECTED_SCORE_COLOR,
  SIZE,
  SUCCESS_TEXT,
} from './voteStyle';

const SCALE = [1, 2, 3, 4, 5];
/** Touch targets of at least 48 px (here 56–64 px high; on a 320 px phone each score is still ≥ 48 px wide). */
const TOUCH = 56;

/** Whether the rating of an official reached the server, and whether it replaced an earlier one. */
export type Saved = 'none' | 'submitted' | 'modified';

/** Props of {@link OfficialCard}. */
export interface OfficialCardProps {
  official: BallotOfficial;
  criteria: Criterion[];
  /** The choices made so far. */
  choices: Choices;
  /** Called with the choices after each change. */
  onChange: (choices: Choices) => void;
  saved: Saved;
  /** True when the choices differ from what was last submitted. */
  dirty: boolean;
  /** False while the meeting does not take ratings. */
  open: boolean;
  /** Sends complete choices; rejects with an Error whose message is a `pingyi.vote.*` translation key. */
  onSubmit: () => Promise<void>;
  /** Reads `message` out to screen readers (the ballot's live region). */
  announce: (message: string) => void;
}

/** Where a problem shows: beside a field (`satisfaction`, `score:<key>`, `comment`) or under Submit (`submit`). */
interface Problem {
  field: string;
  message: string;
}

/** The card of one official. */
export function OfficialCard(props: OfficialCardProps) {
  const { official, criteria, choices, onChange, saved, dirty, open, onSubmit, announce } = props;
  const translate = useTranslate();
  // A phone (narrower than 600 px): the levels one under another, each criterion's name above its scores.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = useRef(new Map<string, HTMLElement | null>());
  const required = needsComment(choices);

  const change = (next: Partial<Choices>) => {
    const merged = { ...choices, ...next };
    onChange(merged);
    if (problem && (problem.field === 'submit' || firstMissing(merged, criteria)?.field !== problem.field))
      setProblem(null);
  };

  /** Scrolls the field to the middle of the screen and focuses it (its first button, or the text box). */
  const show = (field: string) => {
    const element = fields.current.get(field);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const target = element.matches('textarea, input') ? element : element.querySelector('button, textarea');
    (target as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const submit = async () => {
    const missing = firstMissing(choices, criteria);
    if (missing) {
      setProblem(missing);
      announce(translate(missing.message));
      show(missing.field);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit();
    } catch (error) {
      const key = error instanceof Error ? error.message : String(error);
      const field = key === 'pingyi.vote.errors.comment' ? 'comment' : 'submit';
      setProblem({ field, message: key });
      announce(translate(key));
      if (field === 'comment') show('comment');
    } finally {
      setBusy(false);
    }
  };

  /** The problem's message when it belongs beside `field`. */
  const problemAt = (field: string) =>
    problem?.field === field ? (
      <Alert severity="error" sx={{ fontSize: SIZE.text, mt: 1 }} data-testid="vote-problem" id={`problem-${field}`}>
        {translate(problem.message)}
      </Alert>
    ) : null;

  const subtitle = [translate(`pingyi.enums.OfficialCategory.${official.category}`), official.title]
    .filter(Boolean)
    .join(' · ');
  const done = saved !== 'none' && !dirty;
  const level = choices.satisfaction ? translate(`pingyi.enums.Satisfaction.${choices.satisfaction}`) : '';
  return (
    <Card
      component="section"
      aria-label={official.name}
      data-testid="vote-card"
      data-saved={saved}
      sx={{ border: 2, borderColor: done ? 'success.main' : 'transparent', flexShrink: 0 }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, px: { xs: 1.5, sm: 2 } }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="h5" component="h2" sx={{ fontWeight: 700, fontSize: SIZE.name }}>
              {official.name}
            </Typography>
            <Typography sx={{ fontSize: SIZE.text, color: SECONDARY_TEXT }}>{subtitle}</Typography>
          </Box>
          {saved !== 'none' ? (
            <Chip
              icon={<CheckCircleIcon />}
              color="success"
              variant={dirty ? 'outlined' : 'filled'}
              label={translate(saved === 'modified' ? 'pingyi.vote.modified' : 'pingyi.vote.submitted')}
              sx={{ fontSize: SIZE.text, height: 40, px: 1, ...(dirty ? { color: SUCCESS_TEXT } : {}) }}
              data-testid="vote-state"
            />
          ) : null}
        </Stack>

        <Box ref={(element: HTMLElement | null) => void fields.current.set('satisfaction', element)}>
          <Typography sx={{ fontSize: SIZE.choice, fontWeight: 600, mb: 1 }}>
            {translate('pingyi.vote.satisfaction')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            fullWidth
            orientation={phone ? 'vertical' : 'horizontal'}
            disabled={!open}
            value={choices.satisfaction}
            onChange={(_, value: Satisfaction | null) => value && change({ satisfaction: value })}
            aria-label={translate('pingyi.vote.satisfaction')}
            aria-describedby={problem?.field === 'satisfaction' ? 'problem-satisfaction' : undefined}
          >
            {SATISFACTION_LEVELS.map((value) => (
              <ToggleButton
                key={value}
                value={value}
                sx={{ ...choiceSx(SELECTED_LEVEL_COLORS[value], phone ? TOUCH : 64), px: 1 }}
              >
                {translate(`pingyi.enums.Satisfaction.${value}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {problemAt('satisfaction')}
        </Box>

        <Box>
          <Typography sx={{ fontSize: SIZE.choice, fontWeight: 600, mb: 1 }}>
            {translate('pingyi.vote.criteria')}
          </Typography>
          <Stack spacing={1}>
            {criteria.map((criterion) => (
              <Box
                key={criterion.key}
                ref={(element: HTMLElement | null) => void fields.current.set(`score:${criterion.key}`, element)}
              >
                <Stack
                  direction={{ xs: 'column', sm: 'row' }}
                  spacing={{ xs: 0.5, sm: 2 }}
                  sx={{ alignItems: { xs: 'stretch', sm: 'center' } }}
                >
                  <Typography sx={{ fontSize: SIZE.choice, width: { sm: 180 }, flexShrink: 0 }}>
                    {criterion.label}
                  </Typography>
                  <ToggleButtonGroup
                    exclusive
                    fullWidth
                    disabled={!open}
                    value={choices.scores[criterion.key] ?? null}
                    onChange={(_, value: number | null) =>
                      value && change({ scores: { ...choices.scores, [criterion.key]: value } })
                    }
                    aria-label={criterion.label}
                  >
                    {SCALE.map((score) => (
                      <ToggleButton
                        key={score}
                        value={score}
                        sx={{ ...choiceSx(SELECTED_SCORE_COLOR, TOUCH), minWidth: 48, px: 0, fontSize: SIZE.button }}
                      >
                        {score}
                      </ToggleButton>
                    ))}
                  </ToggleButtonGroup>
                </Stack>
                {problemAt(`score:${criterion.key}`)}
              </Box>
            ))}
          </Stack>
        </Box>

        <Box>
          <TextField
            fullWidth
            label={translate(required ? 'pingyi.vote.commentRequiredLabel' : 'pingyi.vote.commentOptional')}
            value={choices.comment}
            disabled={!open}
            onChange={(event) => change({ comment: event.target.value })}
            error={problem?.field === 'comment'}
            helperText={translate(required ? 'pingyi.vote.commentRequiredHelp' : 'pingyi.vote.commentOptionalHelp', {
              level,
            })}
            multiline
            minRows={2}
            inputRef={(element: HTMLElement | null) => void fields.current.set('comment', element)}
            slotProps={{
              htmlInput: { maxLength: 1000, style: { fontSize: SIZE.choice }, 'aria-required': required },
              inputLabel: { sx: LABEL_SX },
              formHelperText: { sx: { fontSize: SIZE.body, color: required ? '#b71c1c' : SECONDARY_TEXT } },
            }}
            data-testid="vote-comment"
            data-required={required}
          />
          {problemAt('comment')}
        </Box>

        {problemAt('submit')}

        <Stack direction="row" sx={{ justifyContent: 'flex-end', alignItems: 'center', minHeight: 64 }}>
          {done ? (
            <Typography sx={{ fontSize: SIZE.text, color: SUCCESS_TEXT }} data-testid="vote-saved-hint">
              {translate('pingyi.vote.savedHint')}
            </Typography>
          ) : (
            <Button
              variant="contained"
              size="large"
              fullWidth={phone}
              disabled={!open || busy}
              onClick={submit}
              sx={{ minHeight: 64, minWidth: { sm: 240 }, fontSize: SIZE.button }}
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
