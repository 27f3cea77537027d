import type { types } from 'mediasoup';

/**
 * Codecs every session router offers. Opus + VP8 is what every browser we support (including Safari and
 * older Android WebViews in health centres) can both send and decode; H264 constrained baseline
 * (42e01f, packetization-mode 1) is added for devices whose only hardware encoder is H264.
 */
export const MEDIA_CODECS: types.RtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: {
      'packetization-mode': 1,
      'profile-level-id': '42e01f',
      'level-asymmetry-allowed': 1,
    },
  },
];
