import type { InviteListItem } from '@passerelle/contracts';
import { INVITE_LIST_FILTERS } from '@passerelle/contracts';

export type InviteListFilter = (typeof INVITE_LIST_FILTERS)[number];

/** A planned slot still ahead (its join window not closed) and not cancelled. */
export function isUpcoming(item: InviteListItem, now: Date): boolean {
  return Boolean(item.schedule && item.schedule.status !== 'cancelled' && Date.parse(item.schedule.closesAt) > now.getTime());
}

function isClosed(item: InviteListItem): boolean {
  return item.status !== 'sent' || item.session?.status === 'closed';
}

const MATCHES: Record<InviteListFilter, (item: InviteListItem, now: Date) => boolean> = {
  all: () => true,
  planned: (item, now) => isUpcoming(item, now) && !isClosed(item),
  waiting: (item) => item.session?.waiting === true && !isClosed(item),
  open: (item) => !isClosed(item),
  closed: (item) => isClosed(item),
};

/**
 * The invites list's filter and order: upcoming planned sessions first, soonest first (by their UTC
 * instant, so the order is right whatever zone the requester reads them in), then the others newest first.
 */
export function filterAndSortInvites(items: InviteListItem[], filter: InviteListFilter, now: Date): InviteListItem[] {
  return items
    .filter((item) => MATCHES[filter](item, now))
    .sort((a, b) => {
      const aUpcoming = isUpcoming(a, now);
      const bUpcoming = isUpcoming(b, now);
      if (aUpcoming !== bUpcoming) return aUpcoming ? -1 : 1;
      if (aUpcoming && bUpcoming) return a.schedule!.startsAt.localeCompare(b.schedule!.startsAt);
      return b.createdAt.localeCompare(a.createdAt);
    });
}
