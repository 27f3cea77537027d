import type { RequestStatus, RequestSummary, ThreadEntry } from './request-types';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'attention';

/** The badge colour of a status (the text always says it too). */
export function statusTone(status: RequestStatus): StatusTone {
  switch (status) {
    case 'draft':
      return 'neutral';
    case 'sent':
      return 'info';
    case 'taken':
      return 'warning';
    case 'answered':
      return 'success';
    case 'closed':
      return 'neutral';
  }
}

/** The requester's dashboard: newest first (by creation), ties by id so the order is stable. */
export function newestFirst<T extends Pick<RequestSummary, 'createdAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/**
 * An expert's queue: what waits first (live before async, then the oldest sent first), then what is
 * taken or answered, oldest first.
 */
export function queueOrder<T extends Pick<RequestSummary, 'status' | 'mode' | 'sentAt' | 'createdAt' | 'id'>>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.status === 'sent' ? (item.mode === 'live' ? 0 : 1) : 2);
  const since = (item: T) => item.sentAt ?? item.createdAt;
  return [...items].sort((a, b) => rank(a) - rank(b) || since(a).localeCompare(since(b)) || a.id.localeCompare(b.id));
}

/** Whole minutes a request has waited since it was sent (0 for a draft). */
export function ageMinutes(item: Pick<RequestSummary, 'sentAt'>, now: Date): number {
  if (!item.sentAt) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(item.sentAt)) / 60_000));
}

/** Entries people wrote (messages, answers, info requests, the conclusion) versus recorded facts. */
export function isWrittenEntry(entry: Pick<ThreadEntry, 'kind'>): boolean {
  return entry.kind === 'message' || entry.kind === 'answer' || entry.kind === 'info-request' || entry.kind === 'closed';
}

/** "1 h 05" style durations for figures: seconds → { hours, minutes }. */
export function splitDuration(seconds: number): { hours: number; minutes: number } {
  const total = Math.round(seconds / 60);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
