/**
 * The printable written record of a mediation meeting (docs/rules.md rule 14), the paper the parties
 * sign and the court may confirm: the dispute, the neighborhood, the day, the chair, the legal
 * adviser, the women's director, the parties, the departments with the laws they cite, the record.
 */
import { useParams, useTranslate } from 'react-admin';
import { RecordSheet, SheetSection } from '../common/RecordSheet';
import { useProviderQuery } from '../common/providerHooks';

/** The route `#/mediations/:id/sheet`. */
export function MediationSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const query = useProviderQuery(['mediations', id, 'page'], (dp) => dp.mediationPage(id));
  const mediation = query.data;
  const field = (name: string) => translate(`resources.mediations.fields.${name}`);
  const facts: [string, string][] = mediation
    ? [
        [field('subject'), mediation.subject],
        [field('disputeKind'), translate(`pingyi.enums.DisputeKind.${mediation.disputeKind}`)],
        [field('neighborhoodId'), mediation.neighborhood.name],
        [field('heldOn'), mediation.heldOn],
        [
          field('chairName'),
          `${mediation.chairName}（${translate(`pingyi.enums.MediationChairRole.${mediation.chairRole}`)}）`,
        ],
        [field('legalAdviser'), mediation.legalAdviser],
        [field('womenDirector'), mediation.womenDirector ?? '—'],
        [
          field('parties'),
          mediation.parties
            .map((p) => `${p.name}（${translate(`pingyi.enums.MediationPartyKind.${p.kind}`)}）`)
            .join('、'),
        ],
        [
          field('departments'),
          mediation.departments.map((d) => `${d.department?.name ?? ''}：${d.citedLaws.join('；')}`).join('\n') || '—',
        ],
        [field('courtConfirmation'), translate(`pingyi.enums.CourtConfirmation.${mediation.courtConfirmation}`)],
      ]
    : [];
  return (
    <RecordSheet
      backTo={`#/mediations/${encodeURIComponent(id)}/show`}
      title={translate('pingyi.selfgov.mediation.sheetTitle')}
      facts={facts}
      loading={query.loading}
      missing={!mediation}
    >
      {mediation ? <SheetSection title={field('record')}>{mediation.record ?? '—'}</SheetSection> : null}
    </RecordSheet>
  );
}
