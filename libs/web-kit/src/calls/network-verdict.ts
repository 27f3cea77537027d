/**
 * Whether this side's outgoing connection is too weak for video, from samples of the send transport's
 * stats (outbound-rtp bytes, remote-inbound-rtp fractionLost). Pure, so that the thresholds are tested.
 */
export interface SendSample {
  /** Milliseconds (performance.now() or Date.now()). */
  at: number;
  /** Total outbound-rtp bytesSent of every sent track at that time. */
  bytesSent: number;
  /** Worst remote-inbound-rtp fractionLost (0..1) reported by the SFU, when known. */
  fractionLost: number | null;
}

export type NetworkVerdict = 'good' | 'poor' | 'unknown';

export const NETWORK_THRESHOLDS = {
  /** Below this, video (even the lowest simulcast layer with audio) does not get through usefully. */
  minBitsPerSecond: 150_000,
  /** Above this loss, video freezes while audio still copes (Opus FEC). */
  maxFractionLost: 0.1,
  /** How much history a verdict needs, so a single slow second does not raise the banner. */
  windowMs: 4_000,
} as const;

/**
 * `poor` when, over the last window, the measured send rate is under the minimum or the average reported
 * loss is over the maximum; `unknown` while there is not yet a full window of samples. Only meaningful
 * while video is sent (audio alone is below the bitrate floor by design).
 */
export function networkVerdict(samples: readonly SendSample[], thresholds = NETWORK_THRESHOLDS): NetworkVerdict {
  if (samples.length < 2) return 'unknown';
  const last = samples[samples.length - 1]!;
  const from = [...samples].reverse().find((sample) => last.at - sample.at >= thresholds.windowMs);
  if (!from) return 'unknown';
  const window = samples.filter((sample) => sample.at >= from.at);
  const seconds = (last.at - from.at) / 1000;
  const bitsPerSecond = (Math.max(0, last.bytesSent - from.bytesSent) * 8) / seconds;
  const losses = window.map((sample) => sample.fractionLost).filter((loss): loss is number => loss !== null);
  const averageLoss = losses.length > 0 ? losses.reduce((sum, loss) => sum + loss, 0) / losses.length : 0;
  return bitsPerSecond < thresholds.minBitsPerSecond || averageLoss > thresholds.maxFractionLost ? 'poor' : 'good';
}

/** Keeps only what a verdict can still use (one window and a little more). */
export function trimSamples(samples: SendSample[], thresholds = NETWORK_THRESHOLDS): SendSample[] {
  const last = samples[samples.length - 1];
  if (!last) return samples;
  return samples.filter((sample) => last.at - sample.at <= thresholds.windowMs * 2);
}
