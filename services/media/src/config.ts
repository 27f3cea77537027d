import { baseConfigShape, databaseConfigShape, httpPortConfigShape } from '@passerelle/nest-kit';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

const ipAddress = z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' });
const rtcPort = z.coerce.number().int().min(1024).max(65535);

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...databaseConfigShape,
    ...httpPortConfigShape(8086),
    /** 0 = one mediasoup worker per CPU core (a worker is single-threaded). */
    MEDIASOUP_NUM_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
    /** Where WebRTC transports listen, and the address they announce to browsers (the public one behind NAT). */
    MEDIASOUP_LISTEN_IP: ipAddress.default('0.0.0.0'),
    MEDIASOUP_ANNOUNCED_IP: ipAddress.default('127.0.0.1'),
    /** UDP/TCP ports of the media itself, shared by all workers. */
    MEDIASOUP_RTC_MIN_PORT: rtcPort.default(40000),
    MEDIASOUP_RTC_MAX_PORT: rtcPort.default(40999),
    /** Unset: mediasoup's own location, where deploy/mediasoup/build-worker.sh installs the worker it builds. */
    MEDIASOUP_WORKER_BIN: z
      .string()
      .refine((path) => isAbsolute(path), 'must be an absolute path')
      .optional(),
    /** Device test echo rooms (public `/join/test`): each closes after this long, at most this many at once. */
    DEVICE_TEST_TTL_SECONDS: z.coerce.number().int().min(10).max(600).default(60),
    DEVICE_TEST_MAX_ROOMS: z.coerce.number().int().min(0).max(1000).default(20),
  })
  .superRefine((config, ctx) => {
    if (config.MEDIASOUP_RTC_MIN_PORT > config.MEDIASOUP_RTC_MAX_PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEDIASOUP_RTC_MAX_PORT'],
        message: 'must not be below MEDIASOUP_RTC_MIN_PORT',
      });
    }
  });

export type MediaConfig = z.output<typeof configSchema>;
