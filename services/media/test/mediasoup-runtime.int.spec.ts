// MediasoupRuntime with real workers: the `mediasoup` readiness check the service registers, through a
// worker's death and its replacement.
import { Logger } from '@nestjs/common';
import { ReadinessService } from '@passerelle/nest-kit';
import { once } from 'node:events';
import { MediaConfig, configSchema } from '../src/config';
import { MediasoupRuntime } from '../src/infra/mediasoup/mediasoup-runtime';
import { ProbeWorkerUseCase } from '../src/usecases/probe-worker/probe-worker.usecase';

const config: MediaConfig = configSchema.parse({
  LOG_LEVEL: 'silent',
  MEDIASOUP_NUM_WORKERS: '2',
  MEDIASOUP_RTC_MIN_PORT: '40000',
  MEDIASOUP_RTC_MAX_PORT: '40100',
});

describe('MediasoupRuntime (real workers)', () => {
  let readiness: ReadinessService;
  let runtime: MediasoupRuntime;
  let logged: { error: jest.SpyInstance; log: jest.SpyInstance };

  beforeEach(async () => {
    logged = {
      error: jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined),
      log: jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined),
    };
    readiness = new ReadinessService('media');
    runtime = new MediasoupRuntime(config, readiness);
    await runtime.onModuleInit();
  });

  afterEach(() => {
    runtime.onApplicationShutdown();
    jest.restoreAllMocks();
  });

  it('registers a mediasoup check that is up once every worker runs', async () => {
    expect(readiness.names()).toContain('mediasoup');
    expect((await readiness.evaluate()).checks.mediasoup).toEqual({ status: 'up' });
  });

  it('reports the check down while a dead worker is being replaced, then up again', async () => {
    const [victim] = runtime.pool.workers();
    const died = once(runtime.pool, 'workerDied');
    const replaced = once(runtime.pool, 'workerReplaced');

    process.kill(victim!.pid, 'SIGKILL');
    await died;

    // The replacement needs the new process to answer: nothing of it has run yet.
    const during = await readiness.evaluate();
    expect(during.ready).toBe(false);
    expect(during.checks.mediasoup).toEqual({ status: 'down', detail: '1 of 2 workers alive' });

    const [{ pid }] = await replaced;
    expect((await readiness.evaluate()).checks.mediasoup).toEqual({ status: 'up' });
    expect(logged.error).toHaveBeenCalledWith(
      expect.objectContaining({ pid: victim!.pid, alive: 1, workers: 2 }),
      expect.stringContaining('mediasoup worker died'),
    );
    expect(logged.log).toHaveBeenCalledWith({ slot: expect.any(Number), deadPid: victim!.pid, pid }, 'mediasoup worker replaced');
  });

  it('probes a worker without leaving a router behind', async () => {
    const probe = new ProbeWorkerUseCase(runtime);
    const routers = () => runtime.pool.workers().map((w) => w.dump());
    const before = await Promise.all(routers());

    const result = await probe.execute();

    expect(result).toMatchObject({ workers: 2, alive: 2 });
    expect(result.codecs.map((c) => c.mimeType)).toEqual(['audio/opus', 'video/VP8', 'video/H264']);
    expect(await Promise.all(routers())).toEqual(before);
  });

  it('answers SERVICE_UNAVAILABLE when no worker is alive', async () => {
    runtime.onApplicationShutdown();

    await expect(new ProbeWorkerUseCase(runtime).execute()).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect((await readiness.evaluate()).checks.mediasoup).toMatchObject({ status: 'down' });
  });
});
