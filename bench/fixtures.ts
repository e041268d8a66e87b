/**
 * The bench's `test`: every page waits, after goto and reload, for the app to take over its prerendered
 * HTML, as the e2e fixtures do (e2e/harness/app-ready.ts). A bench that typed into the TURN form or
 * picked a project file before hydrateRoot lost the input and timed out waiting for a result.
 */
import { test as base } from '@playwright/test';
import { waitForAppOnNavigation } from '../e2e/harness/app-ready.ts';

export const test = base.extend({
  context: async ({ context }, use) => {
    for (const page of context.pages()) waitForAppOnNavigation(page);
    context.on('page', waitForAppOnNavigation);
    await use(context);
  },
});

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';
