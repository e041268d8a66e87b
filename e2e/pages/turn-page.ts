import type { Download, Locator, Page } from '@playwright/test';

export type CredentialMode = 'Username and password' | 'Shared secret (TURN REST API)' | 'Credential endpoint';

/** The TURN tester (/turn). Labels are exact: "Password" would otherwise also match "Username and password". */
export class TurnPage {
  readonly heading: Locator;
  readonly urls: Locator;
  readonly urlErrors: Locator;
  readonly errorSummary: Locator;
  readonly remember: Locator;
  readonly credentials: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly secret: Locator;
  readonly userId: Locator;
  readonly lifetime: Locator;
  readonly endpointUrl: Locator;
  readonly timeout: Locator;
  readonly runButton: Locator;
  readonly cancelButton: Locator;
  readonly status: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly results: Locator;
  readonly endpointServers: Locator;
  readonly downloadButton: Locator;
  readonly project: Locator;
  readonly attachButton: Locator;
  readonly attachStatus: Locator;
  readonly headlines: Locator;
  readonly clearButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.urls = page.getByLabel('TURN server URLs');
    this.urlErrors = page.locator('#tt-urls-errors');
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'before running the test' });
    this.remember = page.getByLabel('Remember these URLs');
    this.credentials = page.getByRole('radiogroup', { name: 'Credentials' });
    this.username = page.getByLabel('Username', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.secret = page.getByLabel('Shared secret', { exact: true });
    this.userId = page.getByLabel('User ID', { exact: true });
    this.lifetime = page.getByLabel('Lifetime (seconds)');
    this.endpointUrl = page.getByLabel('Endpoint URL');
    this.timeout = page.getByLabel('No-answer timeout (seconds)');
    this.runButton = page.getByRole('button', { name: 'Run test' });
    this.cancelButton = page.getByRole('button', { name: 'Cancel' });
    this.status = page.getByRole('status', { name: 'Test status' });
    this.progress = page.getByRole('progressbar', { name: 'Progress' });
    this.summary = page.locator('.tt-summary');
    this.results = page.getByRole('table', { name: 'Results' });
    this.endpointServers = page.getByRole('table', { name: 'Endpoint ICE servers' });
    this.downloadButton = page.getByRole('button', { name: 'Download results (JSON)' });
    this.project = page.getByLabel('Project', { exact: true });
    this.attachButton = page.getByRole('button', { name: 'Attach to project' });
    this.attachStatus = page.locator('.tt-attach-status');
    this.headlines = page.getByRole('list', { name: 'Verdict per server' });
    this.clearButton = page.getByRole('button', { name: 'Clear results' });
  }

  async goto() {
    await this.page.goto('/turn');
    await this.runButton.waitFor();
  }

  async chooseCredentials(mode: CredentialMode) {
    await this.credentials.getByRole('radio', { name: mode, exact: true }).check();
  }

  /** Fills the form (URLs one per line) and clicks "Run test". */
  async runWith(urls: readonly string[], credentials: { username: string; password: string } | { secret: string; userId?: string; lifetime?: number }) {
    await this.urls.fill(urls.join('\n'));
    if ('secret' in credentials) {
      await this.chooseCredentials('Shared secret (TURN REST API)');
      await this.secret.fill(credentials.secret);
      if (credentials.userId !== undefined) await this.userId.fill(credentials.userId);
      if (credentials.lifetime !== undefined) await this.lifetime.fill(String(credentials.lifetime));
    } else {
      await this.chooseCredentials('Username and password');
      await this.username.fill(credentials.username);
      await this.password.fill(credentials.password);
    }
    await this.runButton.click();
  }

  /** Waits until the run has finished. */
  async waitForCompletion(timeout = 15_000) {
    await this.status.getByText('Test complete', { exact: true }).waitFor({ timeout });
  }

  /** The result row of a check (by check id) for a URL or server. */
  row(checkId: string, target?: string): Locator {
    const rows = this.results.locator(`tbody tr[data-check="${checkId}"]`);
    return target === undefined ? rows : rows.filter({ has: this.page.getByRole('cell', { name: target, exact: true }) });
  }

  verdict(checkId: string, target?: string): Locator {
    return this.row(checkId, target).locator('.tt-verdict-text');
  }

  /** The headline line of one server (host:port). */
  headline(server: string): Locator {
    return this.headlines.locator(`li.tt-headline[data-server="${server}"]`);
  }

  candidates(url: string): Locator {
    return this.page.locator('details.tt-disclosure').filter({ hasText: `Candidates for ${url}` });
  }

  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.downloadButton.click();
    return download;
  }
}
