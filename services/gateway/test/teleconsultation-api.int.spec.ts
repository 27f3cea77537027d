import { ApiClient, DEMO_ACCOUNTS, joinTokenIn, outboxMessageTo, testStack } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { Socket, io } from 'socket.io-client';

const { gatewayUrl } = testStack();

// Real file headers: chat checks magic bytes, not names.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
const OTHER_ID = '00000000-0000-4000-8000-000000000000';

interface InviteView {
  id: string;
  sessionId: string;
  status: string;
  createdAt: string;
  createdByUserId: string;
  invitee: { email: string | null };
}
interface InviteListItem extends InviteView {
  session: { status: string; waiting: boolean; purgeAt: string | null } | null;
  schedule: { startsAt: string; closesAt: string; status: string } | null;
}
interface JoinAnswer {
  accessToken: string;
  expiresIn: number;
  sessionId: string;
  participantId: string;
}
interface Message {
  id: string;
  cursor: string;
  kind: 'text' | 'file' | 'event';
  text: string | null;
  file: { id: string; name: string; mimeType: string; size: number } | null;
  author: { participantId: string; role: string };
}
interface OutboxMessage {
  id: string;
  channel: string;
  to: string;
  text: string;
  links: string[];
  createdAt: string;
}

async function staffClient(email: string) {
  const api = new ApiClient(gatewayUrl);
  const session = await api.login(email);
  return { api, user: session.user };
}

/** Creates an e-mail invite for a fresh address and returns it with the link's token from the dev outbox. */
async function invite(api: ApiClient, language = 'en') {
  const email = `guest-${randomUUID()}@example.test`;
  const created = await api.post<InviteView>('/api/v1/invites', {
    kind: 'remote',
    invitee: { firstName: 'Test', lastName: 'Guest', language, channel: 'email', email },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ id: expect.any(String), sessionId: expect.any(String), status: 'sent' });
  const message = await outboxMessageTo(gatewayUrl, email);
  const token = joinTokenIn(message);
  return { invite: created.body, token, email, message };
}

async function join(token: string) {
  // A guest's own client (own address): join is under the per-IP auth rate limit.
  const guest = new ApiClient(gatewayUrl);
  const answer = await guest.post<JoinAnswer>('/api/v1/join', { token, acceptTerms: true }, { token: null });
  expect(answer.status).toBe(200);
  guest.accessToken = answer.body.accessToken;
  return { guest, ...answer.body };
}

const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

