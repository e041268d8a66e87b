import { useState } from 'react';
import type { PackFile } from '@/features/onboarding/pack-file';
import { AckForm } from './ack-form';
import { ContractorLanding } from './contractor-landing';
import { PackImport } from './pack-import';
import { RuleWalkthrough } from './rule-walkthrough';
import './onboarding.css';

/** The contractor's side: import a pack, read it, acknowledge every rule, export the acknowledgement. Kept in memory only. */
export function ContractorOnboarding() {
  const [pack, setPack] = useState<PackFile | null>(null);
  const [index, setIndex] = useState(0);
  const [understood, setUnderstood] = useState<ReadonlySet<string>>(new Set());
  const [questions, setQuestions] = useState<Record<string, string>>({});
  const load = (next: PackFile) => {
    setPack(next);
    setIndex(0);
    setUnderstood(new Set());
    setQuestions({});
  };
  const mark = (key: string, on: boolean) =>
    setUnderstood((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <div className="ob-contractor">
      <PackImport onLoaded={load} />
      {pack && (
        <>
          <ContractorLanding pack={pack} />
          <RuleWalkthrough
            pack={pack}
            index={index}
            onIndex={setIndex}
            understood={understood}
            onUnderstood={mark}
            questions={questions}
            onQuestion={(key, text) => setQuestions((q) => ({ ...q, [key]: text }))}
          />
          <AckForm key={pack.digest} pack={pack} allUnderstood={pack.content.rules.every((r) => understood.has(r.key))} questions={questions} />
        </>
      )}
    </div>
  );
}
