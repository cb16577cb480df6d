/**
 * A voter's ballot for one meeting, one official at a time (docs/rules.md rules 5 and 7): the
 * meeting's title, "3 / 10" and how many officials are rated, the official's card, and
 * 上一位 / 下一位. A successful submit moves on to the next official, the last one (or any once every
 * official is rated) to the review of every choice (BallotReview, with a way back to each official), and finishing there to the
 * thanks with the number of ratings recorded (BallotThanks). Choices not yet submitted stay while
 * the voter moves between officials; the screen hosting the ballot is told of them
 * (`onUnsavedChange`) to warn before leaving. Used with a ballot code and by signed-in
 * representatives.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import type { BallotPaper, OwnRating, RatingDraft, Voter } from '../dataProvider/types';
import { anyChoice, choicesOf, draftOf, EMPTY_CHOICES, type Choices } from './ballotDraft';
import { BallotReview } from './BallotReview';
import { BallotThanks } from './BallotThanks';
import { OfficialCard, type Saved } from './OfficialCard';
import { voteErrorKey } from './voteErrors';
import { NAV_SX, SECONDARY_TEXT, SIZE, SUCCESS_TEXT } from './voteStyle';

/** Props of {@link BallotBoard}. */
export interface BallotBoardProps {
  paper: BallotPaper;
  voter: Voter;
  /** The voter's earlier ratings at this meeting. */
  ratings: OwnRating[];
  /** Officials already rated when a rating itself cannot be read back (e.g. `ratedOfficialIds`). */
  ratedIds?: string[];
  /** Called after a submission that leaves every official rated (the code's secret leaves storage then). */
  onAllRated?: () => void;
  /** Called when the API says the code opens nothing any more (the meeting closed, the code voided). */
  onCodeDead?: () => void;
  /** Called with the names of the officials whose choices are not submitted, whenever they change. */
  onUnsavedChange?: (names: string[]) => void;
  /** Runs `finish` after the voter confirms leaving unsubmitted choices behind (the screen's leave guard). */
  guard?: (finish: () => void) => void;
  /** Called when the voter finishes on the review (before the thanks shows). */
  onFinish?: () => void;
  /** The thanks screen's button: its `pingyi.vote.*` label and what it does. */
  done: { label: string; action: () => void };
}

/** Where the voter is: an official's index, the review, or the thanks. */
type View = number | 'review' | 'thanks';

