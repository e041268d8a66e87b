import type { Download, Locator, Page } from '@playwright/test';

/** The coturn configuration analyzer (/coturn). */
export class CoturnPage {
  readonly config: Locator;
  readonly file: Locator;
  readonly version: Locator;
  readonly analyzeButton: Locator;
  readonly summary: Locator;
  readonly error: Locator;
  readonly snippet: Locator;
  readonly downloadButton: Locator;
  readonly project: Locator;
  readonly attachButton: Locator;
  readonly attachStatus: Locator;

  constructor(readonly page: Page) {
    this.config = page.getByLabel('turnserver.conf', { exact: true });
    this.file = page.getByLabel('Choose a config file');
    this.version = page.getByLabel('coturn version');
    this.analyzeButton = page.getByRole('button', { name: 'Analyze' });
    this.summary = page.getByRole('status').filter({ hasText: 'findings' });
    this.error = page.getByRole('alert');
    this.snippet = page.getByLabel('Secure configuration snippet');
    this.downloadButton = page.getByRole('button', { name: 'Download findings (JSON)' });
    this.project = page.getByLabel('Project');
    this.attachButton = page.getByRole('button', { name: 'Attach to project' });
    this.attachStatus = page.getByRole('status').filter({ hasText: /attached|No checklist item/ });
  }

  async goto() {
    await this.page.goto('/coturn');
  }

  group(heading: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${heading} \\(`) });
  }

  async analyze(text: string, version?: string) {
    await this.config.fill(text);
    if (version !== undefined) await this.version.selectOption({ label: version });
    await this.analyzeButton.click();
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return download;
  }
}
