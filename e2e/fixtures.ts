import { test as base, expect } from '@playwright/test';
import { startCoturn, type CoturnInstance, type CoturnOptions } from './harness/coturn.ts';
import { startDeployableApp, type DeployableApp } from './harness/deployable-app.ts';
import { waitForAppOnNavigation } from './harness/app-ready.ts';
import { AssessmentPage } from './pages/assessment-page.ts';
import { ProjectsPage } from './pages/projects-page.ts';
import { TurnPage } from './pages/turn-page.ts';

export interface CoturnFixture {
  urls: CoturnInstance['urls'];
  secret: string;
  realm: string;
  mint: CoturnInstance['mint'];
  instance: CoturnInstance;
}

interface WorkerFixtures {
  /** One real coturn (use-auth-secret, loopback peers allowed) per worker. */
  coturn: CoturnFixture;
}

interface TestFixtures {
  /** Start further coturn instances with other configurations; stopped after the test. */
  startCoturn: (options: CoturnOptions) => Promise<CoturnInstance>;
  /** The home page's projects list (page object). */
  projectsPage: ProjectsPage;
  /** A project's assessment page (page object). */
  assessmentPage: AssessmentPage;
  /** The TURN tester (page object). */
  turnPage: TurnPage;
  /** A copy of the build on its own server that the test can deploy new versions to; stopped after the test. */
  deployableApp: DeployableApp;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Every page of the test waits for the app to take over its prerendered HTML (harness/app-ready.ts).
  context: async ({ context }, use) => {
    for (const page of context.pages()) waitForAppOnNavigation(page);
    context.on('page', waitForAppOnNavigation);
    await use(context);
  },
  projectsPage: async ({ page }, use) => {
    await use(new ProjectsPage(page));
  },
  assessmentPage: async ({ page }, use) => {
    await use(new AssessmentPage(page));
  },
  turnPage: async ({ page }, use) => {
    await use(new TurnPage(page));
  },
  coturn: [
    async ({}, use, workerInfo) => {
      const instance = await startCoturn({
        name: `worker-${workerInfo.workerIndex}`,
        auth: { kind: 'rest-secret' },
        allowLoopbackPeers: true,
      });
      try {
        await use({
          urls: instance.urls,
          secret: instance.secret ?? '',
          realm: instance.realm,
          mint: instance.mint,
          instance,
        });
      } finally {
        await instance.stop();
      }
    },
    { scope: 'worker' },
  ],
  deployableApp: async ({}, use) => {
    const app = await startDeployableApp();
    try {
      await use(app);
    } finally {
      await app.stop();
    }
  },
  startCoturn: async ({}, use, testInfo) => {
    const started: CoturnInstance[] = [];
    try {
      await use(async (options) => {
        const inst = await startCoturn({ name: testInfo.title.replace(/\W+/g, '-').slice(0, 40), ...options });
        started.push(inst);
        return inst;
      });
    } finally {
      await Promise.all(started.map((s) => s.stop()));
    }
  },
});

export { expect };
