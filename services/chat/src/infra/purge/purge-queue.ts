import { z } from 'zod';

/** The BullMQ queue of session purges (Redis), shared by the scheduler and the worker. */
export const PURGE_QUEUE = 'chat-session-purge';

export const purgeJobSchema = z.object({ sessionId: z.string().uuid() });
export type PurgeJob = z.infer<typeof purgeJobSchema>;

/** One job per session, so scheduling again (a retry, the boot-time sweep) never purges twice. BullMQ refuses ':' in ids. */
export const purgeJobId = (sessionId: string) => `purge-${sessionId}`;
