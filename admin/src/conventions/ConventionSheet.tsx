/**
 * The printable residents' convention (docs/rules.md rule 14), the paper the residents' committee posts
 * and signs: the building, the version in effect (or else the latest) with its text and its count
 * against two thirds of the households. No household is named: the API knows none.
 */
import { useParams, useTranslate } from 'react-admin';
import { RecordSheet, SheetSection } from '../common/RecordSheet';
import { useProviderQuery } from '../common/providerHooks';

/** The route `#/buildingConventions/:id/sheet`. */
export function ConventionSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const query = useProviderQuery(['buildingConventions', id, 'page'], (dp) => dp.conventionPage(id));
  const convention = query.data;
  const versions = [...(convention?.versions ?? [])].sort((a, b) => b.number - a.number);
  const version = versions.find((v) => v.status === 'EFFECTIVE') ?? versions[0];
  const facts: [string, string][] =
    convention && version
      ? [
          [translate('resources.buildings.fields.neighborhoodId'), convention.building.neighborhood.name],
          [translate('resources.buildings.fields.name'), convention.building.name],
          [
            translate('pingyi.selfgov.convention.versions'),
            `${translate('pingyi.selfgov.convention.version', { number: version.number })} · ${translate(`pingyi.enums.ConventionVersionStatus.${version.status}`)}`,
          ],
          [
            translate('pingyi.selfgov.convention.progress'),
            translate('pingyi.selfgov.convention.progressOf', {
              approvals: version.approvals,
              households: version.householdsAtEffect ?? version.households,
              required: version.requiredApprovals,
            }),
          ],
        ]
      : [];
  return (
    <RecordSheet
      backTo={`#/buildingConventions/${encodeURIComponent(id)}/show`}
      title={convention ? `${translate('pingyi.selfgov.convention.sheetTitle')}：${convention.title}` : ''}
      facts={facts}
      loading={query.loading}
      missing={!convention || !version}
    >
      {version ? (
        <SheetSection title={translate('resources.buildingConventions.fields.text')}>{version.text}</SheetSection>
      ) : null}
    </RecordSheet>
  );
}
