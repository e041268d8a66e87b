/**
 * The TURN tester against real coturn instances in real Chromium. The engine groups URLs into servers
 * by host and port (one coturn listens for UDP and TCP on the same port); most tests audit one server,
 * so verdicts per server are unambiguous, and one test audits two servers on one host at once.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { findFreePort } from './harness/coturn.ts';
import { expect, test } from './fixtures';

/** Every key and value of local and session storage, for secret scans. */
async function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (s: Storage) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i) ?? '';
        out.push(`${key}=${s.getItem(key) ?? ''}`);
      }
      return out.join('\n');
    };
    return `${dump(localStorage)}\n${dump(sessionStorage)}`;
  });
}

test.describe('TURN tester', () => {
  test.beforeEach(async ({ turnPage }) => {
    await turnPage.goto();
  });

  test('shared secret, UDP and TCP: allocation, wrong and expired credentials refused, relay works', async ({ turnPage: turn, coturn }) => {
    await turn.runWith([coturn.urls.udp, coturn.urls.tcp], { secret: coturn.secret, userId: 'e2e-7f3a', lifetime: 3600 });
    await expect(turn.cancelButton).toBeFocused();
    await turn.waitForCompletion();

    for (const url of [coturn.urls.udp, coturn.urls.tcp]) {
      await expect(turn.verdict('allocation', url)).toHaveText('pass');
      await expect(turn.row('allocation', url)).toContainText(/Relay candidate 127\.0\.0\.1:\d+/);
    }
    await expect(turn.row('allocation', coturn.urls.tcp)).toContainText('relay protocol tcp');
    await expect(turn.verdict('requires-authentication')).toHaveText('pass');
    await expect(turn.verdict('rejects-wrong-password')).toHaveText('pass');
    await expect(turn.row('rejects-wrong-password')).toContainText('Error 401');
    await expect(turn.verdict('rejects-expired-credential')).toHaveText('pass');
    await expect(turn.row('rejects-expired-credential')).toContainText('401 Unauthorized');
    await expect(turn.verdict('relay-connectivity')).toHaveText('pass');
    await expect(turn.row('relay-connectivity')).toContainText(/round trip \d+ ms/);
    await expect(turn.verdict('credential-lifetime')).toHaveText('pass');
    await expect(turn.row('transport-coverage')).toContainText('port 443');
    await expect(turn.progress).toHaveAttribute('value', '8');
    await expect(turn.page.getByText('8 of 8 checks')).toBeVisible();
    await expect(turn.summary).toHaveText('1 warning, 7 passed');

    // The candidate table, behind a disclosure.
    const tcp = turn.candidates(coturn.urls.tcp);
    await tcp.locator('summary').click();
    const row = tcp.getByRole('table').locator('tbody tr').filter({ hasText: 'relay' });
    await expect(row).toContainText('127.0.0.1');
    await expect(row.getByRole('cell').last()).toHaveText('tcp');
  });

  test('username and password with a minted credential: credential lifetime passes', async ({ turnPage: turn, coturn }) => {
    const credential = coturn.mint(3600, 'e2e-static-mode');
    await turn.runWith([coturn.urls.udp], { username: credential.username, password: credential.credential });
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('pass');
    await expect(turn.verdict('rejects-wrong-password')).toHaveText('pass');
    await expect(turn.verdict('credential-lifetime')).toHaveText('pass');
    await expect(turn.row('credential-lifetime')).toContainText(/The username expires in (59|60) min/);
    // Only a shared secret can mint an expired credential.
    await expect(turn.row('rejects-expired-credential')).toHaveCount(0);
  });

  test('lt-cred-mech with a static user: credential lifetime fails', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'static-user', username: 'alice-static' }, allowLoopbackPeers: true });
    const user = server.user ?? { username: '', password: '' };
    await turn.runWith([server.urls.udp], user);
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('pass');
    await expect(turn.verdict('rejects-wrong-password')).toHaveText('pass');
    await expect(turn.verdict('credential-lifetime')).toHaveText('fail');
    await expect(turn.row('credential-lifetime')).toContainText('Static credentials');
    await expect(turn.row('credential-lifetime')).toContainText('high');
  });

  test('relay connectivity fails when the server denies its own relay addresses as peers', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({
      auth: { kind: 'rest-secret' },
      allowLoopbackPeers: true,
      deniedPeerIps: ['127.0.0.0-127.255.255.255'],
    });
    await turn.runWith([server.urls.udp], { secret: server.secret ?? '' });
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('pass');
    await expect(turn.verdict('relay-connectivity')).toHaveText('fail');
    // Chromium reports the refused permissions as a failed connection within milliseconds.
    await expect(turn.row('relay-connectivity')).toContainText(
      /ICE failed between two relay candidates .* \(ICE state "failed"\)|The connection between two relay candidates .* failed \(connection state "failed", ICE state "\w+"\)/,
    );
    await expect(turn.row('relay-connectivity')).toContainText('denied-peer-ip');
  });

  test('anonymous (no-auth) server over TCP: requires-authentication warns with both causes', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.runWith([server.urls.tcp], { username: 'anyone', password: 'anything' });
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('fail');
    await expect(turn.row('allocation')).toContainText('No answer within 5 s');
    await expect(turn.verdict('requires-authentication')).toHaveText('warn');
    const detail = turn.row('requires-authentication');
    await expect(detail).toContainText('anonymous TURN relay');
    await expect(detail).toContainText('firewall');
    await expect(detail).toContainText('critical');
    await expect(turn.verdict('rejects-wrong-password')).toHaveText('warn');
  });

  test('anonymous (no-auth) server over UDP only: allocation fails with "no answer", authentication skipped', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.runWith([server.urls.udp], { username: 'anyone', password: 'anything' });
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('fail');
    await expect(turn.row('allocation')).toContainText('No answer within 5 s');
    await expect(turn.row('allocation')).toContainText('Over UDP a browser cannot tell these apart');
    await expect(turn.verdict('requires-authentication')).toHaveText('skipped');
    await expect(turn.row('requires-authentication')).toContainText('?transport=tcp');
    await expect(turn.verdict('rejects-wrong-password')).toHaveText('skipped');
  });

  test('two servers on one host, different ports: an anonymous relay never hides behind an authenticated one', async ({ turnPage: turn, coturn, startCoturn }) => {
    const anonymous = await startCoturn({ auth: { kind: 'no-auth' } });
    const secure = `127.0.0.1:${coturn.instance.port}`;
    const open = `127.0.0.1:${anonymous.port}`;
    await turn.runWith([coturn.urls.udp, anonymous.urls.tcp], { secret: coturn.secret, userId: 'e2e-two' });
    await turn.waitForCompletion();

    await expect(turn.verdict('allocation', coturn.urls.udp)).toHaveText('pass');
    await expect(turn.verdict('allocation', anonymous.urls.tcp)).toHaveText('fail');
    // One row per server, named host:port.
    await expect(turn.row('requires-authentication')).toHaveCount(2);
    await expect(turn.verdict('requires-authentication', secure)).toHaveText('pass');
    await expect(turn.verdict('rejects-wrong-password', secure)).toHaveText('pass');
    await expect(turn.verdict('requires-authentication', open)).toHaveText('warn');
    await expect(turn.row('requires-authentication', open)).toContainText('anonymous TURN relay');
    await expect(turn.row('requires-authentication', open)).toContainText('firewall');
    await expect(turn.verdict('rejects-wrong-password', open)).not.toHaveText('pass');
    await expect(turn.verdict('rejects-expired-credential', open)).not.toHaveText('pass');
  });

  test('turns: with a self-signed certificate: allocation fails, explained as a TLS or certificate problem', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'rest-secret' }, tls: true });
    const url = server.urls.tls ?? '';
    expect(url).toMatch(/^turns:localhost:\d+\?transport=tcp$/);
    await turn.runWith([url], { secret: server.secret ?? '' });
    await turn.waitForCompletion();

    await expect(turn.verdict('allocation', url)).toHaveText('fail');
    const row = turn.row('allocation', url);
    await expect(row).toContainText('701');
    await expect(row).toContainText(
      'TLS handshake failed or the certificate is not trusted by this browser (self-signed, expired, or issued for another name — turns: needs a certificate for the host name in the URL)',
    );
    await expect(row).not.toContainText('server said');
    const auth = turn.row('requires-authentication', `localhost:${server.tlsPort}`);
    await expect(auth).toContainText('TLS handshake failed or the certificate is not trusted');
    await expect(auth).not.toContainText('could not be reached');
  });

  // How fast each verdict comes is measured in bench/turn.bench.ts; here the run must simply finish well before
  // Chromium's ~40 s gathering timeout (waitForCompletion gives up after 15 s).
  test('nothing listening on UDP and TCP: both fail, with different explanations', async ({ turnPage: turn }) => {
    const port = await findFreePort();
    const udp = `turn:127.0.0.1:${port}?transport=udp`;
    const tcp = `turn:127.0.0.1:${port}?transport=tcp`;
    await turn.urls.fill(`${udp}\n${tcp}`);
    await turn.username.fill('someone');
    await turn.password.fill('something');
    await turn.runButton.click();
    await turn.waitForCompletion();

    await expect(turn.verdict('allocation', udp)).toHaveText('fail');
    await expect(turn.row('allocation', udp)).toContainText('No answer within 5 s');
    await expect(turn.verdict('allocation', tcp)).toHaveText('fail');
    await expect(turn.row('allocation', tcp)).toContainText('701 Server not reachable');
    await expect(turn.row('allocation', tcp)).toContainText('connection was refused');
  });

  test('a malformed URL is flagged inline and nothing runs', async ({ turnPage: turn }) => {
    await turn.urls.fill('turn:127.0.0.1:3478?transport=udp\nturn:127.0.0.1:99999\nturns://turn.example.com');
    await turn.username.fill('someone');
    await turn.password.fill('something');
    await turn.runButton.click();

    await expect(turn.urls).toBeFocused();
    await expect(turn.urls).toHaveAttribute('aria-invalid', 'true');
    await expect(turn.urlErrors).toContainText('Line 2: port 99999 is out of range');
    await expect(turn.urlErrors).toContainText('Line 3: "turns://" is not valid');
    await expect(turn.errorSummary).toContainText('Line 2');
    await expect(turn.results).toHaveCount(0);
    await expect(turn.status).toHaveText('');

    // Fixing the lines clears the errors live.
    await turn.urls.fill('turn:127.0.0.1:3478?transport=udp');
    await expect(turn.urlErrors).toHaveCount(0);
    await expect(turn.errorSummary).toHaveCount(0);
  });

  test('missing credentials are refused before anything runs', async ({ turnPage: turn }) => {
    await turn.urls.fill('turn:127.0.0.1:3478');
    await turn.chooseCredentials('Shared secret (TURN REST API)');
    await turn.lifetime.fill('soon');
    await turn.runButton.click();
    await expect(turn.secret).toBeFocused();
    await expect(turn.errorSummary).toContainText('Shared secret: enter the shared secret');
    await expect(turn.errorSummary).toContainText('Lifetime (seconds): enter a whole number');
    await expect(turn.page.getByRole('note')).toContainText('A shared secret belongs on a server');
    await expect(turn.results).toHaveCount(0);
  });

  test('credential endpoint: anonymous access flagged, password masked, servers audited', async ({ turnPage: turn, coturn, context }) => {
    const minted = coturn.mint(3600, 'endpoint-user');
    // A cookie the endpoint would see if the app sent cookies.
    await context.addCookies([{ name: 'session', value: 'signed-in', domain: 'creds.example.test', path: '/', secure: true }]);
    const cookies: (string | undefined)[] = [];
    await turn.page.route('https://creds.example.test/**', async (route) => {
      cookies.push(await route.request().headerValue('cookie') ?? undefined);
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ username: minted.username, password: minted.credential, ttl: 3600, uris: [coturn.urls.udp] }),
      });
    });

    await turn.chooseCredentials('Credential endpoint');
    await turn.endpointUrl.fill('https://creds.example.test/turn?api_key=k-123456');
    await turn.runButton.click();
    await turn.waitForCompletion();

    expect(cookies).toEqual([undefined]);
    await expect(turn.endpointServers).toContainText(minted.username);
    await expect(turn.endpointServers).toContainText(`•••••••• (${minted.credential.length} characters)`);
    await expect(turn.page.locator('main')).not.toContainText(minted.credential);
    await expect(turn.verdict('endpoint')).toHaveText('fail');
    await expect(turn.row('endpoint')).toContainText('request without cookies');
    await expect(turn.verdict('allocation', coturn.urls.udp)).toHaveText('pass');
    await expect(turn.verdict('credential-lifetime')).toHaveText('pass');

    const file = readFileSync((await (await turn.download()).path()) ?? '', 'utf8');
    expect(file).not.toContain(minted.credential);
    expect(file).not.toContain('k-123456');
    expect(file).not.toContain('creds.example.test');
  });

  test('credential endpoint that refuses anonymous callers passes; errors are explained', async ({ turnPage: turn, coturn }) => {
    const minted = coturn.mint(3600, 'endpoint-user');
    const origin = new URL(turn.page.url()).origin;
    await turn.page.route('https://creds.example.test/**', async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/html') {
        await route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Access-Control-Allow-Origin': '*' }, body: '<!doctype html><p>Sign in</p>' });
        return;
      }
      const withCookies = (await route.request().headerValue('cookie')) !== null;
      const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
      if (!withCookies) {
        await route.fulfill({ status: 401, headers: cors, body: '' });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: cors,
        body: JSON.stringify({ iceServers: [{ urls: [coturn.urls.udp], username: minted.username, credential: minted.credential }] }),
      });
    });
    await turn.page.context().addCookies([{ name: 'session', value: 'signed-in', domain: 'creds.example.test', path: '/', secure: true, sameSite: 'None' }]);

    await turn.chooseCredentials('Credential endpoint');
    await turn.endpointUrl.fill('https://creds.example.test/html');
    await turn.runButton.click();
    await expect(turn.page.getByRole('alert')).toContainText('not with JSON (Content-Type: text/html)');
    await expect(turn.status).toHaveText('Test not run');

    await turn.endpointUrl.fill('https://creds.example.test/turn');
    await turn.runButton.click();
    await turn.waitForCompletion();
    await expect(turn.verdict('endpoint')).toHaveText('pass');
    await expect(turn.row('endpoint')).toContainText('A request without cookies was refused.');
    await expect(turn.verdict('allocation')).toHaveText('pass');
  });

  test('the results file and the storage never contain a secret or password', async ({ turnPage: turn, coturn }) => {
    const consoleText: string[] = [];
    turn.page.on('console', (m) => consoleText.push(m.text()));

    await turn.remember.check();
    await turn.runWith([coturn.urls.udp], { secret: coturn.secret, userId: 'e2e-scan' });
    await turn.waitForCompletion();
    let file = readFileSync((await (await turn.download()).path()) ?? '', 'utf8');
    const json = JSON.parse(file) as { format: string; version: number; urls: string[]; checks: { id: string; verdict: string }[] };
    expect(json).toMatchObject({ format: 'webrtc-security-checklist/turn-test', version: 1, urls: [coturn.urls.udp] });
    expect(json.checks.map((c) => c.id)).toContain('rejects-expired-credential');
    expect(file).not.toContain(coturn.secret);

    const credential = coturn.mint(3600, 'e2e-scan-static');
    await turn.runWith([coturn.urls.udp], { username: credential.username, password: credential.credential });
    await turn.waitForCompletion();
    file = readFileSync((await (await turn.download()).path()) ?? '', 'utf8');
    expect(file).not.toContain(credential.credential);
    expect(file).not.toContain(credential.username);

    const stored = await storageDump(turn.page);
    expect(stored).toContain('wsc:turn-urls');
    expect(stored).toContain('127.0.0.1');
    for (const secret of [coturn.secret, credential.credential, credential.username]) {
      expect(stored).not.toContain(secret);
      expect(turn.page.url()).not.toContain(secret);
      expect(consoleText.join('\n')).not.toContain(secret);
    }
  });

  test('"Remember these URLs" does not move when leaving the URL field reveals line errors', async ({ turnPage: turn }) => {
    await turn.urls.fill('turn:127.0.0.1:3478?transport=udp');
    const before = await turn.remember.boundingBox();
    await turn.urls.fill('not a url\nturn:127.0.0.1:99999\nturn:h:3478;transport=tcp');
    await turn.urls.focus();
    // The click blurs the textarea, which reveals the line errors: the checkbox must stay put.
    await turn.remember.click();
    await expect(turn.remember).toBeChecked();
    await expect(turn.urlErrors).toContainText('Line 2: port 99999 is out of range');
    await expect(turn.urlErrors).toContainText('Line 3: write the transport as a query parameter: turn:h:3478?transport=tcp');
    const after = await turn.remember.boundingBox();
    expect(after?.y).toBe(before?.y);
    await turn.remember.uncheck();
  });

  test('remembers the URL list only when asked', async ({ turnPage: turn }) => {
    await turn.urls.fill('turn:turn.example.com:3478?transport=udp\nnot a url');
    await turn.page.reload();
    await expect(turn.urls).toHaveValue('');

    await turn.urls.fill('turn:turn.example.com:3478?transport=udp\nturns:turn.example.com:443?transport=tcp');
    await turn.remember.check();
    await turn.page.reload();
    await expect(turn.remember).toBeChecked();
    await expect(turn.urls).toHaveValue('turn:turn.example.com:3478?transport=udp\nturns:turn.example.com:443?transport=tcp');

    await turn.remember.uncheck();
    expect(await storageDump(turn.page)).not.toContain('wsc:turn-urls');
    await turn.page.reload();
    await expect(turn.urls).toHaveValue('');
  });

  test('a run can be cancelled', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.runWith([server.urls.udp], { username: 'anyone', password: 'anything' });
    await expect(turn.status).toHaveText('Test running…');
    await turn.cancelButton.click();
    await expect(turn.status).toHaveText('Test cancelled');
    await expect(turn.verdict('allocation')).toHaveText('skipped');
    await expect(turn.runButton).toBeEnabled();
  });

  test('attach to project: the checks become evidence on the project items', async ({ turnPage: turn, coturn, projectsPage, assessmentPage }) => {
    await turn.runWith([coturn.urls.udp], { secret: coturn.secret });
    await turn.waitForCompletion();
    await expect(turn.page.getByRole('link', { name: 'Create a project (opens in a new tab)' })).toBeVisible();

    await projectsPage.goto();
    const projectUrl = await projectsPage.createProject('Acme video');
    await turn.goto();
    await turn.runWith([coturn.urls.udp], { secret: coturn.secret });
    await turn.waitForCompletion();
    await expect(turn.project).toHaveValue(new URL(projectUrl).pathname.split('/').pop() ?? '');
    await turn.attachButton.click();
    await expect(turn.attachStatus).toContainText(/Evidence attached to \d+ checklist items in “Acme video”/);

    await turn.attachStatus.getByRole('link', { name: 'Open Acme video' }).click();
    const item = assessmentPage.item('Enforce TURN authentication and confirm unauthenticated allocations are refused');
    await expect(item).toContainText(/Evidence: TURN test, pass, \d{1,2} \w{3} \d{4}/);
    await expect(item).toContainText('TURN tester: requires authentication — 1 pass');
    await expect(item).not.toContainText(coturn.secret);
  });
});

