/**
 * Results files back into the app (issues 13, 14, 15): the real command-line probe's JSON imported on
 * /turn beside the browser's own run and attached to a project; a browser results file and a coturn
 * findings file attached from the project page (and from "Import project"); malformed and tampered
 * files refused with a message naming the field, changing nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checklist } from '@/entities/checklist/content';
import { runProbeCli } from './harness/probe-cli.ts';
import { expect, test } from './fixtures.ts';

test.setTimeout(90_000);

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** The checklist item that takes `source` as evidence: its title and the URL that shows it. */
function itemFor(source: string, projectUrl: string): { title: string; url: string } {
  const item = checklist.items.find((i) => (i.evidence as readonly string[]).includes(source));
  if (item === undefined) throw new Error(`no item takes ${source}`);
  return { title: item.title, url: `${projectUrl}?${new URLSearchParams({ section: item.section, item: item.id }).toString()}` };
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('wsc:projects'));

/** `npm run coturn-lint -- <conf> --json <out>` as a user runs it; returns the findings file's text. */
function coturnLint(conf: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'coturn-lint-'));
  writeFileSync(join(dir, 'turnserver.conf'), conf);
  const out = join(dir, 'findings.json');
  return new Promise((resolve, reject) => {
    execFile('node', ['cli/bin.mjs', 'coturn-lint', join(dir, 'turnserver.conf'), '--version', '4.6.1', '--json', out], { cwd: process.cwd() }, () => {
      try {
        resolve(readFileSync(out, 'utf8'));
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

test('the probe’s JSON is imported on /turn beside the browser’s run and attached as "TURN probe (command line)" evidence', async ({ page, startCoturn, turnPage, projectsPage, assessmentPage }) => {
  const coturn = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: true, noTcpRelay: true });
  const probe = await runProbeCli([coturn.urls.udp, '--secret', coturn.secret ?? '', '--timeout', '2000']);
  expect(probe.json?.tool).toBe('turn-probe');

  await projectsPage.goto();
  const projectUrl = await projectsPage.createProject('Probe import');

  await turnPage.goto();
  await turnPage.runWith([coturn.urls.udp], { secret: coturn.secret ?? '' });
  await turnPage.waitForCompletion();
  await page.getByLabel('Import TURN probe results').setInputFiles(json('turn-probe.json', probe.jsonText));

  const imported = page.getByRole('region', { name: 'Imported results: TURN probe (command line)' });
  await expect(imported).toContainText('from the command line');
  await expect(imported.locator('time')).toHaveAttribute('datetime', probe.json?.startedAt ?? '');
  const table = imported.getByRole('table', { name: 'Imported checks (command line)' });
  await expect(table.locator('tr[data-check="peer-restrictions"]')).toContainText('fail');
  await expect(table.locator('tr[data-check="peer-restrictions"]')).toContainText('loopback 127.0.0.0/8 (127.0.0.1)');
  await expect(table.locator('tr[data-check="anonymous-allocation"]')).toContainText('pass');
  // The browser's own results are still there, unchanged.
  await expect(page.getByRole('table', { name: 'Results', exact: true }).locator('tr[data-check="allocation"]')).toContainText('pass');
  expect(probe.jsonText).not.toContain(coturn.secret ?? '');

  await imported.getByRole('button', { name: 'Attach to project' }).click();
  await expect(imported.getByRole('status')).toContainText(/Evidence attached to \d+ checklist items in “Probe import”/);

  const peers = itemFor('turn:peer-restrictions', projectUrl);
  await page.goto(peers.url);
  await expect(assessmentPage.item(peers.title)).toContainText('TURN probe (command line): peer restrictions — 1 fail');
  const auth = itemFor('turn:anonymous-allocation', projectUrl);
  await page.goto(auth.url);
  await expect(assessmentPage.item(auth.title)).toContainText('TURN probe (command line): anonymous allocation — 1 pass');
});

test('a browser results file and a coturn findings file are attached from the project page, after a preview', async ({ page, coturn, turnPage, projectsPage, assessmentPage }) => {
  await turnPage.goto();
  await turnPage.runWith([coturn.urls.udp], { secret: coturn.secret });
  await turnPage.waitForCompletion();
  const [download] = await Promise.all([page.waitForEvent('download'), turnPage.downloadButton.click()]);
  const browserFile = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(browserFile)).toMatchObject({ tool: 'browser' });

  await projectsPage.goto();
  const projectUrl = await projectsPage.createProject('Contractor results');
  const input = page.getByLabel('Attach results file to project');
  await input.setInputFiles(json('turn-test.json', browserFile));
  const preview = page.getByRole('region', { name: 'Results file preview' });
  await expect(preview).toContainText('TURN tester (browser) results taken');
  await expect(preview.getByRole('list', { name: 'Evidence to attach' })).toContainText('TURN tester: requires authentication — 1 pass (Pass) → Enforce TURN authentication');
  await preview.getByRole('button', { name: 'Attach as evidence' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“turn-test.json” attached as evidence' })).toBeVisible();

  const findings = await coturnLint('listening-port=3478\nno-auth\nrealm=example.com\ncli-password=qwerty\n');
  await input.setInputFiles(json('coturn-findings.json', findings));
  await expect(preview).toContainText('coturn config analyzer results taken');
  await preview.getByRole('button', { name: 'Attach as evidence' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“coturn-findings.json” attached as evidence' })).toBeVisible();

  const auth = itemFor('turn:requires-authentication', projectUrl);
  await page.goto(auth.url);
  await expect(assessmentPage.item(auth.title)).toContainText('TURN tester: requires authentication — 1 pass');
  const cli = itemFor('coturn:no-cli', projectUrl);
  await page.goto(cli.url);
  await expect(assessmentPage.item(cli.title)).toContainText('coturn config analyzer: no-cli');
  expect(await stored(page)).not.toContain('qwerty');
});

test('"Import project" given a probe file hands it to the project page opened next', async ({ page, coturn, projectsPage }) => {
  const probe = await runProbeCli([coturn.urls.udp, '--secret', coturn.secret, '--timeout', '2000']);
  await projectsPage.goto();
  await projectsPage.createProject('Handed over');
  await projectsPage.goto();
  await projectsPage.importFile(json('turn-probe.json', probe.jsonText));
  await expect(page.getByRole('alert')).toContainText('“turn-probe.json” is a TURN results file (TURN tester or command-line probe), not a project file.');
  await projectsPage.row('Handed over').getByRole('link', { name: 'Handed over', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Results file preview' });
  await expect(preview).toContainText('“turn-probe.json” is a results file, not a project file');
  await expect(preview).toContainText('TURN probe (command line) results taken');
  await preview.getByRole('button', { name: 'Attach as evidence' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“turn-probe.json” attached as evidence' })).toBeVisible();
});

test('a malformed and a tampered file each get a message naming the field, and change nothing', async ({ page, coturn, projectsPage }) => {
  const probe = await runProbeCli([coturn.urls.udp, '--secret', coturn.secret, '--timeout', '2000']);
  const file = JSON.parse(probe.jsonText) as { checks: { id: string; verdict: string }[] };
  const index = file.checks.findIndex((c) => c.id === 'peer-restrictions');
  (file.checks[index] as { verdict: string }).verdict = 'passed';
  const tampered = JSON.stringify(file);
  const malformed = probe.jsonText.slice(0, probe.jsonText.length / 2);

  await projectsPage.goto();
  await projectsPage.createProject('Untouched');
  const before = await stored(page);
  const input = page.getByLabel('Attach results file to project');
  await input.setInputFiles(json('tampered.json', tampered));
  await expect(page.getByRole('alert')).toContainText(`“tampered.json” was not attached. This TURN results file cannot be attached: checks[${index}].verdict: expected pass, warn, fail or skipped, got "passed"`);
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await input.setInputFiles(json('malformed.json', malformed));
  await expect(page.getByRole('alert')).toContainText('“malformed.json” was not attached. This is not a results file: it is not valid JSON.');
  expect(await stored(page)).toBe(before);

  await page.goto('/turn');
  await page.getByLabel('Import TURN probe results').setInputFiles(json('tampered.json', tampered));
  await expect(page.getByRole('alert')).toContainText(`“tampered.json” was not imported: checks[${index}].verdict: expected pass, warn, fail or skipped, got "passed"`);
  await page.getByLabel('Import TURN probe results').setInputFiles(json('malformed.json', malformed));
  await expect(page.getByRole('alert')).toContainText('“malformed.json” was not imported: This is not a TURN results file: it is not valid JSON');
  await expect(page.getByRole('region', { name: /Imported results/ })).toHaveCount(0);
  expect(await stored(page)).toBe(before);
});
