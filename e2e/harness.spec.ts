import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Gathers candidates in the served app page through the given TURN server. */
async function gatherRelay(
  page: Page,
  server: { urls: string; username: string; credential: string },
) {
  return page.evaluate(async (srv) => {
    const pc = new RTCPeerConnection({ iceServers: [srv], iceTransportPolicy: 'relay' });
    const t0 = performance.now();
    const result = await new Promise<{ kind: string; detail: string; ms: number }>((resolve) => {
      const timer = setTimeout(() => resolve({ kind: 'timeout', detail: '', ms: performance.now() - t0 }), 8000);
      pc.addEventListener('icecandidate', (e) => {
        if (e.candidate?.type === 'relay') {
          clearTimeout(timer);
          resolve({ kind: 'relay', detail: e.candidate.candidate, ms: performance.now() - t0 });
        }
      });
      pc.addEventListener('icecandidateerror', (e) => {
        clearTimeout(timer);
        resolve({ kind: 'error', detail: String(e.errorCode), ms: performance.now() - t0 });
      });
      pc.createDataChannel('probe');
      void pc.createOffer().then((o) => pc.setLocalDescription(o));
    });
    pc.close();
    return result;
  }, server);
}

test.describe('test harness', () => {
  test('the served app gathers a relay candidate through the harness coturn', async ({ page, coturn }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const url of [coturn.urls.udp, coturn.urls.tcp]) {
      const cred = coturn.mint(600);
      const result = await gatherRelay(page, { urls: url, ...cred });
      expect(result.kind, `${url}: ${result.detail}`).toBe('relay');
      expect(result.detail).toContain(' typ relay ');
    }
  });

  test('the harness coturn refuses a wrong credential with 401', async ({ page, coturn }) => {
    await page.goto('/');
    const { username } = coturn.mint(600);
    const result = await gatherRelay(page, { urls: coturn.urls.udp, username, credential: 'not-the-password' });
    expect(result).toMatchObject({ kind: 'error', detail: '401' });
  });
});
