import { PageTitle } from '@/components/ui/page-title';
import { ContractorOnboarding } from '@/features/onboarding/components/contractor-onboarding';

/** The contractor's page: opened with an onboarding pack a team sent. */
export default function OnboardPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="Contractor onboarding" />
      <h1 id="page-heading">Onboarding as a contractor</h1>
      <p>
        A team sent you an onboarding pack: import it to read how their system is laid out and the rules you agree to, then send back
        your acknowledgement. Everything stays in this tab.
      </p>
      <ContractorOnboarding />
    </section>
  );
}
