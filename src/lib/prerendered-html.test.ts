import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module per test: what it captured is module state.
async function load() {
  vi.resetModules();
  return (await import('./prerendered-html')).prerenderedHtml;
}

afterEach(() => vi.unstubAllGlobals());

describe('prerenderedHtml', () => {
  it('is null without a document (the build-time render)', async () => {
    const prerenderedHtml = await load();
    expect(prerenderedHtml('list')).toBeNull();
  });

  it('reads the element once and keeps what it arrived with after React renders over it', async () => {
    const element = { innerHTML: '<ol><li>item</li></ol>' };
    const getElementById = vi.fn((id: string) => (id === 'list' ? element : null));
    vi.stubGlobal('document', { getElementById });
    const prerenderedHtml = await load();
    expect(prerenderedHtml('list')).toBe('<ol><li>item</li></ol>');
    element.innerHTML = '<p>rendered by React</p>';
    expect(prerenderedHtml('list')).toBe('<ol><li>item</li></ol>');
    expect(getElementById).toHaveBeenCalledTimes(1);
  });

  it('is null for a page that was not prerendered with the part, and looks again next time', async () => {
    let element: { innerHTML: string } | null = null;
    vi.stubGlobal('document', { getElementById: () => element });
    const prerenderedHtml = await load();
    expect(prerenderedHtml('list')).toBeNull();
    element = { innerHTML: 'later' };
    expect(prerenderedHtml('list')).toBe('later');
  });
});
