import type { Locator, Page } from '@playwright/test';

export class ChecklistPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly asvsLevel: Locator;
  readonly resultCount: Locator;
  readonly items: Locator;
  readonly downloadCsv: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByLabel('Search checklist');
    this.asvsLevel = page.getByLabel('OWASP ASVS level');
    this.resultCount = page.getByRole('status').filter({ hasText: /items/ });
    this.items = page.locator('main').getByRole('article');
    this.downloadCsv = page.getByRole('button', { name: 'Download checklist (CSV)' });
  }

  async goto(query = '') {
    await this.page.goto(`/checklist${query}`);
    await this.heading.waitFor();
  }

  severity(name: 'Critical' | 'High' | 'Medium' | 'Low') {
    return this.page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name });
  }

  itemLink(title: string) {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  visibleTitles() {
    return this.page.locator('main .item-title').allInnerTexts();
  }
}
