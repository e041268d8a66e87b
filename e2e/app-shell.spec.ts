import { test, expect } from './fixtures';

const ROUTES = [
  { path: '/', title: /^Projects · WebRTC Security Checklist$/ },
  { path: '/checklist', title: /^Checklist · WebRTC Security Checklist$/ },
  { path: '/turn', title: /^TURN tester · WebRTC Security Checklist$/ },
  { path: '/coturn', title: /^coturn config analyzer · WebRTC Security Checklist$/ },
  { path: '/about', title: /^About · WebRTC Security Checklist$/ },
  { path: '/checklist/turn-cred-ephemeral', title: /^Issue TURN credentials that expire within hours · WebRTC Security Checklist$/ },
  { path: '/projects/no-such-project', title: /^Project not found · WebRTC Security Checklist$/ },
  { path: '/no-such-page', title: /^Page not found · WebRTC Security Checklist$/ },
];

test.describe('app shell', () => {
  test('every route loads with its own title and makes no request outside the app origin', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(route.title);
    }
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  test('the served build sends a strict Content-Security-Policy', async ({ request }) => {
    const res = await request.get('/');
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    // No inline scripts: every <script> has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
  });

  test('header navigation and skip link work from the keyboard', async ({ page }) => {
    await page.goto('/');
    // The app renders after the load event: press Tab only once the page is there (under load the
    // first Tab could reach an empty document and the test flaked).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'TURN tester' }).click();
    await expect(page).toHaveURL(/\/turn$/);
    await expect(nav.getByRole('link', { name: 'TURN tester' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Checklist' }).click();
    await expect(page).toHaveURL(/\/checklist$/);
  });

  test('an unknown URL shows a readable 404 page', async ({ page }) => {
    await page.goto('/projcts');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/projcts')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'checklist', exact: true }).click();
    await expect(page).toHaveURL(/\/checklist$/);
  });

  test('a page whose code fails to load shows an error message instead of a white screen', async ({ page }) => {
    // Block the About page's lazy chunk to simulate an update or network failure.
    await page.goto('/');
    await page.route(/\/assets\/about-[^/]+\.js$/, (route) => route.abort());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('alert')).toContainText('Something went wrong on this page');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  });
});
