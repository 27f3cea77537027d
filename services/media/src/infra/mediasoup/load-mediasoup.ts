import { accessSync, constants } from 'node:fs';
import type * as Mediasoup from 'mediasoup';

/**
 * mediasoup 3.12 has no option naming the worker binary: its Worker module reads MEDIASOUP_WORKER_BIN once,
 * when it is first required, into `mediasoup.workerBin`, and every createWorker() spawns that path. So
 * mediasoup is required here, lazily, after the configured path has been put in the environment, and the
 * path it actually took is checked. The binary is checked too, so a missing build fails with the fix in
 * the message instead of a bare ENOENT from the spawn.
 */
export function loadMediasoup(workerBin?: string): typeof Mediasoup {
  if (workerBin) process.env.MEDIASOUP_WORKER_BIN = workerBin;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mediasoup = require('mediasoup') as typeof Mediasoup;
  if (workerBin && mediasoup.workerBin !== workerBin) {
    throw new Error(
      `mediasoup was loaded before MEDIASOUP_WORKER_BIN was applied and would spawn ${mediasoup.workerBin}`,
    );
  }
  try {
    accessSync(mediasoup.workerBin, constants.X_OK);
  } catch {
    throw new Error(
      `no executable mediasoup-worker at ${mediasoup.workerBin}: ` +
        (workerBin ? 'check MEDIASOUP_WORKER_BIN' : 'run deploy/mediasoup/build-worker.sh or set MEDIASOUP_WORKER_BIN'),
    );
  }
  return mediasoup;
}