test.describe('TURN tester headline per server', () => {
  test.beforeEach(async ({ turnPage }) => {
    await turnPage.goto();
  });

  test('shared secret against a secure server: Secure, with a grade per transport', async ({ turnPage: turn, coturn }) => {
    await turn.runWith([coturn.urls.udp, coturn.urls.tcp], { secret: coturn.secret, userId: 'e2e-headline' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${coturn.instance.port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Secure');
    await expect(line.getByRole('list', { name: /Transport grades/ })).toContainText('UDP: good');
    await expect(line.getByRole('list', { name: /Transport grades/ })).toContainText('TCP: good');
    await expect(line).toContainText(`not 443`);
  });

  test('username and password (valid, minted): Secure; results survive a reload with their time, until cleared', async ({ turnPage: turn, coturn }) => {
    const credential = coturn.mint(3600, 'e2e-headline-static');
    await turn.runWith([coturn.urls.udp], { username: credential.username, password: credential.credential });
    await turn.waitForCompletion();
    const server = `127.0.0.1:${coturn.instance.port}`;
    await expect(turn.headline(server).locator('.tt-headline-kind')).toHaveText('Secure');

    await turn.page.goto('/');
    await turn.goto();
    await expect(turn.headline(server).locator('.tt-headline-kind')).toHaveText('Secure');
    await expect(turn.page.getByText('Results kept from your last test, taken')).toBeVisible();
    await turn.page.reload();
    await expect(turn.verdict('allocation', coturn.urls.udp)).toHaveText('pass');
    const stored = await turn.page.evaluate(() => sessionStorage.getItem('wsc:turn-results') ?? '');
    expect(stored).toContain(coturn.urls.udp);
    expect(stored).not.toContain(credential.credential);
    expect(stored).not.toContain(credential.username);

    await turn.clearButton.click();
    await expect(turn.results).toHaveCount(0);
    await turn.page.reload();
    await expect(turn.results).toHaveCount(0);
  });

  test('wrong password: Inconclusive — the credentials were refused', async ({ turnPage: turn, coturn }) => {
    const credential = coturn.mint(3600, 'e2e-wrong');
    await turn.runWith([coturn.urls.udp], { username: credential.username, password: 'not-the-password' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${coturn.instance.port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Inconclusive');
    await expect(line).toContainText('the credentials were refused (401 Unauthorized)');
    await expect(turn.verdict('requires-authentication')).toHaveText('pass');
  });

  test('dead port: Unreachable (from here)', async ({ turnPage: turn }) => {
    const port = await findFreePort();
    await turn.runWith([`turn:127.0.0.1:${port}?transport=udp`, `turn:127.0.0.1:${port}?transport=tcp`], { username: 'someone', password: 'something' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Unreachable (from here)');
    await expect(line).toContainText('UDP: fail');
    await expect(line).toContainText('TCP: fail');
  });

  test('relay blocked (no loopback peers): Secure, the transport graded poor because relayed data did not flow', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'rest-secret' }, allowLoopbackPeers: false });
    await turn.runWith([server.urls.udp], { secret: server.secret ?? '' });
    await turn.waitForCompletion();
    await expect(turn.verdict('allocation')).toHaveText('pass');
    await expect(turn.verdict('relay-connectivity')).toHaveText('fail');
    // Retried relay↔host (a hardened server may refuse only its own relay addresses): refused too on loopback.
    await expect(turn.row('relay-connectivity')).toContainText('(relay↔host) failed too');
    const line = turn.headline(`127.0.0.1:${server.port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Secure');
    await expect(line).toContainText('UDP: poor (relayed data did not flow)');
  });

  test('anonymous (no-auth) server the browser cannot judge: Inconclusive, with the command that settles it', async ({ turnPage: turn, startCoturn }) => {
    const server = await startCoturn({ auth: { kind: 'no-auth' } });
    await turn.runWith([server.urls.tcp], { username: 'anyone', password: 'anything' });
    await turn.waitForCompletion();
    const line = turn.headline(`127.0.0.1:${server.port}`);
    await expect(line.locator('.tt-headline-kind')).toHaveText('Inconclusive');
    await expect(line).toContainText('anonymous relay');
    // The command itself is tested (and run) in e2e/turn-headline.spec.ts.
    await expect(line.locator('.tt-settle-command')).toContainText(`npm run probe -- '${server.urls.tcp}'`);
  });

  test('the results reflow: no horizontal scrolling at 1366 px, cards at 390 px (screenshots)', async ({ turnPage: turn, coturn }) => {
    await turn.page.setViewportSize({ width: 1366, height: 900 });
    await turn.runWith([coturn.urls.udp, coturn.urls.tcp], { secret: coturn.secret, userId: 'e2e-reflow' });
    await turn.waitForCompletion();
    const overflow = () => turn.page.evaluate(() => {
      const wrap = document.querySelector('.tt-table-wrap');
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, table: wrap ? wrap.scrollWidth - wrap.clientWidth : -1 };
    });
    expect(await overflow()).toEqual({ page: 0, table: 0 });
    await turn.page.locator('.tt-results-panel').screenshot({ path: 'test-results/turn-results-1366.png' });
    await turn.page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow()).toEqual({ page: 0, table: 0 });
    expect(await turn.results.locator('tbody tr').first().evaluate((e) => getComputedStyle(e).display)).toBe('block');
    await turn.page.locator('.tt-results-panel').screenshot({ path: 'test-results/turn-results-390.png' });
  });
});
