import type { RequestMode, RequestStatus } from './request-types';

/** The expert side (`/api/v1/expertise/queues`, presence), mirroring libs/contracts/src/expertise/queues.ts. */
export interface QueueView {
  id: string;
  name: string;
  establishment: string;
  specialty: string;
  figures: {
    /** Sent and not taken yet. */
    waitingNow: number;
    /** Median seconds from sending to the first answer, last 30 days; null when nothing was answered. */
    medianFirstAnswerSeconds30d: number | null;
    answered30d: number;
  };
}

export const PRESENCE_STATUSES = ['available', 'busy', 'away'] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];
export interface Presence {
  status: PresenceStatus;
  updatedAt: string;
}

export type RequestChange =
  | 'sent'
  | 'taken'
  | 'released'
  | 'message'
  | 'answered'
  | 'info-requested'
  | 'document'
  | 'transferred'
  | 'closed';

/** Pushed to `queue:<queueId>` (experts who joined it) and the requester's `user:<id>`: ids and states only. */
export interface RequestChangedEvent {
  type: 'expertise.request-changed';
  requestId: string;
  queueId: string;
  status: RequestStatus;
  mode: RequestMode;
  change: RequestChange;
}

/** A live request landed in one of the expert's queues while they are available: they are rung. */
export interface LiveRingingEvent {
  type: 'expertise.live-ringing';
  requestId: string;
  queueId: string;
}
