import type { Download, Locator, Page } from '@playwright/test';

export type AnswerLabel = 'Yes' | 'Partial' | 'No' | 'N/A';

/** One project's page: overview, profile and the walkthrough. */
export class AssessmentPage {
  readonly heading: Locator;
  readonly exportProjectButton: Locator;
  readonly exportFindingsButton: Locator;
  readonly sectionSelect: Locator;
  readonly nextSection: Locator;
  readonly previousSection: Locator;
  readonly overview: Locator;
  readonly retired: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    const toolbar = page.getByRole('group', { name: 'Project actions' });
    this.exportProjectButton = toolbar.getByRole('button', { name: 'Export project' });
    this.exportFindingsButton = toolbar.getByRole('button', { name: 'Export findings (CSV)' });
    this.sectionSelect = page.getByLabel('Section', { exact: true });
    this.nextSection = page.getByRole('button', { name: 'Next section' });
    this.previousSection = page.getByRole('button', { name: 'Previous section' });
    this.overview = page.getByRole('region', { name: 'Overview' });
    this.retired = page.getByRole('region', { name: 'Retired items' });
  }

  async goto(url: string) {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  item(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  answers(title: string): Locator {
    return this.page.getByRole('radiogroup', { name: title, exact: true });
  }

  radio(title: string, label: AnswerLabel): Locator {
    return this.answers(title).getByRole('radio', { name: label, exact: true });
  }

  async answer(title: string, label: AnswerLabel) {
    await this.radio(title, label).check();
  }

  note(title: string): Locator {
    return this.item(title).getByLabel('Note');
  }

  naReason(title: string): Locator {
    return this.item(title).getByLabel('Reason for N/A');
  }

  /** Shows one section (by id) or 'all'. */
  async showSection(sectionId: string) {
    await this.sectionSelect.selectOption(sectionId);
  }

  async exportProject(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportProjectButton.click();
    return download;
  }

  async exportFindings(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportFindingsButton.click();
    return download;
  }
}
