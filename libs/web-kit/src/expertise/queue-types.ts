import type { REQUEST_CHANGES, RealtimeEvent, RpcResponse, expertisePresenceGet } from '@passerelle/contracts';

/**
 * The expert side (`/api/v1/expertise/queues`, presence, pushes) as the browser receives it: the
 * contracts' types (libs/contracts/src/expertise/queues.ts, realtime/push.ts).
 */
export { PRESENCE_STATUSES } from '@passerelle/contracts/src/value-lists';
export type { PresenceStatus, QueueView } from '@passerelle/contracts';

export type Presence = RpcResponse<typeof expertisePresenceGet>;
export type RequestChange = (typeof REQUEST_CHANGES)[number];

/** Pushed to `queue:<queueId>` (experts who joined it) and the requester's `user:<id>`: ids and states only. */
export type RequestChangedEvent = Extract<RealtimeEvent, { type: 'expertise.request-changed' }>;
/** A live request landed in one of the expert's queues while they are available: they are rung. */
export type LiveRingingEvent = Extract<RealtimeEvent, { type: 'expertise.live-ringing' }>;
