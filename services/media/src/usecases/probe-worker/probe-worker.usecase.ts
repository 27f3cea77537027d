import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, MediaCodec, RpcResponse, mediaWorkerProbe } from '@passerelle/contracts';
import type { types } from 'mediasoup';
import { MEDIA_CODECS } from '../../infra/mediasoup/media-codecs';
import { MediasoupRuntime } from '../../infra/mediasoup/mediasoup-runtime';
import { NoMediaWorkerError } from '../../infra/mediasoup/worker-pool';

/**
 * Proves a call could start now: opens a throwaway router, with the codecs session rooms use, on the next
 * live worker, reads what it negotiates and closes it again. Touches no session's room.
 */
@Injectable()
export class ProbeWorkerUseCase {
  constructor(private readonly mediasoup: MediasoupRuntime) {}

  async execute(): Promise<RpcResponse<typeof mediaWorkerProbe>> {
    const { pool } = this.mediasoup;
    let worker: types.Worker;
    try {
      worker = pool.nextWorker();
    } catch (error) {
      if (error instanceof NoMediaWorkerError) throw unavailable();
      throw error;
    }
    let router: types.Router;
    try {
      router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
    } catch (error) {
      // The worker died between being picked and answering: the pool is replacing it.
      if (worker.closed) throw unavailable();
      throw error;
    }
    try {
      const codecs: MediaCodec[] = (router.rtpCapabilities.codecs ?? [])
        .filter((codec) => !/\/rtx$/i.test(codec.mimeType))
        .map((codec) => ({ kind: codec.kind, mimeType: codec.mimeType, clockRate: codec.clockRate }));
      return { workers: pool.size(), alive: pool.workers().length, codecs };
    } finally {
      router.close();
    }
  }
}

function unavailable(): DomainError {
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'No media worker is available right now');
}