async function connect(token: string): Promise<Socket> {
  const socket = io(gatewayUrl, { path: '/ws', auth: { token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/**
 * The next event of that session. For 'message.posted', people's messages only: starting or ending a
 * session also writes an event line into the thread, which must not satisfy a wait for a message.
 */
function nextEvent<T>(socket: Socket, event: string, sessionId: string): Promise<T & { sessionId: string }> {
  return nextEventWhere<T & { sessionId: string; message?: { kind: string } }>(
    socket,
    event,
    (payload) => payload.sessionId === sessionId && payload.message?.kind !== 'event',
  );
}

function nextEventWhere<T>(socket: Socket, event: string, matches: (payload: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** A guest in the waiting room, admitted: the session is active and ready for messages and files. */
async function activeSession(requester: ApiClient) {
  const { invite: created, token } = await invite(requester);
  const guest = await join(token);
  const guestSocket = await connect(guest.accessToken);
  expect(await guestSocket.emitWithAck('session:join', { sessionId: guest.sessionId })).toEqual({ ok: true });
  const started = await requester.post<{ status: string }>(`/api/v1/sessions/${guest.sessionId}/start`);
  expect(started.status).toBe(200);
  expect(started.body.status).toBe('active');
  return { invite: created, guestSocket, ...guest };
}

describe('teleconsultation API through the gateway', () => {
  it('asks for a token on every staff and session route', async () => {
    const anonymous = new ApiClient(gatewayUrl);
    const routes: Array<[string, string]> = [
      ['POST', '/api/v1/invites'],
      ['GET', '/api/v1/invites'],
      ['POST', `/api/v1/invites/${OTHER_ID}/resend`],
      ['POST', `/api/v1/invites/${OTHER_ID}/revoke`],
      ['GET', `/api/v1/sessions/${OTHER_ID}`],
      ['POST', `/api/v1/sessions/${OTHER_ID}/start`],
      ['POST', `/api/v1/sessions/${OTHER_ID}/terminate`],
      ['GET', `/api/v1/sessions/${OTHER_ID}/messages`],
      ['POST', `/api/v1/sessions/${OTHER_ID}/messages`],
      ['POST', `/api/v1/sessions/${OTHER_ID}/files`],
      ['GET', `/api/v1/sessions/${OTHER_ID}/files/${OTHER_ID}`],
      ['GET', `/api/v1/sessions/${OTHER_ID}/report.pdf`],
    ];
    for (const [method, path] of routes) {
      const answer = await anonymous.request(method, path, { token: null, body: method === 'POST' ? {} : undefined });
      expect({ method, path, status: answer.status, body: answer.body }).toEqual({
        method,
        path,
        status: 401,
        body: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      });
    }
  });

  it('lets only requesters create invites, and shows each requester only their own', async () => {
    const { api: expert } = await staffClient(DEMO_ACCOUNTS.expert);
    const refused = await expert.post('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'A', lastName: 'B', language: 'en', channel: 'email', email: 'x@example.test' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await expert.get('/api/v1/invites')).status).toBe(403);

    const invalid = await (await staffClient(DEMO_ACCOUNTS.requester)).api.post('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'A', lastName: 'B', channel: 'sms', phone: '0612345678' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(invalid.body)).not.toContain('0612345678');

    // The demo admin is also a requester: their invite is theirs and their organisation's, not a peer's.
    const { api: admin } = await staffClient(DEMO_ACCOUNTS.admin);
    const { api: requester, user: requesterUser } = await staffClient(DEMO_ACCOUNTS.requester);
    const first = await invite(requester);
    const second = await invite(requester);
    const adminsOwn = await invite(admin);

    const mine = await requester.get<{ items: InviteListItem[] }>('/api/v1/invites');
    expect(mine.status).toBe(200);
    const ids = mine.body.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([first.invite.id, second.invite.id]));
    expect(ids).not.toContain(adminsOwn.invite.id);
    expect(mine.body.items.every((item) => item.createdByUserId === requesterUser.id)).toBe(true);
    // Upcoming planned sessions first (soonest first, other test files plan some), then newest first,
    // each with its session's state.
    expect(ids.indexOf(second.invite.id)).toBeLessThan(ids.indexOf(first.invite.id));
    const upcoming = (item: InviteListItem) => item.schedule !== null && item.schedule.status !== 'cancelled' && Date.parse(item.schedule.closesAt) > Date.now();
    const sorted = [
      ...mine.body.items.filter(upcoming).sort((a, b) => a.schedule!.startsAt.localeCompare(b.schedule!.startsAt)),
      ...mine.body.items.filter((item) => !upcoming(item)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ];
    expect(mine.body.items.map((item) => item.id)).toEqual(sorted.map((item) => item.id));
    expect(mine.body.items.find((item) => item.id === first.invite.id)!.session).toEqual({
      status: 'open',
      waiting: false,
      purgeAt: null,
    });

    // The peer can neither resend nor revoke the admin's invite.
    for (const action of ['resend', 'revoke']) {
      const answer = await requester.post(`/api/v1/invites/${adminsOwn.invite.id}/${action}`);
      expect([403, 404]).toContain(answer.status);
    }
  });

  it('previews and redeems a link; the guest token opens only its own session and guest routes', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const a = await invite(requester, 'fr');
    const b = await invite(requester);

    const preview = await new ApiClient(gatewayUrl).post('/api/v1/join/preview', { token: a.token }, { token: null });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ language: 'fr', organisationName: 'Demo District Hospital', termsVersion: expect.any(String) });
    const unknown = await new ApiClient(gatewayUrl).post('/api/v1/join/preview', { token: 'A'.repeat(43) }, { token: null });
    expect(unknown.status).toBe(404);
    const noTerms = await new ApiClient(gatewayUrl).post('/api/v1/join', { token: a.token }, { token: null });
    expect(noTerms.status).toBe(400);

    const guest = await join(a.token);
    expect(guest.sessionId).toBe(a.invite.sessionId);
    expect(guest.expiresIn).toBeGreaterThan(0);
    expect(guest.participantId).toEqual(expect.any(String));

    const own = await guest.guest.get<{ id: string; participants: Array<{ id: string }> }>(`/api/v1/sessions/${guest.sessionId}`);
    expect(own.status).toBe(200);
    expect(own.body.participants.map((p) => p.id)).toContain(guest.participantId);

    // Staff routes, even of its own session or invite.
    const staffRoutes: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/invites'],
      ['POST', '/api/v1/invites', { kind: 'phone-only', invitee: { channel: 'sms', phone: '+33612345678' } }],
      ['POST', `/api/v1/invites/${a.invite.id}/resend`],
      ['POST', `/api/v1/invites/${a.invite.id}/revoke`],
      ['POST', `/api/v1/sessions/${guest.sessionId}/start`],
      ['POST', `/api/v1/sessions/${guest.sessionId}/terminate`, { mode: 'close' }],
      ['GET', `/api/v1/sessions/${guest.sessionId}/report.pdf`],
      ['GET', '/api/v1/me'],
    ];
    for (const [method, path, body] of staffRoutes) {
      const answer = await guest.guest.request(method, path, { body });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
      expect(answer.body).toMatchObject({ code: 'FORBIDDEN' });
    }

    // Guest routes of another session.
    const otherSession = b.invite.sessionId;
    const foreign: Array<[string, string, unknown?]> = [
      ['GET', `/api/v1/sessions/${otherSession}`],
      ['GET', `/api/v1/sessions/${otherSession}/messages`],
      ['POST', `/api/v1/sessions/${otherSession}/messages`, { text: 'hello' }],
      ['GET', `/api/v1/sessions/${otherSession}/files/${OTHER_ID}`],
    ];
    for (const [method, path, body] of foreign) {
      const answer = await guest.guest.request(method, path, { body });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
    }
    const upload = await guest.guest.upload(`/api/v1/sessions/${otherSession}/files`, { name: 'x.png', type: 'image/png', bytes: PNG });
    expect(upload.status).toBe(403);

    // Nor its socket: joining another session's room is refused.
    const socket = await connect(guest.accessToken);
    expect(await socket.emitWithAck('session:join', { sessionId: otherSession })).toEqual({ ok: false, code: 'FORBIDDEN' });

    // Revoking the invite removes the guest at once.
    expect((await requester.post(`/api/v1/invites/${a.invite.id}/revoke`)).status).toBe(200);
    expect([403, 404]).toContain((await guest.guest.get(`/api/v1/sessions/${guest.sessionId}`)).status);
    const revoked = await new ApiClient(gatewayUrl).post('/api/v1/join', { token: a.token, acceptTerms: true }, { token: null });
    expect(revoked.status).toBe(422);
  });

  it('rings the requester when the guest joins the session room, and tells them when the guest leaves', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const { token } = await invite(requester);
    const guest = await join(token);
    const portal = await connect(requester.accessToken!);

    const waiting = nextEvent<{ type: string; participantId: string }>(portal, 'session.guest-waiting', guest.sessionId);
    const guestSocket = await connect(guest.accessToken);
    expect(await guestSocket.emitWithAck('session:join', { sessionId: guest.sessionId })).toEqual({ ok: true });
    expect(await waiting).toMatchObject({ type: 'session.guest-waiting', sessionId: guest.sessionId, participantId: guest.participantId });
    expect((await requester.get<{ waiting: boolean }>(`/api/v1/sessions/${guest.sessionId}`)).body.waiting).toBe(true);

    const left = nextEvent<{ type: string; participantId: string }>(portal, 'session.guest-left', guest.sessionId);
    guestSocket.close();
    expect(await left).toMatchObject({ type: 'session.guest-left', sessionId: guest.sessionId, participantId: guest.participantId });
    expect((await requester.get<{ waiting: boolean }>(`/api/v1/sessions/${guest.sessionId}`)).body.waiting).toBe(false);
  });

  it('stops sending the session events to a guest whose invite is revoked', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const session = await activeSession(requester);
    const portal = await connect(requester.accessToken!);
    expect(await portal.emitWithAck('session:join', { sessionId: session.sessionId })).toEqual({ ok: true });
    const path = `/api/v1/sessions/${session.sessionId}/messages`;

    const before = nextEvent<{ message: Message }>(session.guestSocket, 'message.posted', session.sessionId);
    await requester.post(path, { text: 'Avant' });
    expect((await before).message.text).toBe('Avant');

    type Updated = { session: { id: string; participants: Array<{ id: string }> } };
    const guestRemoved = nextEventWhere<Updated>(
      portal,
      'session.updated',
      ({ session: view }) => view.id === session.sessionId && !view.participants.some((p) => p.id === session.participantId),
    );
    const received: Message[] = [];
    session.guestSocket.on('message.posted', (event: { message: Message }) => received.push(event.message));
    expect((await requester.post(`/api/v1/invites/${session.invite.id}/revoke`)).status).toBe(200);
    await guestRemoved;

    const posted = nextEvent<{ message: Message }>(portal, 'message.posted', session.sessionId);
    expect((await requester.post(path, { text: 'Après' })).status).toBe(201);
    await posted;
    // socket.io keeps each socket's order: had the message been sent to the guest, it would precede this ack.
    await session.guestSocket.emitWithAck('session:leave', { sessionId: session.sessionId });
    expect(received).toEqual([]);
  });

  it('refuses to start before the guest is there, then carries messages both ways with a catch-up cursor', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const { api: expert } = await staffClient(DEMO_ACCOUNTS.expert);
    const early = await invite(requester);
    expect((await requester.post(`/api/v1/sessions/${early.invite.sessionId}/start`)).status).toBe(409);
    // Staff with no part in the session.
    expect([403, 404]).toContain((await expert.get(`/api/v1/sessions/${early.invite.sessionId}`)).status);
    expect([403, 404]).toContain((await expert.post(`/api/v1/sessions/${early.invite.sessionId}/start`)).status);

    const session = await activeSession(requester);
    const path = `/api/v1/sessions/${session.sessionId}/messages`;
    const pushed = nextEvent<{ message: Message }>(session.guestSocket, 'message.posted', session.sessionId);

    const first = await requester.post<Message>(path, { text: 'Bonjour, je suis là.' });
    expect(first.status).toBe(201);
    expect((await pushed).message.id).toBe(first.body.id);

    const seen = await session.guest.get<{ items: Message[]; cursor: string }>(path);
    expect(seen.status).toBe(200);
    expect(seen.body.items.filter((m) => m.kind === 'text').map((m) => m.text)).toEqual(['Bonjour, je suis là.']);
    const cursor = seen.body.cursor;

    const reply = await session.guest.post<Message>(path, { text: 'Merci, je vous entends.' });
    expect(reply.status).toBe(201);
    expect(reply.body.author.participantId).toBe(session.participantId);
    await requester.post(path, { text: 'Parfait.' });

    // A client that reconnects asks for what came after its cursor: only the new messages, in order.
    const missed = await session.guest.get<{ items: Message[]; cursor: string }>(`${path}?after=${cursor}`);
    expect(missed.body.items.map((m) => m.text)).toEqual(['Merci, je vous entends.', 'Parfait.']);
    const nothing = await session.guest.get<{ items: Message[]; cursor: string }>(`${path}?after=${missed.body.cursor}&limit=10`);
    expect(nothing.body.items).toEqual([]);

    expect((await requester.post(path, { text: '' })).status).toBe(400);
    expect((await requester.get(`${path}?after=not-a-cursor`)).status).toBe(400);
    expect([403, 404]).toContain((await expert.get(path)).status);
  });

  it('accepts PNG and PDF uploads from either side, refuses disguised and oversize files, and serves them safely', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const session = await activeSession(requester);
    const path = `/api/v1/sessions/${session.sessionId}/files`;

    const png = await session.guest.upload<Message>(path, { name: 'photo.png', type: 'image/png', bytes: PNG });
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ kind: 'file', file: { name: 'photo.png', mimeType: 'image/png', size: PNG.length } });
    const pdf = await requester.upload<Message>(path, { name: 'compte rendu é.pdf', type: 'application/pdf', bytes: PDF });
    expect(pdf.status).toBe(201);
    expect(pdf.body.file).toMatchObject({ name: 'compte rendu é.pdf', mimeType: 'application/pdf' });

    const exe = await requester.upload(path, { name: 'scan.pdf', type: 'application/pdf', bytes: EXE });
    expect(exe.status).toBe(422);
    expect(exe.body).toMatchObject({ code: 'UNPROCESSABLE', issues: [{ path: 'file', problem: 'type_not_allowed' }] });
    const oversize = Buffer.concat([PDF, Buffer.alloc(UPLOAD_MAX_BYTES + 1 - PDF.length, 0x20)]);
    const big = await requester.upload(path, { name: 'big.pdf', type: 'application/pdf', bytes: oversize });
    expect(big.status).toBe(422);
    expect(big.body).toMatchObject({ code: 'UNPROCESSABLE', issues: [{ path: 'file', problem: 'too_large' }] });
    const wrongField = await requester.upload(path, { name: 'photo.png', type: 'image/png', bytes: PNG }, { field: 'image' });
    expect(wrongField.status).toBe(400);

    const image = await requester.download(`${path}/${png.body.file!.id}`);
    expect(image.status).toBe(200);
    expect(image.bytes.equals(PNG)).toBe(true);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="photo.png"/);
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('cache-control')).toBe('private, no-store');

    const document = await session.guest.download(`${path}/${pdf.body.file!.id}`);
    expect(document.status).toBe(200);
    expect(document.bytes.equals(PDF)).toBe(true);
    expect(document.headers.get('content-type')).toBe('application/pdf');
    expect(document.headers.get('content-disposition')).toBe(
      `attachment; filename="compte rendu _.pdf"; filename*=UTF-8''compte%20rendu%20%C3%A9.pdf`,
    );
    expect((await requester.download(`${path}/${OTHER_ID}`)).status).toBe(404);
  });

  it('terminates: keep-open still takes messages, close refuses them and serves the report to staff only', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const session = await activeSession(requester);
    const base = `/api/v1/sessions/${session.sessionId}`;
    await requester.post(`${base}/messages`, { text: 'Ligne du compte rendu' });

    expect((await requester.post(`${base}/terminate`, { mode: 'later' })).status).toBe(400);
    const kept = await requester.post<{ status: string }>(`${base}/terminate`, { mode: 'keep-open' });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('kept-open');
    expect((await session.guest.post(`${base}/messages`, { text: 'Encore une question' })).status).toBe(201);

    const closed = await requester.post<{ status: string; purgeAt: string | null }>(`${base}/terminate`, { mode: 'close' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const refused = await requester.post(`${base}/messages`, { text: 'Trop tard' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONFLICT' });

    const report = await requester.download(`${base}/report.pdf`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('application/pdf');
    expect(report.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { api: expert } = await staffClient(DEMO_ACCOUNTS.expert);
    expect([403, 404]).toContain((await expert.download(`${base}/report.pdf`)).status);
  });

  it('lists the development outbox newest first, with absolute join links', async () => {
    const { api: requester } = await staffClient(DEMO_ACCOUNTS.requester);
    const { email, message } = await invite(requester, 'es');
    const outbox = await new ApiClient(gatewayUrl).get<OutboxMessage[]>('/api/v1/dev/outbox', { token: null });
    expect(outbox.status).toBe(200);
    expect(Array.isArray(outbox.body)).toBe(true);
    const dates = outbox.body.map((item) => item.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(message).toMatchObject({ channel: 'email', to: email });
    expect(message.links.some((url) => url.startsWith(`${new URL(gatewayUrl).origin}/join/`))).toBe(true);
  });

  it('documents the new routes in OpenAPI', async () => {
    const docs = await new ApiClient(gatewayUrl).get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    for (const path of [
      '/api/v1/invites',
      '/api/v1/invites/{id}/resend',
      '/api/v1/invites/{id}/revoke',
      '/api/v1/join',
      '/api/v1/join/preview',
      '/api/v1/sessions/{id}',
      '/api/v1/sessions/{id}/start',
      '/api/v1/sessions/{id}/terminate',
      '/api/v1/sessions/{id}/messages',
      '/api/v1/sessions/{id}/files',
      '/api/v1/sessions/{id}/files/{fileId}',
      '/api/v1/sessions/{id}/report.pdf',
      '/api/v1/dev/outbox',
    ]) {
      expect(docs.body.paths).toHaveProperty([path]);
    }
    expect(JSON.stringify(docs.body.paths['/api/v1/sessions/{id}/files']!.post)).toContain('multipart/form-data');
    expect(JSON.stringify(docs.body.paths['/api/v1/sessions/{id}/report.pdf']!.get)).toContain('application/pdf');
    const listParameters = (docs.body.paths['/api/v1/sessions/{id}/messages']!.get as { parameters: Array<{ name: string }> }).parameters;
    expect(listParameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['id', 'after', 'limit']));
  });
});
