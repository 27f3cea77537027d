/** What came back from the SFU echo during the measuring window (growth, not totals). */
export interface EchoSample {
  audioBytes: number;
  videoBytes: number;
  videoFrames: number;
}

export type EchoVerdict = 'good' | 'audio-only' | 'cannot-connect';

/** At least this much, so a trickle of keep-alives is not taken for a working connection. */
const MIN_AUDIO_BYTES = 2_000;
const MIN_VIDEO_FRAMES = 10;

/**
 * The plain-language verdict of the connectivity check: video frames and audio came back through the SFU
 * → good; audio only → recommend an audio call; nothing → cannot connect (with advice on the page).
 */
export function echoVerdict(sample: EchoSample | null): EchoVerdict {
  if (!sample || sample.audioBytes < MIN_AUDIO_BYTES) return 'cannot-connect';
  return sample.videoFrames >= MIN_VIDEO_FRAMES ? 'good' : 'audio-only';
}
