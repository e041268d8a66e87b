import type { Download, Locator, Page } from '@playwright/test';

/** A project's contractor onboarding page (owner side) and the contractor's /onboard page. */
export class OnboardingPage {
  readonly heading: Locator;
  readonly addServerButton: Locator;
  readonly findings: Locator;
  readonly diagram: Locator;
  readonly teamName: Locator;
  readonly ownRules: Locator;
  readonly exportPackButton: Locator;
  readonly importAck: Locator;
  readonly acknowledgements: Locator;
  readonly attachFindingsButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Contractor onboarding' });
    this.addServerButton = page.getByRole('button', { name: 'Add server' });
    this.findings = page.getByRole('list', { name: 'Inventory findings' });
    this.diagram = page.getByRole('img', { name: 'Architecture diagram' });
    this.teamName = page.getByLabel('Team name');
    this.ownRules = page.getByLabel('Your own rules (one per line)');
    this.exportPackButton = page.getByRole('button', { name: 'Export onboarding pack' });
    this.importAck = page.getByLabel('Import acknowledgement');
    this.acknowledgements = page.getByRole('list', { name: 'Acknowledgements' });
    this.attachFindingsButton = page.getByRole('button', { name: 'Attach findings as evidence' });
  }

  /** Adds a server row and fills it; `controlledBy` is an option label ("Clients (browsers and apps)", another server's name). */
  async addServer(s: { name: string; role: string; product?: string; exposure: string; controlledBy?: string }) {
    await this.addServerButton.click();
    const n = await this.page.getByRole('textbox', { name: /^Name of server \d+$/ }).count();
    await this.page.getByRole('textbox', { name: `Name of server ${n}` }).fill(s.name);
    await this.page.getByRole('combobox', { name: `Role of ${s.name}` }).selectOption({ label: s.role });
    if (s.product) await this.page.getByRole('combobox', { name: `Product of ${s.name}` }).selectOption({ label: s.product });
    await this.page.getByRole('combobox', { name: `Reachable from the Internet: ${s.name}` }).selectOption({ label: s.exposure });
    if (s.controlledBy) await this.page.getByRole('combobox', { name: `Controlled by: ${s.name}` }).selectOption({ label: s.controlledBy });
  }

  async exportPack(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportPackButton.click()]);
    return download;
  }

  ack(name: string): Locator {
    return this.acknowledgements.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
  }
}

/** The contractor's side. */
export class ContractorPage {
  readonly importPack: Locator;
  readonly progress: Locator;
  readonly understand: Locator;
  readonly nextRule: Locator;
  readonly exportAckButton: Locator;

  constructor(readonly page: Page) {
    this.importPack = page.getByLabel('Import onboarding pack');
    this.progress = page.getByRole('status').filter({ hasText: /understood$/ });
    this.understand = page.getByRole('checkbox', { name: 'I understand' });
    this.nextRule = page.getByRole('button', { name: 'Next rule' });
    this.exportAckButton = page.getByRole('button', { name: 'Export acknowledgement' });
  }

  /** Confirms every rule, one by one; asks `question` on the first. Returns the number of rules. */
  async acknowledgeAll(question: string): Promise<number> {
    const total = Number(/of (\d+) understood/.exec((await this.progress.textContent()) ?? '')?.[1]);
    for (let i = 0; i < total; i++) {
      await this.page.getByRole('heading', { level: 3, name: new RegExp(`^Rule ${i + 1} of ${total}:`) }).waitFor();
      if (i === 0) await this.page.getByLabel('Question about this rule (optional)').fill(question);
      await this.understand.check();
      if (i < total - 1) await this.nextRule.click();
    }
    return total;
  }

  async exportAck(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportAckButton.click()]);
    return download;
  }
}
