/**
 * The self-governance records on an ADMIN's home (docs/rules.md rule 14): hearings awaiting their
 * outcome, mediations and petitions still open and conventions being approved, each with a button to its list;
 * a CHAIR's home has the hearings and conventions.
 */
import { useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { Count, HomeCard } from './HomeParts';

/** What the self-governance cards count (selfGovernanceCounts, publicSelfGovernanceCounts). */
interface SelfGovernanceCounts {
  hearingsAwaiting?: number;
  mediationsOpen?: number;
  petitionsOpen?: number;
  conventionsOpen?: number;
}

/** One card: its message key under pingyi.home.admin, its list, its test id and the count it shows. */
const CARDS = [
  { key: 'hearings', to: '/hearings', count: 'hearingsAwaiting' },
  { key: 'mediations', to: '/mediations', count: 'mediationsOpen' },
  { key: 'petitions', to: '/petitions', count: 'petitionsOpen' },
  { key: 'conventions', to: '/buildingConventions', count: 'conventionsOpen' },
] as const;

/** The cards of `counts` that it has a count for, each with a button to its list. */
function Cards({ counts, shown }: { counts: SelfGovernanceCounts | undefined; shown: readonly string[] }) {
  const translate = useTranslate();
  const open = translate('pingyi.home.admin.open');
  return (
    <>
      {CARDS.filter((card) => shown.includes(card.key)).map((card) => (
        <HomeCard
          key={card.key}
          title={translate(`pingyi.home.admin.${card.key}`)}
          to={card.to}
          action={open}
          testId={`home-${card.key}`}
        >
          <Count total={counts?.[card.count]} />
        </HomeCard>
      ))}
    </>
  );
}

/** The four cards. */
export function SelfGovernanceCards() {
  const counts = useProviderQuery(['hearings', 'homeCounts'], (dp) => dp.selfGovernanceCounts()).data;
  return <Cards counts={counts} shown={['hearings', 'mediations', 'petitions', 'conventions']} />;
}

/** A residents' committee director's cards (they chair hearings and hand out household codes): hearings awaiting their outcome and conventions being approved. */
export function ChairSelfGovernanceCards() {
  const counts = useProviderQuery(['hearings', 'chairHomeCounts'], (dp) => dp.publicSelfGovernanceCounts()).data;
  return <Cards counts={counts} shown={['hearings', 'conventions']} />;
}
