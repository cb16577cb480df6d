/**
 * The self-governance records on an ADMIN's home (docs/rules.md rule 14): hearings awaiting their
 * outcome, mediations and petitions still open and conventions being approved, each with a button to its list;
 * a CHAIR's home has the hearings and conventions.
 */
import { useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { Count, HomeCard } from './HomeParts';

/** The four cards. */
export function SelfGovernanceCards() {
  const translate = useTranslate();
  const counts = useProviderQuery(['hearings', 'homeCounts'], (dp) => dp.selfGovernanceCounts()).data;
  const open = translate('pingyi.home.admin.open');
  return (
    <>
      <HomeCard title={translate('pingyi.home.admin.hearings')} to="/hearings" action={open} testId="home-hearings">
        <Count total={counts?.hearingsAwaiting} />
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.admin.mediations')}
        to="/mediations"
        action={open}
        testId="home-mediations"
      >
        <Count total={counts?.mediationsOpen} />
      </HomeCard>
      <HomeCard title={translate('pingyi.home.admin.petitions')} to="/petitions" action={open} testId="home-petitions">
        <Count total={counts?.petitionsOpen} />
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.admin.conventions')}
        to="/buildingConventions"
        action={open}
        testId="home-conventions"
      >
        <Count total={counts?.conventionsOpen} />
      </HomeCard>
    </>
  );
}

/** A residents' committee director's cards (they chair hearings and hand out household codes): hearings awaiting their outcome and conventions being approved. */
export function ChairSelfGovernanceCards() {
  const translate = useTranslate();
  const counts = useProviderQuery(['hearings', 'chairHomeCounts'], (dp) => dp.publicSelfGovernanceCounts()).data;
  const open = translate('pingyi.home.admin.open');
  return (
    <>
      <HomeCard title={translate('pingyi.home.admin.hearings')} to="/hearings" action={open} testId="home-hearings">
        <Count total={counts?.hearingsAwaiting} />
      </HomeCard>
      <HomeCard
        title={translate('pingyi.home.admin.conventions')}
        to="/buildingConventions"
        action={open}
        testId="home-conventions"
      >
        <Count total={counts?.conventionsOpen} />
      </HomeCard>
    </>
  );
}
