import type { Download, Locator, Page } from '@playwright/test';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The projects list on the home page. */
export class ProjectsPage {
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly projectName: Locator;
  readonly createButton: Locator;
  readonly importInput: Locator;
  readonly exportAllButton: Locator;
  readonly list: Locator;
  readonly emptyState: Locator;
  readonly persistence: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Projects' });
    const toolbar = page.getByRole('group', { name: 'Project actions' });
    this.newProjectButton = toolbar.getByRole('button', { name: 'New project' });
    this.projectName = page.getByLabel('Project name');
    this.createButton = page.getByRole('button', { name: 'Create project' });
    this.importInput = page.getByLabel('Import project');
    this.exportAllButton = toolbar.getByRole('button', { name: 'Export all projects' });
    this.list = page.getByRole('table');
    this.emptyState = page.getByRole('heading', { name: 'Assess your WebRTC product' });
    this.persistence = page.getByText(/^Storage: (persistent|may be cleared by the browser)/);
    this.undoButton = page.getByRole('status').getByRole('button', { name: 'Undo' });
  }

  async goto() {
    await this.page.goto('/');
    await this.heading.waitFor();
  }

  /** Creates a project, answering the given profile questions (question → option label); returns its URL. */
  async createProject(name: string, profile: Record<string, string> = {}) {
    await this.newProjectButton.click();
    await this.projectName.fill(name);
    for (const [question, option] of Object.entries(profile)) {
      await this.page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
    }
    await this.createButton.click();
    await this.page.waitForURL(/\/projects\/[^/?]+/);
    return this.page.url();
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async importFile(file: FilePayload) {
    await this.importInput.setInputFiles(file);
  }

  async exportAll(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportAllButton.click();
    return download;
  }
}
