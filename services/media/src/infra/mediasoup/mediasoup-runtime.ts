import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectConfig, ReadinessService, safeErrorFields } from '@passerelle/nest-kit';
import type { types } from 'mediasoup';
import { MediaConfig } from '../../config';
import { CallRooms } from './call-rooms';
import { RoomRegistry } from './room-registry';
import { MediasoupWorkerPool } from './worker-pool';

/**
 * Owns the service's mediasoup workers and its session rooms: starts the workers at boot (a worker that
 * cannot start fails the boot), reports them as the `mediasoup` readiness check, logs deaths and
 * replacements (the pool replaces a dead worker itself; the process never exits for it), and stops them
 * last on shutdown, after NATS and HTTP have stopped taking requests.
 */
@Injectable()
export class MediasoupRuntime implements OnModuleInit, OnApplicationShutdown {
  readonly pool = new MediasoupWorkerPool();
  readonly rooms = new RoomRegistry(this.pool);
  readonly calls = new CallRooms(this.rooms);
  private readonly logger = new Logger('Mediasoup');

  constructor(
    @InjectConfig() private readonly config: MediaConfig,
    readiness: ReadinessService,
  ) {
    // Registered before anything starts: Nest subscribes the NATS handlers (health included) before it runs
    // onModuleInit, and the service must not look ready while its workers are still starting.
    readiness.register('mediasoup', async () => {
      const workers = this.pool.size();
      if (workers === 0) throw new Error('no workers running');
      if (!this.pool.isReady()) throw new Error(`${this.pool.workers().length} of ${workers} workers alive`);
    });
  }

  async onModuleInit(): Promise<void> {
    this.pool.on('workerDied', ({ slot, pid, error }) =>
      this.logger.error(
        { slot, pid, err: safeErrorFields(error), alive: this.pool.workers().length, workers: this.pool.size() },
        'mediasoup worker died; its rooms are closed, a replacement is starting',
      ),
    );
    this.pool.on('workerReplaced', ({ slot, deadPid, pid }) =>
      this.logger.log({ slot, deadPid, pid }, 'mediasoup worker replaced'),
    );
    this.pool.on('replacementFailed', ({ slot, error, retryInMs }) =>
      this.logger.error({ slot, err: safeErrorFields(error), retryInMs }, 'mediasoup worker replacement failed'),
    );
    this.rooms.on('roomClosed', ({ sessionId, routerId, reason }) => {
      if (reason === 'worker-died') this.logger.warn({ sessionId, routerId }, 'session room lost with its worker');
    });

    await this.pool.start({
      numWorkers: this.config.MEDIASOUP_NUM_WORKERS,
      rtcMinPort: this.config.MEDIASOUP_RTC_MIN_PORT,
      rtcMaxPort: this.config.MEDIASOUP_RTC_MAX_PORT,
      logLevel: workerLogLevel(this.config.LOG_LEVEL),
      workerBin: this.config.MEDIASOUP_WORKER_BIN,
    });
    const pids = this.pool.workers().map((w) => w.pid);
    this.logger.log({ pids }, `${pids.length} mediasoup workers started`);
  }

  onApplicationShutdown(): void {
    this.pool.close();
  }
}

/** The workers log through mediasoup's `debug` namespaces (DEBUG=mediasoup*); their level follows LOG_LEVEL. */
function workerLogLevel(level: string): types.WorkerLogLevel {
  if (level === 'silent') return 'none';
  if (level === 'fatal' || level === 'error') return 'error';
  if (level === 'trace') return 'debug';
  return 'warn';
}
