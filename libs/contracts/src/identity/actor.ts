import { z } from 'zod';
import { roleSchema } from './auth';

/**
 * Who asks, as the gateway authenticated them; every command that reads or changes session data
 * carries it, and the owning service checks role and membership against it.
 */
export const staffActorSchema = z.object({
  kind: z.literal('staff'),
  userId: z.string().uuid(),
  organisationId: z.string().uuid(),
  roles: z.array(roleSchema),
});
export const guestActorSchema = z.object({
  kind: z.literal('guest'),
  /** The guest's participant id in the session. */
  participantId: z.string().uuid(),
  sessionId: z.string().uuid(),
  inviteId: z.string().uuid(),
});
export const actorSchema = z.discriminatedUnion('kind', [staffActorSchema, guestActorSchema]);
export type StaffActor = z.infer<typeof staffActorSchema>;
export type GuestActor = z.infer<typeof guestActorSchema>;
export type Actor = z.infer<typeof actorSchema>;
