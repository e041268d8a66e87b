/**
 * State of the /coturn page: the pasted text (memory only, never stored), the chosen version, and the
 * last analysis with its secure snippet. A thin adapter over the analyzer.
 */
import { useCallback, useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import { analyzeConfig, checkConfigBytes, inputProblemMessage, type Analysis } from './analyze';
import { randomSecret, secureSnippet } from './snippet';
import { LATEST_VERSION_ID, getVersion } from './versions';

export interface CoturnResult {
  readonly analysis: Analysis;
  readonly snippet: string;
  /** When the analysis ran: evidence ids derive from it, so attaching twice replaces. */
  readonly at: number;
}

export function useCoturnAnalysis() {
  const [text, setText] = useState('');
  const [version, setVersion] = useState(LATEST_VERSION_ID);
  const [result, setResult] = useState<CoturnResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const analyze = useCallback(() => {
    const r = analyzeConfig(text, version, checklist.items);
    if (!r.ok) {
      setResult(null);
      setError(r.problem.kind === 'unknown-version' ? `Unknown coturn version ${r.problem.version}.` : inputProblemMessage(r.problem));
      return;
    }
    setError(null);
    const secret = randomSecret((b) => crypto.getRandomValues(b as Uint8Array<ArrayBuffer>));
    setResult({ analysis: r.analysis, snippet: secureSnippet(r.analysis.parsed, r.analysis.version, { secret }), at: Date.now() });
  }, [text, version]);

  /** Reads a chosen or dropped file; refuses binary or oversized content with a message. */
  const loadFile = useCallback(async (file: File) => {
    if (file.size > 1024 * 1024) {
      setError(inputProblemMessage({ kind: 'too-large', bytes: file.size }));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setError(`Could not read ${file.name}.`);
      return;
    }
    const problem = checkConfigBytes(bytes);
    if (problem !== null) {
      setError(`${file.name}: ${inputProblemMessage(problem)}`);
      return;
    }
    setError(null);
    setResult(null);
    setText(new TextDecoder().decode(bytes));
  }, []);

  return {
    text,
    setText,
    version,
    setVersion: (id: string) => {
      if (getVersion(id) !== undefined) setVersion(id);
    },
    result,
    error,
    analyze,
    loadFile,
  };
}