/** The ballot, one official after another, then the review and the thanks. */
export function BallotBoard(props: BallotBoardProps) {
  const { paper, voter, ratings, ratedIds = [], onAllRated, onCodeDead, onUnsavedChange, guard, onFinish } = props;
  const translate = useTranslate();
  const officials = useMemo(
    () => [...paper.officials].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [paper.officials],
  );
  const [choices, setChoices] = useState<Record<string, Choices>>(() =>
    Object.fromEntries(ratings.map((rating) => [rating.officialId, choicesOf(rating)])),
  );
  const [saved, setSaved] = useState<Record<string, Saved>>(() =>
    Object.fromEntries([...ratedIds, ...ratings.map((r) => r.officialId)].map((id) => [id, 'submitted' as Saved])),
  );
  const [dirty, setDirty] = useState<Set<string>>(() => new Set());
  const [view, setView] = useState<View>(() => {
    const first = officials.findIndex((official) => !saved[official.id]);
    return first === -1 ? (officials.length ? 'review' : 0) : first;
  });
  const [announcement, setAnnouncement] = useState('');
  const open = paper.status === 'OPEN';
  const total = officials.length;
  const rated = officials.filter((official) => saved[official.id] && saved[official.id] !== 'none').length;
  const unsaved = officials.filter((official) => dirty.has(official.id)).map((official) => official.name);
  const unsavedKey = unsaved.join('\n');
  // Each card explains its own failure in plain words (see OfficialCard), so nothing is notified.
  const rating = useWorkflow(
    (dp, officialId: string, draft: RatingDraft) => dp.submitRating(paper.meetingId, officialId, draft, voter),
    { report: false },
  );

  useEffect(() => {
    onUnsavedChange?.(unsavedKey ? unsavedKey.split('\n') : []);
  }, [unsavedKey, onUnsavedChange]);

  /** Moves to `next` and to the top of the page, where the official's name is. */
  const go = (next: View) => {
    setView(next);
    window.scrollTo({ top: 0 });
  };

  /** Reads `message` out (again, even when it is the same as last time). */
  const announce = (message: string) => {
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  };

  const change = (officialId: string) => (next: Choices) => {
    setChoices((previous) => ({ ...previous, [officialId]: next }));
    setDirty((previous) => new Set(previous).add(officialId));
  };

  const submit = (index: number) => async () => {
    const official = officials[index];
    let replaced: boolean;
    try {
      replaced = !!(await rating.run(official.id, draftOf(choices[official.id] ?? EMPTY_CHOICES, paper.criteria)));
    } catch (error) {
      const key = voteErrorKey(error, voter);
      if (key === 'code') onCodeDead?.();
      throw new Error(`pingyi.vote.errors.${key}`);
    }
    const now = { ...saved, [official.id]: replaced ? 'modified' : ('submitted' as Saved) };
    setSaved(now);
    setDirty((previous) => {
      const next = new Set(previous);
      next.delete(official.id);
      return next;
    });
    const allRated = officials.every((o) => now[o.id]);
    if (allRated) onAllRated?.();
    announce(translate(replaced ? 'pingyi.vote.modified' : 'pingyi.vote.submitted'));
    // On to the next official; to the review after the last, or once every official is rated.
    go(allRated || index + 1 >= total ? 'review' : index + 1);
  };

  const finish = () =>
    (guard ?? ((leave: () => void) => leave()))(() => {
      onFinish?.();
      setDirty(new Set());
      go('thanks');
    });

  const live = (
    <Box
      aria-live="assertive"
      aria-atomic="true"
      data-testid="vote-announce"
      sx={{
        position: 'absolute',
        width: '1px',
        height: '1px',
        margin: '-1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      }}
    >
      {announcement}
    </Box>
  );

  if (view === 'thanks')
    return (
      <>
        {live}
        <BallotThanks title={paper.title} count={rated} done={props.done} />
      </>
    );

  const header = (
    <Paper sx={{ p: { xs: 1.5, sm: 2 } }} elevation={2}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, fontSize: { xs: '1.25rem', sm: SIZE.name } }}>
        {paper.title}
      </Typography>
      <Stack direction="row" sx={{ mt: 0.5, gap: 2, flexWrap: 'wrap', alignItems: 'baseline' }}>
        {typeof view === 'number' && total > 0 ? (
          <Typography sx={{ fontSize: SIZE.choice, fontWeight: 700 }} data-testid="vote-step">
            {translate('pingyi.vote.step', { current: view + 1, total })}
          </Typography>
        ) : null}
        <Typography
          sx={{ fontSize: SIZE.text, color: rated === total ? SUCCESS_TEXT : SECONDARY_TEXT }}
          data-testid="vote-done"
        >
          {translate('pingyi.vote.done', { done: rated, total })}
        </Typography>
      </Stack>
    </Paper>
  );

  const closed = !open ? (
    <Alert severity="warning" sx={{ fontSize: SIZE.text }}>
      {translate('pingyi.vote.notOpen')}
    </Alert>
  ) : null;

  if (view === 'review')
    return (
      <>
        {live}
        {header}
        {closed}
        <BallotReview
          officials={officials}
          criteria={paper.criteria}
          choices={choices}
          saved={saved}
          dirty={dirty}
          onEdit={(index) => go(index)}
          onFinish={finish}
        />
      </>
    );

  const official = officials[view];
  return (
    <>
      {live}
      {header}
      {closed}
      {official ? (
        <OfficialCard
          key={official.id}
          official={official}
          criteria={paper.criteria}
          choices={choices[official.id] ?? EMPTY_CHOICES}
          onChange={change(official.id)}
          saved={saved[official.id] ?? 'none'}
          dirty={dirty.has(official.id) && anyChoice(choices[official.id] ?? EMPTY_CHOICES)}
          open={open}
          onSubmit={submit(view)}
          announce={announce}
        />
      ) : null}
      <Stack
        component="nav"
        aria-label={translate('pingyi.vote.step', { current: view + 1, total })}
        direction="row"
        sx={{ justifyContent: 'space-between', gap: 1 }}
      >
        <Button
          variant="outlined"
          size="large"
          startIcon={<ArrowBackIcon />}
          disabled={view === 0}
          onClick={() => go(view - 1)}
          sx={NAV_SX}
        >
          {translate('pingyi.vote.previous')}
        </Button>
        <Button
          variant="outlined"
          size="large"
          endIcon={<ArrowForwardIcon />}
          onClick={() => go(view + 1 < total ? view + 1 : 'review')}
          sx={NAV_SX}
        >
          {translate(view + 1 < total ? 'pingyi.vote.next' : 'pingyi.vote.toReview')}
        </Button>
      </Stack>
    </>
  );
}
