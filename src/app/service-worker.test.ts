import { describe, expect, it, vi } from 'vitest';
import { createUpdateWatcher } from './service-worker';

class FakeTarget {
  private handlers = new Map<string, (() => void)[]>();
  addEventListener(type: string, handler: () => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  emit(type: string) {
    for (const h of this.handlers.get(type) ?? []) h();
  }
}

class FakeWorker extends FakeTarget {
  state = 'installing';
  postMessage = vi.fn();
}

class FakeRegistration extends FakeTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
}

function setup(controlled: boolean, reg = new FakeRegistration()) {
  const container = new FakeTarget() as FakeTarget & { controller: object | null; register: (url: string) => Promise<FakeRegistration> };
  container.controller = controlled ? {} : null;
  container.register = vi.fn(() => Promise.resolve(reg));
  const reload = vi.fn();
  const watcher = createUpdateWatcher(container as unknown as ServiceWorkerContainer, reload, 1e9);
  return { container, reg, reload, watcher };
}

async function install(reg: FakeRegistration): Promise<FakeWorker> {
  const worker = new FakeWorker();
  reg.installing = worker;
  reg.emit('updatefound');
  worker.state = 'installed';
  worker.emit('statechange');
  return worker;
}

describe('service worker updates', () => {
  it('offers no update on the first install (no worker controls the page yet)', async () => {
    const { reg, watcher } = setup(false);
    await watcher.start('/sw.js');
    await install(reg);
    expect(watcher.updateAvailable()).toBe(false);
  });

  it('offers the update when a new version installs under a controlling worker, and notifies', async () => {
    const { reg, watcher } = setup(true);
    const listener = vi.fn();
    watcher.subscribe(listener);
    await watcher.start('/sw.js');
    expect(watcher.updateAvailable()).toBe(false);
    await install(reg);
    expect(watcher.updateAvailable()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting from an earlier visit', async () => {
    const reg = new FakeRegistration();
    reg.waiting = new FakeWorker();
    const { watcher } = setup(true, reg);
    await watcher.start('/sw.js');
    expect(watcher.updateAvailable()).toBe(true);
  });

  it('activates the waiting worker on accept and reloads only once it takes control', async () => {
    const { container, reg, reload, watcher } = setup(true);
    await watcher.start('/sw.js');
    container.emit('controllerchange'); // someone else's activation: no reload before the user accepts
    expect(reload).not.toHaveBeenCalled();
    const worker = await install(reg);
    watcher.apply();
    expect(worker.postMessage).toHaveBeenCalledWith('SKIP_WAITING');
    expect(reload).not.toHaveBeenCalled();
    container.emit('controllerchange');
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
