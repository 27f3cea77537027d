// The chat service as the stack runs it (services/chat/dist/main.js), asked over the private NATS of the
// test stack in Nest's wire format, with its realtime pushes, object store, database rows and purge
// observed where they really land. The stack runs with CLOSE_GRACE_SECONDS=3 (libs/testing test-stack).
import {
  CHAT_FILES_BUCKET,
  CHAT_REPORTS_BUCKET,
  CHAT_UPLOADS_BUCKET,
  EventPayload,
  GuestActor,
  Message,
  REALTIME_SUBJECT,
  RealtimePush,
  StaffActor,
  chatFileAttach,
  chatFileGet,
  chatMessageList,
  chatMessagePost,
  chatParticipantJoinGuest,
  chatParticipantRemoveByInvite,
  chatPresenceUpdate,
  chatReportRender,
  chatSessionCreate,
  chatSessionGet,
  chatSessionStart,
  chatSessionSummaries,
  chatSessionTerminate,
  realtimePushSchema,
  sessionInvitesPurged,
  sessionPurged,
  sessionRoom,
  userRoom,
} from '@passerelle/contracts';
import { NestWire, SubjectWatch, connectNestWire, eventually, testStack, watchSubject } from '@passerelle/testing';
import Redis from 'ioredis';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EXE, PDF, PNG, SIGNAL_TIMEOUT_MS, chatObjects } from './chat-test-kit';

const { natsUrl, databaseUrl, redisUrl } = testStack();

