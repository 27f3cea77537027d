import type { GuestLeftEvent, GuestWaitingEvent, SessionView } from './types';

/** A session whose invitee is connected and waiting for the requester to start. */
export interface WaitingGuest {
  sessionId: string;
  /** As the invite names them (or the guest participant's display name). */
  displayName: string;
  /** When this browser learnt of them: the waiting room is served first come, first served. */
  since: number;
  /** Guest participants known to be present; empty when the list came from the invites API. */
  participantIds: string[];
}

/**
 * The requester's waiting room: filled from the invites list (sessions flagged `waiting`), then kept
 * right by the live events. Pure state, no I/O: the portal's store feeds it and renders `guests`.
 */
export class WaitingRoom {
  private entries = new Map<string, WaitingGuest>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Oldest first: "Start next consultation" takes the first. */
  get guests(): WaitingGuest[] {
    return [...this.entries.values()].sort((a, b) => a.since - b.since);
  }

  get count(): number {
    return this.entries.size;
  }

  /**
   * Replaces the room with what the API says is waiting now (after loading the page or reconnecting:
   * events may have been missed). Guests already known keep their place in the queue.
   */
  reset(waiting: readonly { sessionId: string; displayName: string }[]): void {
    const next = new Map<string, WaitingGuest>();
    for (const { sessionId, displayName } of waiting) {
      const known = this.entries.get(sessionId);
      next.set(sessionId, known ? { ...known, displayName: known.displayName || displayName } : this.entry(sessionId, displayName, []));
    }
    this.entries = next;
  }

  guestWaiting(event: GuestWaitingEvent): void {
    const known = this.entries.get(event.sessionId);
    if (known) {
      if (!known.participantIds.includes(event.participantId)) {
        this.entries.set(event.sessionId, { ...known, participantIds: [...known.participantIds, event.participantId] });
      }
      return;
    }
    this.entries.set(event.sessionId, this.entry(event.sessionId, event.displayName, [event.participantId]));
  }

  guestLeft(event: GuestLeftEvent): void {
    const known = this.entries.get(event.sessionId);
    if (!known) return;
    const participantIds = known.participantIds.filter((id) => id !== event.participantId);
    // An entry loaded from the API does not know its participants: the one guest it stands for left.
    if (participantIds.length === 0) this.entries.delete(event.sessionId);
    else this.entries.set(event.sessionId, { ...known, participantIds });
  }

  /** A session changed: started, terminated, or its waiting flag moved with presence. */
  sessionUpdated(session: SessionView): void {
    if (session.status !== 'open' || !session.waiting) {
      this.entries.delete(session.id);
      return;
    }
    const present = session.participants.filter((participant) => participant.kind === 'guest' && participant.present);
    const known = this.entries.get(session.id);
    const participantIds = present.map((participant) => participant.id);
    const displayName = known?.displayName || present.map((participant) => participant.displayName).join(', ');
    this.entries.set(session.id, known ? { ...known, participantIds, displayName } : this.entry(session.id, displayName, participantIds));
  }

  remove(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  private entry(sessionId: string, displayName: string, participantIds: string[]): WaitingGuest {
    return { sessionId, displayName, since: this.clock(), participantIds };
  }
}
