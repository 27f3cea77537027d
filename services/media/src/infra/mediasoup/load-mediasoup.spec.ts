import type * as Mediasoup from 'mediasoup';
import { loadMediasoup } from './load-mediasoup';

// Each test gets a fresh copy of mediasoup, as a new process would, and the environment it found.
describe('loadMediasoup', () => {
  const saved = process.env.MEDIASOUP_WORKER_BIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.MEDIASOUP_WORKER_BIN;
    else process.env.MEDIASOUP_WORKER_BIN = saved;
  });

  function fresh<T>(run: (load: typeof loadMediasoup) => T): T {
    let result!: T;
    jest.isolateModules(() => {
      result = run((require('./load-mediasoup') as { loadMediasoup: typeof loadMediasoup }).loadMediasoup);
    });
    return result;
  }

  it('makes mediasoup spawn the configured binary', () => {
    // /bin/sh is executable on any host; nothing is spawned here.
    const mediasoup: typeof Mediasoup = fresh((load) => load('/bin/sh'));
    expect(mediasoup.workerBin).toBe('/bin/sh');
  });

  it('names the missing binary and the fix', () => {
    expect(() => fresh((load) => load('/nonexistent/mediasoup-worker'))).toThrow(
      'no executable mediasoup-worker at /nonexistent/mediasoup-worker: check MEDIASOUP_WORKER_BIN',
    );
  });

  it('refuses a path mediasoup can no longer take', () => {
    fresh((load) => {
      load('/bin/sh');
      expect(() => load('/bin/ls')).toThrow('mediasoup was loaded before MEDIASOUP_WORKER_BIN was applied');
    });
  });

  it('keeps mediasoup default location when no path is configured', () => {
    delete process.env.MEDIASOUP_WORKER_BIN;
    const mediasoup: typeof Mediasoup = fresh((load) => load());
    expect(mediasoup.workerBin).toMatch(/worker\/out\/Release\/mediasoup-worker$/);
  });
});