describe('chat service', () => {
  let chat: NestWire;
  let objects: ReturnType<typeof chatObjects>;
  let db: Client;
  let redis: Redis;
  let pushes: SubjectWatch<RealtimePush>;
  let purges: SubjectWatch<EventPayload<typeof sessionPurged>>;

  const organisationId = randomUUID();
  const ownerUserId = randomUUID();
  const staff: StaffActor = { kind: 'staff', userId: ownerUserId, organisationId, roles: ['requester'] };
  const inviteId = randomUUID();
  let sessionId: string;
  let ownerParticipantId: string;
  let guest: GuestActor;

  beforeAll(async () => {
    chat = await connectNestWire(natsUrl, 'chat-int-spec', SIGNAL_TIMEOUT_MS);
    objects = chatObjects(chat.nc);
    pushes = await watchSubject(natsUrl, REALTIME_SUBJECT, (data) => realtimePushSchema.parse(data));
    purges = await watchSubject(natsUrl, sessionPurged.subject, (data) => sessionPurged.payload.parse(data));
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    redis = new Redis(redisUrl);
  });

  afterAll(async () => {
    await Promise.all([chat?.close(), pushes?.close(), purges?.close()]);
    await db?.end();
    redis?.disconnect();
  });

  const ok: NestWire['ok'] = (contract, data) => chat.ok(contract, data);
  const refused: NestWire['refused'] = (contract, data) => chat.refused(contract, data);
  const upload = (bytes: Uint8Array) => objects.put(CHAT_UPLOADS_BUCKET, bytes);

  it('creates a session with its owner, and lets a guest join once per invite', async () => {
    const created = await ok(chatSessionCreate, { organisationId, ownerUserId, ownerDisplayName: 'Amina Diallo' });
    sessionId = created.sessionId;
    ownerParticipantId = created.ownerParticipantId;

    const joined = await ok(chatParticipantJoinGuest, { sessionId, inviteId, displayName: 'Jeanne Dupont', role: 'patient' });
    const again = await ok(chatParticipantJoinGuest, { sessionId, inviteId, displayName: 'Jeanne Dupont', role: 'patient' });
    expect(again.participantId).toBe(joined.participantId);
    expect(joined.sessionStatus).toBe('open');
    guest = { kind: 'guest', participantId: joined.participantId, sessionId, inviteId };

    const view = await ok(chatSessionGet, { actor: staff, sessionId });
    expect(view).toMatchObject({ status: 'open', waiting: false, ownerUserId, organisationId, startedAt: null });
    expect(view.participants).toEqual([
      { id: ownerParticipantId, kind: 'staff', role: 'requester', displayName: 'Amina Diallo', present: false },
      { id: guest.participantId, kind: 'guest', role: 'patient', displayName: 'Jeanne Dupont', present: false },
    ]);
  });

  it('refuses to start before the invitee is connected', async () => {
    const err = await refused(chatSessionStart, { actor: staff, sessionId });
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'The invitee is not connected yet' });
  });

  it('rings the requester when the guest connects, and counts their tabs', async () => {
    const ringing = pushes.next((p) => p.event.type === 'session.guest-waiting' && p.event.sessionId === sessionId, SIGNAL_TIMEOUT_MS);
    expect(await ok(chatPresenceUpdate, { actor: guest, sessionId, connectionId: 'guest-tab-1', present: true })).toEqual({
      participantId: guest.participantId,
      present: true,
    });
    const push = await ringing;
    expect(push.rooms).toEqual(expect.arrayContaining([userRoom(ownerUserId), sessionRoom(sessionId)]));
    expect(push.event).toEqual({
      type: 'session.guest-waiting',
      sessionId,
      participantId: guest.participantId,
      displayName: 'Jeanne Dupont',
    });

    // A second tab, then the first one closes: still present, still waiting.
    await ok(chatPresenceUpdate, { actor: guest, sessionId, connectionId: 'guest-tab-2', present: true });
    await ok(chatPresenceUpdate, { actor: guest, sessionId, connectionId: 'guest-tab-1', present: false });
    await ok(chatPresenceUpdate, { actor: staff, sessionId, connectionId: 'staff-tab', present: true });
    const view = await ok(chatSessionGet, { actor: staff, sessionId });
    expect(view.waiting).toBe(true);
    expect(view.participants.every((p) => p.present)).toBe(true);
    expect((await ok(chatSessionSummaries, { actor: staff, sessionIds: [sessionId, randomUUID()] })).items).toEqual([
      { id: sessionId, status: 'open', waiting: true, startedAt: null, terminatedAt: null, purgeAt: null },
    ]);
    expect(pushes.has((p) => p.event.type === 'session.guest-left' && p.event.sessionId === sessionId)).toBe(false);
  });

  it('starts the session, tells the room and writes it into the thread', async () => {
    const updated = pushes.next(
      (p) => p.event.type === 'session.updated' && p.event.session.id === sessionId && p.event.session.status === 'active',
      SIGNAL_TIMEOUT_MS,
    );
    const view = await ok(chatSessionStart, { actor: staff, sessionId });
    expect(view.status).toBe('active');
    expect(view.waiting).toBe(false);
    expect(view.startedAt).not.toBeNull();
    expect((await updated).rooms).toEqual(expect.arrayContaining([sessionRoom(sessionId), userRoom(ownerUserId)]));

    const err = await refused(chatSessionStart, { actor: staff, sessionId });
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'The session has already started' });

    const { items } = await ok(chatMessageList, { actor: guest, sessionId });
    expect(items.map((m) => [m.kind, m.event?.type])).toEqual([['event', 'session.started']]);
  });

  it('exchanges messages both ways, stores a retried post once and catches up from a cursor', async () => {
    const { cursor: before } = await ok(chatMessageList, { actor: staff, sessionId });
    const clientMessageId = randomUUID();
    const fromStaff = await ok(chatMessagePost, { actor: staff, sessionId, text: 'Hello from the requester', clientMessageId });
    expect(fromStaff.author).toEqual({ participantId: ownerParticipantId, displayName: 'Amina Diallo', role: 'requester' });

    const posted = pushes.next((p) => p.event.type === 'message.posted' && p.event.message.text === 'Hello from the guest', SIGNAL_TIMEOUT_MS);
    const fromGuest = await ok(chatMessagePost, { actor: guest, sessionId, text: 'Hello from the guest' });
    const push = await posted;
    expect(push.rooms).toEqual([sessionRoom(sessionId)]);
    expect(push.event).toEqual({ type: 'message.posted', sessionId, message: fromGuest });

    // The requester's network cut: the same post is sent again.
    const retried = await ok(chatMessagePost, { actor: staff, sessionId, text: 'Hello from the requester', clientMessageId });
    expect(retried.id).toBe(fromStaff.id);

    const caughtUp = await ok(chatMessageList, { actor: guest, sessionId, after: before! });
    expect(caughtUp.items.map((m: Message) => m.text)).toEqual(['Hello from the requester', 'Hello from the guest']);
    expect(caughtUp.cursor).toBe(fromGuest.cursor);
    expect(BigInt(fromGuest.cursor)).toBeGreaterThan(BigInt(fromStaff.cursor));

    const page = await ok(chatMessageList, { actor: staff, sessionId, after: before!, limit: 1 });
    expect(page.items.map((m) => m.id)).toEqual([fromStaff.id]);
    const nothingNew = await ok(chatMessageList, { actor: staff, sessionId, after: caughtUp.cursor! });
    expect(nothingNew).toEqual({ items: [], cursor: caughtUp.cursor });
  });

  it('keeps everyone else out', async () => {
    const otherOrgAdmin: StaffActor = { kind: 'staff', userId: randomUUID(), organisationId: randomUUID(), roles: ['admin'] };
    const colleague: StaffActor = { kind: 'staff', userId: randomUUID(), organisationId, roles: ['requester'] };
    const otherSession = await ok(chatSessionCreate, { organisationId, ownerUserId: colleague.userId, ownerDisplayName: 'Other' });
    const strayGuest: GuestActor = { ...guest, sessionId: otherSession.sessionId };

    expect(await refused(chatSessionGet, { actor: otherOrgAdmin, sessionId })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(chatMessageList, { actor: colleague, sessionId })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(chatSessionGet, { actor: strayGuest, sessionId: otherSession.sessionId })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(chatSessionTerminate, { actor: guest, sessionId, mode: 'close' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(chatReportRender, { actor: guest, sessionId })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(chatSessionSummaries, { actor: guest, sessionIds: [sessionId] })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(chatSessionSummaries, { actor: colleague, sessionIds: [sessionId] })).items).toEqual([]);
    expect(await refused(chatSessionGet, { actor: staff, sessionId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });

    expect(await refused(chatPresenceUpdate, { actor: colleague, sessionId, connectionId: 'c', present: true })).toMatchObject({
      code: 'FORBIDDEN',
    });

    // An admin of the organisation may read it and watch the room, without being counted as a participant.
    const admin: StaffActor = { ...colleague, roles: ['admin'] };
    expect((await ok(chatSessionGet, { actor: admin, sessionId })).id).toBe(sessionId);
    for (const present of [true, false]) {
      expect(await ok(chatPresenceUpdate, { actor: admin, sessionId, connectionId: 'admin-tab', present })).toEqual({
        participantId: null,
        present: false,
      });
    }
  });

  const attached: Message[] = [];

  it('accepts a PNG and a PDF from either side, and tells where they are', async () => {
    const png = await ok(chatFileAttach, { actor: guest, sessionId, uploadObject: await upload(PNG), fileName: 'scan.png' });
    const pdf = await ok(chatFileAttach, { actor: staff, sessionId, uploadObject: await upload(PDF), fileName: 'prescription.pdf' });
    attached.push(png, pdf);
    expect(png).toMatchObject({ kind: 'file', file: { name: 'scan.png', mimeType: 'image/png', size: PNG.length } });
    expect(pdf).toMatchObject({ kind: 'file', file: { name: 'prescription.pdf', mimeType: 'application/pdf', size: PDF.length } });

    const where = await ok(chatFileGet, { actor: staff, sessionId, fileId: png.file!.id });
    expect(where).toMatchObject({ bucket: CHAT_FILES_BUCKET, objectName: `${sessionId}/${png.file!.id}`, mimeType: 'image/png' });
    expect(Buffer.from((await objects.read(CHAT_FILES_BUCKET, where.objectName))!)).toEqual(PNG);
    expect(await refused(chatFileGet, { actor: guest, sessionId, fileId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['an .exe renamed .pdf', EXE, 'type_not_allowed'],
    ['a file over the size cap', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]), 'too_large'],
    ['an empty file', Buffer.alloc(0), 'empty'],
  ])('refuses %s with a clear issue, and deletes the upload', async (_what, bytes, problem) => {
    const uploadObject = await upload(bytes);
    const err = await refused(chatFileAttach, { actor: guest, sessionId, uploadObject, fileName: 'document.pdf' });
    expect(err).toMatchObject({ code: 'UNPROCESSABLE', issues: [{ path: 'file', problem }] });
    expect(await objects.gone(CHAT_UPLOADS_BUCKET, uploadObject)).toBe(true);
  });

  it('keeps a terminated session open for more messages', async () => {
    const view = await ok(chatSessionTerminate, { actor: staff, sessionId, mode: 'keep-open' });
    expect(view).toMatchObject({ status: 'kept-open', purgeAt: null });
    expect(view.terminatedAt).not.toBeNull();
    const later = await ok(chatMessagePost, { actor: guest, sessionId, text: 'One more question after the call' });
    expect(later.kind).toBe('text');
  });

  let reportObject: string;

  it('renders the report as a PDF holding the participants, the chat lines and the attachment names', async () => {
    const report = await ok(chatReportRender, { actor: staff, sessionId });
    expect(report.bucket).toBe(CHAT_REPORTS_BUCKET);
    reportObject = report.objectName;
    const bytes = (await objects.read(CHAT_REPORTS_BUCKET, report.objectName))!;
    expect(bytes.length).toBe(report.size);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes) }).toString('utf8');
    for (const line of [
      'Amina Diallo',
      'Jeanne Dupont',
      'Hello from the requester',
      'Hello from the guest',
      'One more question after the call',
      'scan.png',
      'prescription.pdf',
      'Session started',
    ]) {
      expect(text).toContain(line);
    }
    expect(text.match(/Hello from the requester/g)).toHaveLength(1);
  });

  let messagesBeforePurge: number;

  it('closes: refuses new messages and a restart, stays readable by its staff until the purge', async () => {
    const view = await ok(chatSessionTerminate, { actor: staff, sessionId, mode: 'close' });
    expect(view.status).toBe('closed');
    expect(new Date(view.purgeAt!).getTime() - new Date(view.terminatedAt!).getTime()).toBe(3000);

    expect(await refused(chatMessagePost, { actor: guest, sessionId, text: 'Too late' })).toEqual({
      code: 'CONFLICT',
      message: 'The session is closed: it accepts no new messages',
    });
    expect(await refused(chatSessionStart, { actor: staff, sessionId })).toMatchObject({ code: 'CONFLICT' });
    const { items } = await ok(chatMessageList, { actor: staff, sessionId });
    messagesBeforePurge = items.length;
    expect(items.at(-1)?.event?.type).toBe('session.closed');
  });

  it('purges every row, file, report and presence key of the session after the grace, and leaves a receipt', async () => {
    const event = await purges.next((e) => e.sessionId === sessionId, SIGNAL_TIMEOUT_MS);
    expect(event.organisationId).toBe(organisationId);

    for (const [table, column] of [
      ['sessions', 'id'],
      ['participants', 'session_id'],
      ['messages', 'session_id'],
      ['files', 'session_id'],
    ]) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM chat.${table} WHERE ${column} = $1`, [sessionId]);
      expect({ table, rows: rows[0].n }).toEqual({ table, rows: 0 });
    }
    const { rows: receipts } = await db.query('SELECT purged_at, counts FROM chat.deletion_receipts WHERE session_id = $1', [
      sessionId,
    ]);
    expect(receipts).toHaveLength(1);
    expect(receipts[0].counts).toMatchObject({ messages: messagesBeforePurge, files: 2, participants: 2, reports: 1 });

    for (const message of attached) expect(await objects.gone(CHAT_FILES_BUCKET, `${sessionId}/${message.file!.id}`)).toBe(true);
    expect(await objects.gone(CHAT_REPORTS_BUCKET, reportObject)).toBe(true);
    expect(await redis.exists(`chat:presence:${sessionId}:${guest.participantId}`, `chat:presence:${sessionId}:${ownerParticipantId}`)).toBe(0);

    expect(await refused(chatSessionGet, { actor: staff, sessionId })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deletion receipt', () => {
  it('adds the invites that invitations deleted for a purged session', async () => {
    const chat = await connectNestWire(natsUrl, 'chat-int-spec-receipt', SIGNAL_TIMEOUT_MS);
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const sessionId = randomUUID();
      const event = sessionInvitesPurged.payload.parse({
        id: randomUUID(),
        occurredAt: new Date().toISOString(),
        sessionId,
        invitesDeleted: 3,
      });
      await chat.nc.jetstream().publish(sessionInvitesPurged.subject, JSON.stringify(event), { msgID: event.id });
      // The consumer's only signal is its row: ask for it again until it is there, within a deadline.
      const counts = await eventually(
        async () => (await db.query('SELECT counts FROM chat.deletion_receipts WHERE session_id = $1', [sessionId])).rows[0]?.counts,
        'the receipt row',
        SIGNAL_TIMEOUT_MS,
      );
      expect(counts).toEqual({ invitesDeleted: 3 });
    } finally {
      await db.end();
      await chat.close();
    }
  });
});

describe('waiting room and revocation', () => {
  it('tracks the waiting guest across tabs, then shuts them out at once when the invite is revoked', async () => {
    const chat = await connectNestWire(natsUrl, 'chat-int-spec-revoke', SIGNAL_TIMEOUT_MS);
    const pushes = await watchSubject(natsUrl, REALTIME_SUBJECT, (data) => realtimePushSchema.parse(data));
    try {
      const organisationId = randomUUID();
      const ownerUserId = randomUUID();
      const inviteId = randomUUID();
      const staff: StaffActor = { kind: 'staff', userId: ownerUserId, organisationId, roles: ['requester'] };
      const { sessionId } = await chat.ok(chatSessionCreate, { organisationId, ownerUserId, ownerDisplayName: 'Owner' });
      const joined = await chat.ok(chatParticipantJoinGuest, { sessionId, inviteId, displayName: 'Guest', role: 'guest' });
      const guest: GuestActor = { kind: 'guest', participantId: joined.participantId, sessionId, inviteId };
      const presence = (connectionId: string, present: boolean) =>
        chat.ok(chatPresenceUpdate, { actor: guest, sessionId, connectionId, present });
      const isLeft = (p: RealtimePush) => p.event.type === 'session.guest-left' && p.event.sessionId === sessionId;
      const isWaiting = (p: RealtimePush) => p.event.type === 'session.guest-waiting' && p.event.sessionId === sessionId;

      // Two tabs; closing one keeps the guest waiting, closing the last one takes them out, reconnecting rings again.
      await presence('tab-1', true);
      await presence('tab-2', true);
      expect(await presence('tab-2', false)).toEqual({ participantId: guest.participantId, present: true });
      const firstLeft = pushes.next(isLeft, SIGNAL_TIMEOUT_MS);
      expect(await presence('tab-1', false)).toEqual({ participantId: guest.participantId, present: false });
      await firstLeft;
      expect((await chat.ok(chatSessionGet, { actor: staff, sessionId })).waiting).toBe(false);
      const ringsAgain = pushes.next(isWaiting, SIGNAL_TIMEOUT_MS, 2);
      await presence('tab-3', true);
      await ringsAgain;
      expect((await chat.ok(chatSessionGet, { actor: staff, sessionId })).waiting).toBe(true);

      const left = pushes.next(isLeft, SIGNAL_TIMEOUT_MS, 2);
      const updated = pushes.next((p) => p.event.type === 'session.updated' && p.event.session.id === sessionId, SIGNAL_TIMEOUT_MS);
      expect(await chat.ok(chatParticipantRemoveByInvite, { sessionId, inviteId })).toEqual({ removed: 1 });
      expect((await left).event).toEqual({ type: 'session.guest-left', sessionId, participantId: guest.participantId });
      // The gateway drops the sockets of guests the room no longer lists.
      const { event } = await updated;
      expect(event.type === 'session.updated' && event.session.participants.map((p) => p.kind)).toEqual(['staff']);

      expect(await chat.refused(chatSessionGet, { actor: guest, sessionId })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await chat.refused(chatMessageList, { actor: guest, sessionId })).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await chat.refused(chatParticipantJoinGuest, { sessionId, inviteId, displayName: 'Guest', role: 'guest' }),
      ).toMatchObject({ code: 'FORBIDDEN' });
      const view = await chat.ok(chatSessionGet, { actor: staff, sessionId });
      expect(view).toMatchObject({ waiting: false, participants: [{ kind: 'staff' }] });
      expect(await chat.ok(chatParticipantRemoveByInvite, { sessionId, inviteId })).toEqual({ removed: 0 });
    } finally {
      await Promise.all([chat.close(), pushes.close()]);
    }
  });
});
