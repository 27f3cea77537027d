import { DomainError, chatPresenceUpdate, chatSessionGet } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Socket } from 'socket.io';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { GuestPrincipal, Principal, StaffPrincipal } from '../auth/principal';
import { CallSignallingRelay } from '../media/call-signalling-relay';
import { SocketGateway } from './socket.gateway';

const gatewayWith = (verifier: AccessTokenVerifier, rpc: RpcClient) => new SocketGateway(verifier, rpc, new CallSignallingRelay(rpc));

const SESSION_A = '6c2f1d4b-3a5e-4f7b-9c8d-0e1f2a3b4c5d';
const SESSION_B = '8e4b3f6d-5c7a-4b9d-8e0f-2a3b4c5d6e7f';
const staff: StaffPrincipal = {
  kind: 'staff',
  userId: '0f8f8e2a-7d0c-4c52-9d7a-1f6b7c2d3e4f',
  organisationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  roles: ['requester'],
};
const guest: GuestPrincipal = {
  kind: 'guest',
  participantId: '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c',
  sessionId: SESSION_A,
  inviteId: '7d3a2e5c-4b6f-4a8c-8d9e-1f2a3b4c5d6e',
};

type Call = { subject: string; payload: Record<string, unknown> };

/** Chat over NATS, faked strictly: only session.get and presence.update are expected. */
function chatFake(options: { refuse?: DomainError } = {}) {
  const calls: Call[] = [];
  const rpc = {
    request: async (contract: { subject: string }, payload: Record<string, unknown>) => {
      calls.push({ subject: contract.subject, payload });
      if (contract.subject === chatSessionGet.subject) {
        if (options.refuse) throw options.refuse;
        return {};
      }
      if (contract.subject === chatPresenceUpdate.subject) return { participantId: guest.participantId, present: payload.present };
      throw new Error(`unexpected RPC ${contract.subject}`);
    },
  };
  return { rpc: rpc as unknown as RpcClient, calls };
}

function socketOf(principal: Principal, id = 'socket-1') {
  const rooms = new Set<string>();
  const emitted: Array<[string, unknown]> = [];
  const socket = {
    id,
    disconnected: false,
    data: { principal, sessions: new Set<string>() },
    join: async (room: string) => void rooms.add(room),
    leave: async (room: string) => void rooms.delete(room),
    emit: (event: string, payload: unknown) => void emitted.push([event, payload]),
  };
  return { socket: socket as unknown as Socket, rooms, emitted, raw: socket };
}

const verifier = {} as AccessTokenVerifier;

describe('SocketGateway', () => {
  it('puts staff sockets in their user room; guests only learn their scope', async () => {
    const gateway = gatewayWith(verifier, chatFake().rpc);
    const staffSocket = socketOf(staff);
    await gateway.handleConnection(staffSocket.socket);
    expect([...staffSocket.rooms]).toEqual([`user:${staff.userId}`]);
    expect(staffSocket.emitted).toEqual([['ready', { kind: 'staff', userId: staff.userId }]]);

    const guestSocket = socketOf(guest);
    await gateway.handleConnection(guestSocket.socket);
    expect([...guestSocket.rooms]).toEqual([]);
    expect(guestSocket.emitted).toEqual([['ready', { kind: 'guest', participantId: guest.participantId, sessionId: SESSION_A }]]);
  });

  it('joins a session room after chat authorises it, and reports the socket present', async () => {
    const chat = chatFake();
    const gateway = gatewayWith(verifier, chat.rpc);
    const { socket, rooms } = socketOf(guest, 'conn-7');
    expect(await gateway.joinSession(socket, { sessionId: SESSION_A })).toEqual({ ok: true });
    expect(rooms.has(`session:${SESSION_A}`)).toBe(true);
    expect(chat.calls).toEqual([
      { subject: chatSessionGet.subject, payload: { actor: { ...guest }, sessionId: SESSION_A } },
      {
        subject: chatPresenceUpdate.subject,
        payload: { actor: { ...guest }, sessionId: SESSION_A, connectionId: 'conn-7', present: true },
      },
    ]);
  });

  it('refuses a guest another session without asking chat, and acks chat refusals with their code', async () => {
    const chat = chatFake();
    const gateway = gatewayWith(verifier, chat.rpc);
    const guestSocket = socketOf(guest);
    expect(await gateway.joinSession(guestSocket.socket, { sessionId: SESSION_B })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(chat.calls).toEqual([]);
    expect(await gateway.joinSession(guestSocket.socket, { sessionId: 'nope' })).toEqual({ ok: false, code: 'VALIDATION_FAILED' });

    const refusing = gatewayWith(verifier, chatFake({ refuse: new DomainError('NOT_FOUND', 'Session not found') }).rpc);
    const staffSocket = socketOf(staff);
    expect(await refusing.joinSession(staffSocket.socket, { sessionId: SESSION_B })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(staffSocket.rooms.size).toBe(0);
  });

  it('reports the socket absent when it leaves or disconnects', async () => {
    const chat = chatFake();
    const gateway = gatewayWith(verifier, chat.rpc);
    const { socket, rooms } = socketOf(staff);
    await gateway.joinSession(socket, { sessionId: SESSION_A });
    await gateway.joinSession(socket, { sessionId: SESSION_B });
    expect(await gateway.leaveSession(socket, { sessionId: SESSION_A })).toEqual({ ok: true });
    expect(rooms.has(`session:${SESSION_A}`)).toBe(false);
    chat.calls.length = 0;
    await gateway.handleDisconnect(socket);
    expect(chat.calls.map((call) => [call.payload.sessionId, call.payload.present])).toEqual([[SESSION_B, false]]);
  });

  it('emits pushes to the named rooms and drops guests removed from a session', async () => {
    const gateway = gatewayWith(verifier, chatFake().rpc);
    const emitted: Array<{ rooms: string[]; type: string }> = [];
    const removed = socketOf(guest);
    removed.rooms.add(`session:${SESSION_A}`);
    removed.raw.data.sessions.add(SESSION_A);
    gateway.server = {
      to: (rooms: string[]) => ({ emit: (type: string) => void emitted.push({ rooms, type }) }),
      in: () => ({ fetchSockets: async () => [removed.raw] }),
    } as unknown as SocketGateway['server'];

    const session = {
      id: SESSION_A,
      status: 'active' as const,
      waiting: false,
      ownerUserId: staff.userId,
      organisationId: staff.organisationId,
      createdAt: '2026-01-01T00:00:00.000Z',
      startedAt: null,
      terminatedAt: null,
      purgeAt: null,
      participants: [],
    };
    await gateway.push({ rooms: [`session:${SESSION_A}`, `user:${staff.userId}`], event: { type: 'session.updated', session } });
    expect(emitted).toEqual([{ rooms: [`session:${SESSION_A}`, `user:${staff.userId}`], type: 'session.updated' }]);
    expect(removed.rooms.has(`session:${SESSION_A}`)).toBe(false);
    expect(removed.raw.data.sessions.has(SESSION_A)).toBe(false);
  });
});
