/**
 * `#/matter/<code>`: the resident's page (docs/rules.md rule 13), without an account and sized for a
 * phone (320–414 px). It shows the matter's status, deadlines and timeline by the tracking code —
 * office and agency names only, never staff names or personal data — and, once resolved, the
 * rating form: five levels, and a comment required when dissatisfied (text of only spaces or
 * invisible characters counts as empty). `#/matter` asks for the code first.
 */
import { useState, type FormEvent } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Toolbar,
  Typography,
} from '@mui/material';
import { useNavigate, useParams, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useProviderQuery, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { Satisfaction, TrackedMatterFieldsFragment } from '../gql/graphql';
import { MatterStatusChip } from './matterChips';
import { MatterTimeline, useInstant } from './MatterTimeline';

const LEVELS: Satisfaction[] = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
];
const NEEDS_COMMENT: Satisfaction[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];
/** The API's limit of a rating's comment (server/matter/matter.inputs.ts). */
const MAX_COMMENT = 1000;

/** The page's frame: a plain header and one narrow column. */
function ResidentFrame({ children }: { children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="sticky" elevation={1}>
        <Toolbar sx={{ minHeight: 56 }}>
          <Typography variant="h6" component="h1" noWrap>
            {translate('pingyi.track.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ maxWidth: 560, mx: 'auto', p: 1, display: 'grid', gap: 1 }}>
        {children}
      </Box>
    </Box>
  );
}

/** The rating form of a resolved matter. */
function RatingForm({ code, onRated }: { code: string; onRated: (m: TrackedMatterFieldsFragment) => void }) {
  const translate = useTranslate();
  const [level, setLevel] = useState<Satisfaction | ''>('');
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rating = useWorkflow(
    (dp, satisfaction: Satisfaction, text: string | undefined) =>
      dp.rateMatter({ trackingCode: code, satisfaction, comment: text }),
    {
      success: 'pingyi.track.thanks',
      onSuccess: (matter) => matter && onRated(matter),
      onError: (error) => {
        if (errorCode(error) !== 'BAD_USER_INPUT' || errorField(error) !== 'input.comment') return false;
        setProblem(errorMessage(error));
        return true;
      },
    },
  );
  const needsComment = level !== '' && NEEDS_COMMENT.includes(level);
  const commentMissing = needsComment && !saysSomething(comment);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (level === '' || commentMissing || comment.length > MAX_COMMENT) return;
    void rating.run(level, saysSomething(comment) ? comment.trim() : undefined);
  };
  return (
    <Card component="form" onSubmit={submit} aria-label={translate('pingyi.track.rateTitle')}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('pingyi.track.rateTitle')}
        </Typography>
        <RadioGroup
          name="satisfaction"
          value={level}
          onChange={(event) => setLevel(event.target.value as Satisfaction)}
        >
          {LEVELS.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={translate(`pingyi.enums.Satisfaction.${value}`)}
              sx={{ minHeight: 44 }}
            />
          ))}
        </RadioGroup>
        {tried && level === '' ? <Alert severity="error">{translate('pingyi.track.pickLevel')}</Alert> : null}
        <TextField
          name="comment"
          label={translate('pingyi.track.comment')}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setProblem(null);
          }}
          multiline
          minRows={3}
          fullWidth
          required={needsComment}
          sx={{ mt: 1 }}
          error={(tried && (commentMissing || comment.length > MAX_COMMENT)) || !!problem}
          helperText={
            problem ??
            (tried && commentMissing
              ? translate('pingyi.track.commentRequired')
              : tried && comment.length > MAX_COMMENT
                ? translate('ra.validation.maxLength', { max: MAX_COMMENT })
                : ' ')
          }
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={rating.isPending}
          sx={{ minHeight: 48 }}
        >
          {translate('pingyi.track.send')}
        </Button>
      </CardContent>
    </Card>
  );
}

/** The matter by its code: status, deadlines, timeline, and the rating form or the rating given. */
function TrackedMatterView({ code }: { code: string }) {
  const translate = useTranslate();
  const instant = useInstant();
  const [rated, setRated] = useState<TrackedMatterFieldsFragment | null>(null);
  const tracked = useProviderQuery(['matters', 'tracked', code], (dp) => dp.trackedMatter(code));
  if (tracked.loading && !tracked.data) return <LinearProgress />;
  if (tracked.error)
    return (
      <Alert severity="error">
        {translate(errorCode(tracked.error) === 'UNAUTHENTICATED' ? 'pingyi.track.limited' : 'pingyi.track.unknown')}
      </Alert>
    );
  const matter = rated ?? tracked.data;
  if (!matter) return <Alert severity="warning">{translate('pingyi.track.unknown')}</Alert>;
  return (
    <>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom sx={{ wordBreak: 'break-word' }}>
            {matter.title}
          </Typography>
          <Stack spacing={0.5}>
            <Box>
              <MatterStatusChip status={matter.status} />
            </Box>
            <Typography variant="body2">
              {translate('pingyi.track.received')}: {instant(matter.receivedAt)}
            </Typography>
            <Typography variant="body2">
              {translate('pingyi.track.due')}: {instant(matter.dueAt)}
            </Typography>
            {matter.resolvedAt ? (
              <Typography variant="body2">
                {translate('pingyi.track.resolved')}: {instant(matter.resolvedAt)}
              </Typography>
            ) : null}
            {matter.satisfaction ? (
              <Alert severity="success" data-testid="tracked-rating">
                {translate('pingyi.track.rated', {
                  level: translate(`pingyi.enums.Satisfaction.${matter.satisfaction}`),
                })}
              </Alert>
            ) : null}
            {matter.satisfaction && !matter.ratingCounts ? (
              <Alert severity="info">{translate('pingyi.track.notCounted')}</Alert>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      {matter.canRate ? <RatingForm code={code} onRated={setRated} /> : null}
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate('pingyi.track.timeline')}
          </Typography>
          <MatterTimeline entries={matter.timeline} />
        </CardContent>
      </Card>
    </>
  );
}

/** `#/matter` and `#/matter/<code>`. */
export function ResidentMatter() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { code } = useParams<{ code?: string }>();
  const [typed, setTyped] = useState(code ?? '');
  const look = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) navigate(`/matter/${encodeURIComponent(typed.normalize('NFKC').trim().toUpperCase())}`);
  };
  return (
    <ResidentFrame>
      <Card component="form" onSubmit={look}>
        <CardContent sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            name="trackingCode"
            size="small"
            label={translate('pingyi.track.code')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            fullWidth
            slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
          />
          <Button type="submit" variant="outlined" sx={{ minHeight: 40, flexShrink: 0 }}>
            {translate('pingyi.track.look')}
          </Button>
        </CardContent>
      </Card>
      {code ? <TrackedMatterView key={code} code={code} /> : null}
    </ResidentFrame>
  );
}
