import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';
import { EchoRoom, EchoRooms } from './echo-rooms';

function fakeRoom(testId: string): EchoRoom {
  const observer = new EventEmitter();
  const router = { closed: false, observer, close: () => observer.emit('close') } as unknown as types.Router;
  return { testId, key: 'k', router, transports: new Map(), producers: new Map(), consumers: new Map(), expiresAt: new Date() };
}

describe('EchoRooms', () => {
  it('caps the rooms open or being opened at once', () => {
    const rooms = new EchoRooms(2);
    expect(rooms.reserve()).toBe(true);
    expect(rooms.reserve()).toBe(true);
    expect(rooms.reserve()).toBe(false);
    rooms.release();
    expect(rooms.reserve()).toBe(true);
  });

  it('frees the place of a room when its router closes (time up, test closed, or worker died)', () => {
    const rooms = new EchoRooms(1);
    expect(rooms.reserve()).toBe(true);
    const room = fakeRoom('a');
    rooms.add(room);
    expect(rooms.get('a')).toBe(room);
    expect(rooms.reserve()).toBe(false);
    room.router.close();
    expect(rooms.get('a')).toBeUndefined();
    expect(rooms.size()).toBe(0);
    expect(rooms.reserve()).toBe(true);
  });
});
