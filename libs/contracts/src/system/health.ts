import { z } from 'zod';
import { defineRpc } from '../contract';

export const SERVICE_NAMES = [
  'identity',
  'invitations',
  'scheduling',
  'expertise',
  'chat',
  'media',
  'notifications',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number] | 'gateway';

export const readinessSchema = z.object({
  service: z.string(),
  ready: z.boolean(),
  /** One entry per dependency (postgres, nats, redis, mediasoup…): "up" or a short reason. */
  checks: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), detail: z.string().optional() })),
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type Readiness = z.infer<typeof readinessSchema>;

/** `<service>.health.v1`: every service answers with its readiness, the gateway aggregates them. */
export function healthContract(service: ServiceName) {
  return defineRpc(`${service}.health.v1`, z.object({}).strict(), readinessSchema);
}
