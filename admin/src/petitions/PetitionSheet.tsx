/**
 * The printable record of a petition taken up by an agent (信访代理, docs/rules.md rule 14), the paper
 * the agent, the petitioner and the department sign: who, what, each round of talks and the
 * agreement reached (or why it closed without one).
 */
import { Box } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { RecordSheet, SheetSection } from '../common/RecordSheet';
import { useProviderQuery } from '../common/providerHooks';

/** The route `#/petitions/:id/sheet`. */
export function PetitionSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const query = useProviderQuery(['petitions', id, 'page'], (dp) => dp.petitionPage(id));
  const petition = query.data;
  const field = (name: string) => translate(`resources.petitions.fields.${name}`);
  const facts: [string, string][] = petition
    ? [
        [field('subject'), petition.subject],
        [field('petitionerName'), petition.petitionerName],
        [field('neighborhoodId'), petition.neighborhood.name],
        [field('agent'), `${translate(`pingyi.enums.PetitionAgent.${petition.agent}`)} · ${petition.agentName}`],
        [field('departmentId'), petition.department?.name ?? '—'],
        [field('matterId'), petition.matter?.title ?? '—'],
        [field('takenUpOn'), petition.takenUpOn],
        [field('status'), translate(`pingyi.enums.PetitionStatus.${petition.status}`)],
      ]
    : [];
  return (
    <RecordSheet
      backTo={`#/petitions/${encodeURIComponent(id)}/show`}
      title={translate('pingyi.selfgov.petition.sheetTitle')}
      facts={facts}
      loading={query.loading}
      missing={!petition}
    >
      {petition ? (
        <>
          <SheetSection title={field('talks')}>
            {petition.talks.length === 0 ? '—' : null}
            {petition.talks.map((talk) => (
              <Box key={talk.round} sx={{ mb: '3mm' }}>
                {`${translate('pingyi.selfgov.petition.round', { round: talk.round })} ${talk.heldOn} ${talk.participants.join('、')}\n${talk.summary}`}
              </Box>
            ))}
          </SheetSection>
          <SheetSection title={petition.status === 'AGREED' ? field('agreement') : field('closingReason')}>
            {(petition.status === 'AGREED' ? petition.agreement : petition.closingReason) ?? '—'}
          </SheetSection>
        </>
      ) : null}
    </RecordSheet>
  );
}
