/**
 * TURN tester budgets (issue 5), against real coturn on loopback in real Chromium:
 * - "Run test" click → allocation verdict row ≤ 1.25 × the time Chromium takes to deliver the first
 *   relay candidate in the same run (the page marks `turn-test:first-relay-candidate` when the engine
 *   reports it);
 * - "Run test" click → verdict row for a UDP URL where nothing listens ≤ 6 s;
 * - "Run test" click → verdict row for a TCP URL where the connection is refused ≤ 1 s.
 */
import { test, expect, type Page } from './fixtures.ts';
import { findFreePort, startCoturn, type CoturnInstance } from '../e2e/harness/coturn.ts';
import { median, recordRuns } from './report.ts';

const RATIO_BUDGET = 1.25;
const UNREACHABLE_BUDGET_MS = 6000;
const REFUSED_BUDGET_MS = 1000;

interface Timing {
  /** Click → first relay candidate (engine event, marked by the UI). */
  candidate: number;
  /** Click → allocation verdict row in the DOM. */
  verdict: number;
}

/** Arms in-page timers: the click on "Run test", and the first allocation row with a verdict. */
async function arm(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench?: { click?: number; row?: number } };
    const bench: { click?: number; row?: number } = {};
    w.__bench = bench;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run test');
    button?.addEventListener('click', () => (bench.click = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('table[aria-label="Results"] tr[data-check="allocation"] .tt-verdict-text') !== null) {
        bench.row = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function read(page: Page): Promise<Timing & { row: number; click: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench?: { click?: number; row?: number } };
    const click = w.__bench?.click ?? NaN;
    const row = w.__bench?.row ?? NaN;
    const mark = performance.getEntriesByName('turn-test:first-relay-candidate', 'mark')[0];
    return { click, row, candidate: (mark?.startTime ?? NaN) - click, verdict: row - click };
  });
}

async function runOnce(page: Page): Promise<Timing> {
  await arm(page);
  await page.getByRole('button', { name: 'Run test' }).click();
  await page.getByRole('status', { name: 'Test status' }).getByText('Test complete', { exact: true }).waitFor({ timeout: 20_000 });
  return read(page);
}

let coturn: CoturnInstance;

test.beforeAll(async () => {
  coturn = await startCoturn({ name: 'bench-turn', auth: { kind: 'rest-secret' }, allowLoopbackPeers: true });
});

test.afterAll(async () => {
  await coturn.stop();
});

test('TURN tester: valid server, click → allocation verdict vs first relay candidate', async ({ page }) => {
  await page.goto('/turn');
  await page.getByLabel('TURN server URLs').fill(coturn.urls.udp);
  await page.getByRole('radio', { name: 'Shared secret (TURN REST API)' }).check();
  await page.getByLabel('Shared secret', { exact: true }).fill(coturn.secret ?? '');
  // One warm-up run: the first RTCPeerConnection of a page loads the WebRTC stack.
  await runOnce(page);

  const runs: Timing[] = [];
  for (let i = 0; i < 9; i++) runs.push(await runOnce(page));
  for (const r of runs) {
    expect(Number.isFinite(r.candidate) && Number.isFinite(r.verdict), JSON.stringify(r)).toBe(true);
  }
  const candidate = median(runs.map((r) => r.candidate));
  const verdict = median(runs.map((r) => r.verdict));
  const ratio = median(runs.map((r) => r.verdict / r.candidate));
  const detail = `median of ${runs.length}; runs ${runs.map((r) => `${Math.round(r.verdict)}/${Math.round(r.candidate)}`).join(' ')}`;
  recordRuns({ name: 'turn: click → first relay candidate (Chromium)', unit: 'ms', detail }, runs.map((r) => r.candidate));
  recordRuns({ name: 'turn: click → allocation verdict row', unit: 'ms', detail }, runs.map((r) => r.verdict));
  recordRuns(
    { name: 'turn: verdict / first relay candidate', unit: '×', budget: RATIO_BUDGET, detail: `verdict ${verdict.toFixed(1)} ms vs candidate ${candidate.toFixed(1)} ms (medians)` },
    runs.map((r) => r.verdict / r.candidate),
  );
  expect(ratio).toBeLessThanOrEqual(RATIO_BUDGET);
});

test('TURN tester: unreachable UDP server, click → verdict', async ({ page }) => {
  const port = await findFreePort();
  await page.goto('/turn');
  await page.getByLabel('TURN server URLs').fill(`turn:127.0.0.1:${port}?transport=udp`);
  await page.getByLabel('Username', { exact: true }).fill('bench');
  await page.getByLabel('Password', { exact: true }).fill('bench-password');
  const verdicts: number[] = [];
  for (let i = 0; i < 3; i++) verdicts.push((await runOnce(page)).verdict);
  recordRuns({ name: 'turn: click → unreachable UDP verdict', unit: 'ms', budget: UNREACHABLE_BUDGET_MS }, verdicts);
  expect(median(verdicts)).toBeLessThanOrEqual(UNREACHABLE_BUDGET_MS);
});

test('TURN tester: refused TCP connection, click → verdict', async ({ page }) => {
  const port = await findFreePort();
  await page.goto('/turn');
  await page.getByLabel('TURN server URLs').fill(`turn:127.0.0.1:${port}?transport=tcp`);
  await page.getByLabel('Username', { exact: true }).fill('bench');
  await page.getByLabel('Password', { exact: true }).fill('bench-password');
  const verdicts: number[] = [];
  for (let i = 0; i < 3; i++) verdicts.push((await runOnce(page)).verdict);
  recordRuns({ name: 'turn: click → refused TCP verdict', unit: 'ms', budget: REFUSED_BUDGET_MS }, verdicts);
  expect(median(verdicts)).toBeLessThanOrEqual(REFUSED_BUDGET_MS);
});
