/**
 * A voter's ballot for one meeting: its title and how many officials the voter has rated, then
 * one card per official (OfficialCard). Used with a ballot code and by signed-in representatives.
 */
import { useState } from 'react';
import { Alert, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import type { BallotPaper, OwnRating, RatingDraft, Voter } from '../dataProvider/types';
import { OfficialCard } from './OfficialCard';
import { voteErrorKey } from './voteErrors';

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
}

/** The meeting header and the officials' cards. */
export function BallotBoard({ paper, voter, ratings, ratedIds = [], onAllRated, onCodeDead }: BallotBoardProps) {
  const translate = useTranslate();
  const byOfficial = new Map(ratings.map((rating) => [rating.officialId, rating]));
  const [rated, setRated] = useState<Set<string>>(() => new Set([...ratedIds, ...ratings.map((r) => r.officialId)]));
  const open = paper.status === 'OPEN';
  const officials = [...paper.officials].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const total = paper.officials.length;
  const done = paper.officials.filter((official) => rated.has(official.id)).length;
  // Each card explains its own failure in plain words (see OfficialCard), so nothing is notified.
  const rating = useWorkflow(
    (dp, officialId: string, draft: RatingDraft) => dp.submitRating(paper.meetingId, officialId, draft, voter),
    { report: false },
  );

  const submit = (officialId: string) => async (draft: RatingDraft) => {
    try {
      const replaced = await rating.run(officialId, draft);
      setRated((previous) => {
        const now = new Set(previous).add(officialId);
        // Idempotent, so harmless should React run this twice.
        if (paper.officials.every((official) => now.has(official.id))) onAllRated?.();
        return now;
      });
      return !!replaced;
    } catch (error) {
      const key = voteErrorKey(error, voter);
      if (key === 'code') onCodeDead?.();
      throw new Error(`pingyi.vote.errors.${key}`);
    }
  };

  return (
    <>
      <Paper sx={{ p: { xs: 1.5, sm: 2 }, position: 'sticky', top: 64, zIndex: 2 }} elevation={2}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, fontSize: { xs: 20, sm: 24 } }}>
          {paper.title}
        </Typography>
        <Typography
          sx={{ fontSize: { xs: 16, sm: 18 }, mt: 0.5, color: done === total ? 'success.main' : 'text.secondary' }}
          data-testid="vote-done"
        >
          {translate('pingyi.vote.done', { done, total })}
        </Typography>
      </Paper>
      {!open ? (
        <Alert severity="warning" sx={{ fontSize: 18 }}>
          {translate('pingyi.vote.notOpen')}
        </Alert>
      ) : null}
      {officials.map((official) => (
        <OfficialCard
          key={official.id}
          official={official}
          criteria={paper.criteria}
          initial={byOfficial.get(official.id)}
          open={open}
          onSubmit={submit(official.id)}
        />
      ))}
      {open && total > 0 && done === total ? (
        <Alert severity="success" sx={{ fontSize: 18 }}>
          {translate('pingyi.vote.allDone')}
        </Alert>
      ) : null}
    </>
  );
}
