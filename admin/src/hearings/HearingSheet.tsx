/**
 * The printable record of a decision hearing (docs/rules.md rule 14), the paper its participants sign:
 * the project, the neighborhood, the day, presenter, chair and construction period, the
 * representatives and department heads, each question with its answer, and the outcome with its reasons.
 */
import { Box } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { RecordSheet, SheetSection } from '../common/RecordSheet';
import { useProviderQuery } from '../common/providerHooks';

/** The route `#/hearings/:id/sheet`. */
export function HearingSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const query = useProviderQuery(['hearings', id, 'page'], (dp) => dp.hearingPage(id));
  const hearing = query.data;
  const field = (name: string) => translate(`resources.hearings.fields.${name}`);
  const facts: [string, string][] = hearing
    ? [
        [translate('pingyi.selfgov.hearing.project'), hearing.project.name],
        [translate('resources.worksProjects.fields.neighborhoodId'), hearing.project.neighborhood.name],
        [field('heldOn'), hearing.heldOn],
        [field('presenter'), hearing.presenter],
        [field('chairName'), hearing.chairName],
        [
          `${field('constructionStartsOn')} – ${field('constructionEndsOn')}`,
          `${hearing.constructionStartsOn} – ${hearing.constructionEndsOn}`,
        ],
        [field('representatives'), hearing.representatives.join('、')],
        [field('departmentHeads'), hearing.departmentHeads.join('、') || '—'],
      ]
    : [];
  return (
    <RecordSheet
      backTo={`#/hearings/${encodeURIComponent(id)}/show`}
      title={translate('pingyi.selfgov.hearing.sheetTitle')}
      facts={facts}
      loading={query.loading}
      missing={!hearing}
    >
      {hearing ? (
        <>
          <SheetSection title={field('questions')}>
            {hearing.questions.length === 0 ? translate('pingyi.selfgov.hearing.noQuestions') : null}
            {hearing.questions.map((q, i) => (
              <Box key={i} sx={{ mb: '3mm' }} data-testid="sheet-question">
                {`${i + 1}. ${q.askedBy}：${q.question}\n${field('answer')}${q.answeredBy ? `（${q.answeredBy}）` : ''}：${q.answer ?? translate('pingyi.selfgov.hearing.unanswered')}`}
              </Box>
            ))}
          </SheetSection>
          <SheetSection title={field('outcome')}>
            {hearing.outcome
              ? `${translate(`pingyi.enums.HearingOutcome.${hearing.outcome}`)}\n${field('outcomeReasons')}：${hearing.outcomeReasons ?? ''}`
              : '—'}
          </SheetSection>
        </>
      ) : null}
    </RecordSheet>
  );
}
