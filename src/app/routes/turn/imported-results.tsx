import { useEffect, useMemo, useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import { serverHeadlines } from '@/features/turn-tester/headline';
import { ResultsTable, summarize } from '@/features/turn-tester/components/results-table';
import { ServerHeadlines } from '@/features/turn-tester/components/server-headlines';
import { checkResultsFileSize } from '@/features/turn-tester/results-file-size';
import { parseResultsFile, type ImportedResults as Imported } from '@/features/turn-tester/results-file-parse';
import { checkKey, type Check } from '@/features/turn-tester/verdicts';
import { AttachEvidence } from '@/app/routes/attach-evidence';
import { planProjectEvidence } from './project-evidence';
import { formatDateTime } from '@/lib/format-date';

type Read = { readonly kind: 'reading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'ok'; readonly results: Imported };

/** Reads and parses the chosen file; every failure is a message naming the file and the field. */
function useResultsFile(file: File): Read {
  const tooBig = checkResultsFileSize(file.size);
  const [read, setRead] = useState<Read>({ kind: 'reading' });
  useEffect(() => {
    if (checkResultsFileSize(file.size) !== null) return;
    let live = true;
    file.text().then(
      (text) => {
        if (!live) return;
        const r = parseResultsFile(text);
        setRead(r.ok ? { kind: 'ok', results: r.value } : { kind: 'error', message: `“${file.name}” was not imported: ${r.error}` });
      },
      (error: unknown) => live && setRead({ kind: 'error', message: `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  return tooBig === null ? read : { kind: 'error', message: `“${file.name}” was not imported. ${tooBig}` };
}


function Results({ name, results, onClear }: { name: string; results: Imported; onClear: () => void }) {
  const probe = results.tool === 'turn-probe';
  const title = probe ? 'TURN probe (command line)' : 'TURN tester (browser, imported)';
  const headlines = useMemo(() => {
    const byKey: Record<string, Check> = {};
    for (const c of results.checks) byKey[checkKey(c)] = c;
    return serverHeadlines(Object.keys(byKey), byKey, results.urls);
  }, [results]);
  return (
    <div className="tt-imported" role="region" aria-label={`Imported results: ${title}`}>
      <h3>Imported results: {title}</h3>
      <p className="tt-taken">
        <span>
          Taken <time dateTime={results.startedAt}>{formatDateTime(results.startedAt)}</time>
          {probe ? ' from the command line' : ' in a browser'}, from “{name}”. Shown beside this page’s own results; not stored unless you attach them.
        </span>{' '}
        <button type="button" onClick={onClear}>
          Clear imported results
        </button>
      </p>
      {results.notes.map((n) => (
        <p key={n} className="tt-hint">
          {n}
        </p>
      ))}
      <ServerHeadlines headlines={headlines} />
      <p className="tt-summary">
        <strong>{summarize(results.checks)}</strong>
      </p>
      <ResultsTable checks={results.checks} label={`Imported checks (${probe ? 'command line' : 'browser'})`} />
      <AttachEvidence
        plan={(profile) => planProjectEvidence(results, checklist.items, profile, new Date(results.startedAt), [], results.tool)}
        hint={`Each check becomes evidence — labelled “${probe ? 'TURN probe (command line)' : 'TURN tester'}”, dated when it was taken — on the checklist items it proves. Only URLs and verdicts are stored.`}
        itemsNoun="TURN items"
        resultNoun="these checks"
      />
    </div>
  );
}

/** The imported file: a clear message when it is not a results file, else its checks and "Attach to project". */
export function ImportedResults({ file, onClear }: { file: File; onClear: () => void }) {
  const read = useResultsFile(file);
  if (read.kind === 'reading') return <p className="tt-hint">Reading “{file.name}”…</p>;
  if (read.kind === 'error') {
    return (
      <div className="notice error" role="alert">
        <p>{read.message}</p>
        <p>Nothing was imported or changed.</p>
      </div>
    );
  }
  return <Results name={file.name} results={read.results} onClear={onClear} />;
}
