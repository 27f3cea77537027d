import { EventEmitter } from 'node:events';
import * as os from 'node:os';
import type { types } from 'mediasoup';
import { loadMediasoup } from './load-mediasoup';

export interface WorkerPoolOptions {
  /** 0 means one worker per CPU: a worker is single-threaded. */
  numWorkers: number;
  rtcMinPort: number;
  rtcMaxPort: number;
  logLevel: types.WorkerLogLevel;
  /** Absolute path of the mediasoup-worker binary; unset = mediasoup's default location. */
  workerBin?: string;
}

export type WorkerPoolEvents = {
  /** A worker process exited unexpectedly; its routers are already closed by mediasoup. */
  workerDied: [{ slot: number; pid: number; error: Error }];
  /** The dead worker's slot holds a live worker again. */
  workerReplaced: [{ slot: number; deadPid: number; pid: number }];
  /** Spawning a replacement failed; another attempt follows after retryInMs. */
  replacementFailed: [{ slot: number; error: Error; retryInMs: number }];
};

export class NoMediaWorkerError extends Error {
  constructor() {
    super('no live mediasoup worker');
    this.name = 'NoMediaWorkerError';
  }
}

const RETRY_FIRST_MS = 200;
const RETRY_MAX_MS = 30_000;

/**
 * A fixed number of slots, each holding one mediasoup worker process. A dead worker is replaced in its
 * slot instead of exiting the service: the other workers keep their calls going, and the readiness probe
 * (isReady) reports the gap until the replacement is up. Workers share the whole RTC port range, so a busy
 * worker is not limited to a fraction of it; mediasoup skips ports already bound.
 */
export class MediasoupWorkerPool extends EventEmitter<WorkerPoolEvents> {
  private slots: Array<types.Worker | undefined> = [];
  private settings: types.WorkerSettings | undefined;
  private createWorker: typeof import('mediasoup').createWorker | undefined;
  private cursor = 0;
  private closed = false;
  private readonly retryTimers = new Set<NodeJS.Timeout>();

  async start(options: WorkerPoolOptions): Promise<void> {
    if (this.settings) throw new Error('worker pool already started');
    this.createWorker = loadMediasoup(options.workerBin).createWorker;
    const count = options.numWorkers > 0 ? options.numWorkers : os.availableParallelism();
    this.settings = {
      logLevel: options.logLevel,
      rtcMinPort: options.rtcMinPort,
      rtcMaxPort: options.rtcMaxPort,
    };
    this.slots = new Array(count).fill(undefined);
    try {
      await Promise.all(this.slots.map((_, slot) => this.spawn(slot)));
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Round-robin over live workers; a slot waiting for its replacement is skipped. */
  nextWorker(): types.Worker {
    for (let tried = 0; tried < this.slots.length; tried++) {
      const worker = this.slots[this.cursor];
      this.cursor = (this.cursor + 1) % this.slots.length;
      if (worker && !worker.closed) return worker;
    }
    throw new NoMediaWorkerError();
  }

  /** How many workers the pool runs when healthy (its slots), live or not. */
  size(): number {
    return this.slots.length;
  }

  /** True only when every configured slot holds a live worker. */
  isReady(): boolean {
    return (
      !this.closed &&
      this.slots.length > 0 &&
      this.slots.every((worker) => worker !== undefined && !worker.closed)
    );
  }

  workers(): readonly types.Worker[] {
    return this.slots.filter((w): w is types.Worker => w !== undefined && !w.closed);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    for (const worker of this.slots) worker?.close();
    this.slots = [];
  }

  private async spawn(slot: number): Promise<types.Worker> {
    const worker = await this.createWorker!({ ...this.settings, appData: { slot } });
    if (this.closed) {
      // close() ran while this worker was starting: do not leak its process.
      worker.close();
      throw new Error('worker pool closed');
    }
    worker.once('died', (error) => this.onDied(slot, worker, error));
    this.slots[slot] = worker;
    return worker;
  }

  private onDied(slot: number, worker: types.Worker, error: Error): void {
    if (this.slots[slot] === worker) this.slots[slot] = undefined;
    this.emit('workerDied', { slot, pid: worker.pid, error });
    void this.replace(slot, worker.pid, RETRY_FIRST_MS);
  }

  private async replace(slot: number, deadPid: number, nextDelayMs: number): Promise<void> {
    if (this.closed) return;
    let worker: types.Worker;
    try {
      worker = await this.spawn(slot);
    } catch (err) {
      if (this.closed) return;
      // Back off so a broken binary or an exhausted host does not turn into a fork loop.
      const error = err instanceof Error ? err : new Error(String(err));
      const timer = setTimeout(() => {
        this.retryTimers.delete(timer);
        void this.replace(slot, deadPid, Math.min(nextDelayMs * 2, RETRY_MAX_MS));
      }, nextDelayMs);
      timer.unref();
      this.retryTimers.add(timer);
      this.emit('replacementFailed', { slot, error, retryInMs: nextDelayMs });
      return;
    }
    this.emit('workerReplaced', { slot, deadPid, pid: worker.pid });
  }
}
