import type { ChatMessage, MessagePage } from './types';

/**
 * Cursors are decimal strings that grow within a session (`after` accepts up to 18 digits); comparing
 * them as numbers without BigInt: the longer one is larger, else compare the text.
 */
export function compareCursors(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareMessages(a: ChatMessage, b: ChatMessage): number {
  return compareCursors(a.cursor, b.cursor) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1);
}

/**
 * A session's messages as this browser knows them: ordered by cursor, each once, however it arrived
 * (initial load, live push, catch-up after a reconnect, the answer to our own post).
 *
 * The catch-up cursor only moves with pages read from the API. A live push may arrive while earlier
 * messages are still unknown (they were posted while the socket was down), so moving the cursor past
 * it would skip them for good; re-reading a message we already hold is harmless (deduplicated by id).
 */
export class MessageTimeline {
  private readonly byId = new Map<string, ChatMessage>();
  private ordered: ChatMessage[] = [];
  private syncedCursor: string | null = null;

  /** Pass as `after` to read what this browser has not seen from the API yet. */
  get cursor(): string | null {
    return this.syncedCursor;
  }

  get messages(): readonly ChatMessage[] {
    return this.ordered;
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Adds a page read with `after=<cursor>`; returns how many messages were new. */
  addPage(page: MessagePage): number {
    const added = this.addAll(page.items);
    let next = page.cursor;
    // Some servers leave `cursor` null on a page that has items: the last item's cursor is as good.
    for (const item of page.items) if (next === null || compareCursors(item.cursor, next) > 0) next = item.cursor;
    if (next !== null && (this.syncedCursor === null || compareCursors(next, this.syncedCursor) > 0)) {
      this.syncedCursor = next;
    }
    return added;
  }

  /** Adds a message pushed live or returned by our own post; false when it was already there. */
  addLive(message: ChatMessage): boolean {
    return this.addAll([message]) === 1;
  }

  private addAll(items: readonly ChatMessage[]): number {
    let added = 0;
    for (const item of items) {
      if (this.byId.has(item.id)) continue;
      this.byId.set(item.id, item);
      added += 1;
    }
    if (added > 0) this.ordered = [...this.byId.values()].sort(compareMessages);
    return added;
  }
}
