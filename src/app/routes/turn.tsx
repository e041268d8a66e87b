import { PageTitle } from '@/components/ui/page-title';
import { TurnTester } from '@/features/turn-tester/components/turn-tester';
import { AttachToProject } from './turn/attach-to-project';

export default function TurnPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="TURN tester" />
      <h1 id="page-heading">TURN credential tester</h1>
      <TurnTester attach={AttachToProject} />
    </section>
  );
}
