import { test as base, expect } from '@playwright/test';
import { startCoturn, type CoturnInstance, type CoturnOptions } from './harness/coturn.ts';

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
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
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
