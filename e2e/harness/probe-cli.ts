/** Runs the command-line TURN probe (`node cli/bin.mjs probe …`) as a user would, for the e2e specs. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultsFile } from '@/features/turn-tester/results-file';

export interface ProbeRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The `--json` file, when one was written. */
  json: (ResultsFile & { tool?: string }) | null;
  /** The file's text, to check that no secret is in it. */
  jsonText: string;
}

/** Runs the probe with `args`, adding `--json <temp file>` unless `json` is false. */
export function runProbeCli(args: readonly string[], options: { json?: boolean } = {}): Promise<ProbeRun> {
  const out = join(mkdtempSync(join(tmpdir(), 'turn-probe-')), 'results.json');
  const all = ['cli/bin.mjs', 'probe', ...args, ...(options.json === false ? [] : ['--json', out])];
  return new Promise((resolve) => {
    execFile('node', all, { cwd: process.cwd(), timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      let jsonText = '';
      try {
        jsonText = readFileSync(out, 'utf8');
      } catch {
        // No --json file (usage error, or json: false).
      }
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr, json: jsonText === '' ? null : (JSON.parse(jsonText) as ProbeRun['json']), jsonText });
    });
  });
}

/** The verdict per `id target` of a probe results file. */
export function verdicts(run: ProbeRun): Record<string, string> {
  return Object.fromEntries((run.json?.checks ?? []).map((c) => [`${c.id} ${c.url}`, c.verdict]));
}

export function check(run: ProbeRun, id: string): ResultsFile['checks'][number] {
  const found = run.json?.checks.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id} check in ${run.stdout}`);
  return found;
}
