import { z } from 'zod';
import { defineRpc } from '../contract';

export const mediaCodecSchema = z.object({
  kind: z.enum(['audio', 'video']),
  mimeType: z.string(),
  clockRate: z.number(),
});
export type MediaCodec = z.infer<typeof mediaCodecSchema>;

/**
 * `media.worker.probe.v1`: proves the media service can host a call right now. It opens a throwaway router
 * on one of its mediasoup workers and answers with the codecs that router negotiates (RTX left out), next
 * to how many workers it runs (`workers`) and how many of them are alive (`alive`).
 */
export const mediaWorkerProbe = defineRpc(
  'media.worker.probe.v1',
  z.object({}).strict(),
  z.object({
    workers: z.number().int(),
    alive: z.number().int(),
    codecs: z.array(mediaCodecSchema),
  }),
);
