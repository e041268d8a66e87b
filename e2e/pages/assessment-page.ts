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
  /** "Start assessment", then "Continue: <next unanswered item>". */
  readonly startAction: Locator;
  readonly sectionHeading: Locator;
  readonly sectionProgress: Locator;

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
    this.startAction = page.getByRole('button', { name: /^(Start assessment|Continue: )/ });
    this.sectionHeading = page.getByRole('heading', { level: 3, name: /^(Section \d+ of \d+|All sections)/ });
    this.sectionProgress = this.overview.getByRole('table');
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

  /** What has focus, as the walkthrough sees it: an item card (its id), the next-section button, or something else. */
  async focused(): Promise<{ kind: 'item'; id: string } | { kind: 'next-section' | 'section-end' | 'other'; text: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const card = el?.closest<HTMLElement>('article[data-item-id]');
      if (card && el === card) return { kind: 'item' as const, id: card.dataset.itemId ?? '' };
      const text = (el?.textContent ?? '').trim();
      if (el instanceof HTMLButtonElement && /^Next section/.test(text)) return { kind: 'next-section' as const, text };
      if (el?.matches('nav[aria-label="Sections"]')) return { kind: 'section-end' as const, text };
      return { kind: 'other' as const, text: `${el?.tagName ?? ''} ${text.slice(0, 80)}` };
    });
  }
}
