import { DomainError } from '@passerelle/contracts';
import { EventEmitter } from 'node:events';
import type { MediaConfig } from '../../config';
import type { MediasoupRuntime } from '../../infra/mediasoup/mediasoup-runtime';
import { DeviceTestUseCase } from './device-test.usecase';

function fakeRouter() {
  const observer = new EventEmitter();
  const router = {
    closed: false,
    observer,
    rtpCapabilities: { codecs: [] },
    close() {
      if (router.closed) return;
      router.closed = true;
      observer.emit('close');
    },
  };
  return router;
}

function useCase(maxRooms: number) {
  const routers: ReturnType<typeof fakeRouter>[] = [];
  const runtime = {
    pool: {
      nextWorker: () => ({
        createRouter: async () => {
          const router = fakeRouter();
          routers.push(router);
          return router;
        },
      }),
    },
  } as unknown as MediasoupRuntime;
  const config = { DEVICE_TEST_TTL_SECONDS: 60, DEVICE_TEST_MAX_ROOMS: maxRooms } as MediaConfig;
  return { deviceTest: new DeviceTestUseCase(runtime, config), routers };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: DomainError) => error.code);

describe('DeviceTestUseCase', () => {
  afterEach(() => jest.useRealTimers());

  it('closes an echo room when its time is up, after which its key opens nothing', async () => {
    jest.useFakeTimers();
    const { deviceTest, routers } = useCase(5);
    const opened = await deviceTest.open({});
    expect(Date.parse(opened.expiresAt) - Date.now()).toBe(60_000);
    jest.advanceTimersByTime(59_999);
    expect(routers[0].closed).toBe(false);
    jest.advanceTimersByTime(1);
    expect(routers[0].closed).toBe(true);
    expect(await codeOf(deviceTest.signal({ testId: opened.testId, key: opened.key, signal: { op: 'close' } }))).toBe('NOT_FOUND');
  });

  it('refuses more rooms than the cap, and makes room again when one closes', async () => {
    const { deviceTest } = useCase(1);
    const first = await deviceTest.open({});
    expect(await codeOf(deviceTest.open({}))).toBe('SERVICE_UNAVAILABLE');
    await deviceTest.signal({ testId: first.testId, key: first.key, signal: { op: 'close' } });
    await expect(deviceTest.open({})).resolves.toMatchObject({ testId: expect.any(String) });
    deviceTest.onApplicationShutdown();
  });

  it('answers a wrong key like an unknown test', async () => {
    const { deviceTest } = useCase(2);
    const opened = await deviceTest.open({});
    const wrongKey = 'x'.repeat(opened.key.length);
    expect(await codeOf(deviceTest.signal({ testId: opened.testId, key: wrongKey, signal: { op: 'close' } }))).toBe('NOT_FOUND');
    expect(await codeOf(deviceTest.signal({ testId: opened.testId, key: 'short-key-of-another-length-000000', signal: { op: 'close' } }))).toBe('NOT_FOUND');
    deviceTest.onApplicationShutdown();
  });
});
