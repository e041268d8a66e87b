import { lazy, Suspense, useId, useState } from 'react';

// The parser (valibot), the table and the attach flow load only when a file is chosen: the /turn
// page itself stays within its JavaScript budget.
const ImportedResults = lazy(() => import('./imported-results').then((m) => ({ default: m.ImportedResults })));

/**
 * "Import TURN probe results" (issue 14): the command-line probe's JSON (or a results file this page
 * downloaded) shown beside the browser's own results, not instead of them, and attachable to a project.
 */
export function ProbeImport() {
  const id = useId();
  const [chosen, setChosen] = useState<{ readonly file: File; readonly key: number } | null>(null);
  return (
    <section className="tt-probe-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Command-line probe results</h2>
      <p className="tt-hint">
        A browser cannot ask a TURN server everything (an allocation without credentials, relaying to internal addresses). The
        command-line probe can: <code>npm run probe -- turn:host:3478 --secret … --json turn-probe.json</code>. Import its file to see
        its checks here, beside this browser’s own results, and attach them to a project. A results file downloaded from this
        page works too. The file is read in this tab only.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import TURN probe results</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) setChosen({ file, key: Date.now() });
            e.target.value = '';
          }}
        />
      </div>
      {chosen !== null && (
        <Suspense fallback={<p className="tt-hint">Reading the file…</p>}>
          <ImportedResults key={chosen.key} file={chosen.file} onClear={() => setChosen(null)} />
        </Suspense>
      )}
    </section>
  );
}
