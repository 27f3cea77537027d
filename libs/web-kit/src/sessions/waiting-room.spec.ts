import { sessionView } from './test-fixtures';
import { WaitingRoom } from './waiting-room';

function room() {
  let now = 1000;
  const waitingRoom = new WaitingRoom(() => (now += 1000));
  return waitingRoom;
}

const waiting = (sessionId: string, participantId: string, displayName = 'Awa') =>
  ({ type: 'session.guest-waiting', sessionId, participantId, displayName }) as const;
const left = (sessionId: string, participantId: string) => ({ type: 'session.guest-left', sessionId, participantId }) as const;

describe('WaitingRoom', () => {
  it('lists guests first come, first served', () => {
    const waitingRoom = room();
    waitingRoom.guestWaiting(waiting('s-1', 'p-1', 'Awa'));
    waitingRoom.guestWaiting(waiting('s-2', 'p-2', 'Boris'));
    expect(waitingRoom.guests.map((guest) => guest.displayName)).toEqual(['Awa', 'Boris']);
    expect(waitingRoom.count).toBe(2);
  });

  it('does not count a guest twice when their second tab connects', () => {
    const waitingRoom = room();
    waitingRoom.guestWaiting(waiting('s-1', 'p-1'));
    waitingRoom.guestWaiting(waiting('s-1', 'p-1'));
    expect(waitingRoom.count).toBe(1);
  });

  it('removes a guest who leaves, and only when the last of their session leaves', () => {
    const waitingRoom = room();
    waitingRoom.guestWaiting(waiting('s-1', 'p-1'));
    waitingRoom.guestWaiting(waiting('s-1', 'p-2'));
    waitingRoom.guestLeft(left('s-1', 'p-1'));
    expect(waitingRoom.count).toBe(1);
    waitingRoom.guestLeft(left('s-1', 'p-2'));
    expect(waitingRoom.count).toBe(0);
  });

  it('removes an entry loaded from the API when its guest leaves', () => {
    const waitingRoom = room();
    waitingRoom.reset([{ sessionId: 's-1', displayName: 'Awa Ndiaye' }]);
    waitingRoom.guestLeft(left('s-1', 'p-unknown'));
    expect(waitingRoom.count).toBe(0);
  });

  it('keeps known guests in their place when the list is reloaded', () => {
    const waitingRoom = room();
    waitingRoom.guestWaiting(waiting('s-2', 'p-2', 'Boris'));
    waitingRoom.reset([
      { sessionId: 's-1', displayName: 'Awa' },
      { sessionId: 's-2', displayName: 'Boris B.' },
    ]);
    expect(waitingRoom.guests.map((guest) => guest.sessionId)).toEqual(['s-2', 's-1']);
  });

  it('follows session updates: started or terminated leaves the room, waiting enters it', () => {
    const waitingRoom = room();
    waitingRoom.sessionUpdated(sessionView({ id: 's-1', status: 'open', waiting: true }));
    expect(waitingRoom.guests[0]).toMatchObject({ sessionId: 's-1', displayName: 'Awa Ndiaye', participantIds: ['p-guest'] });

    waitingRoom.sessionUpdated(sessionView({ id: 's-1', status: 'active', waiting: false }));
    expect(waitingRoom.count).toBe(0);
  });
});
