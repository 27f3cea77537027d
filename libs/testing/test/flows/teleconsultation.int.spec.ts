import { ApiClient, DEMO_ACCOUNTS, eventually, joinTokenIn, nextEmitted, outboxMessageTo, testStack, watchSubject } from '@passerelle/testing';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Socket, io } from 'socket.io-client';

const stack = testStack();
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a80000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

function upload(api: ApiClient, sessionId: string, name: string, type: string, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return fetch(`${stack.gatewayUrl}/api/v1/sessions/${sessionId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.accessToken}`, 'x-forwarded-for': api.ip },
    body: form,
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

function socketFor(token: string): Socket {
  return io(stack.gatewayUrl, { path: '/ws', auth: { token }, transports: ['websocket'] });
}

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

interface Item {
  id: string;
  cursor: string;
  text: string | null;
  kind: string;
  author: { role: string };
  file: { id: string; name: string } | null;
}

describe('teleconsultation, end to end through the gateway', () => {
  const sockets: Socket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('invite → link in the outbox → join → ringing → chat with files → close → report → purge', async () => {
    const requester = new ApiClient(stack.gatewayUrl);
    await requester.login(DEMO_ACCOUNTS.requester);

    // 1. Invite a remote patient by SMS in Ukrainian.
    const created = await requester.post<{ id: string; sessionId: string; status: string }>('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'Olena', lastName: 'Kovalenko', language: 'uk', channel: 'sms', phone: '+380501234567' },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('sent');
    const { sessionId } = created.body;

    // 2. The message is in the outbox, in Ukrainian, with an absolute join link.
    const sms = await outboxMessageTo(stack.gatewayUrl, '+380501234567');
    expect(sms.channel).toBe('sms');
    expect(sms.text).toMatch(/[А-Яа-яІіЇїЄє]/);
    expect(sms.links[0]!.startsWith(`${stack.gatewayUrl}/join/`)).toBe(true);
    const token = joinTokenIn(sms);

    // 3. The guest opens the link: preview, then joins after accepting the terms.
    const guest = new ApiClient(stack.gatewayUrl);
    const preview = await guest.post<{ requesterDisplayName: string; language: string }>('/api/v1/join/preview', { token });
    expect(preview.body).toMatchObject({ requesterDisplayName: 'Amina Diallo', language: 'uk' });
    const joined = await guest.post<{ accessToken: string; sessionId: string }>('/api/v1/join', { token, acceptTerms: true });
    expect(joined.status).toBe(200);
    expect(joined.body.sessionId).toBe(sessionId);
    guest.accessToken = joined.body.accessToken;

    // 4. The requester's socket rings when the guest's socket enters the session.
    const requesterSocket = socketFor(requester.accessToken!);
    sockets.push(requesterSocket);
    await nextEmitted(requesterSocket, 'ready');
    const ringing = nextEmitted<{ sessionId: string }>(requesterSocket, 'session.guest-waiting', (e) => e.sessionId === sessionId);
    const guestSocket = socketFor(guest.accessToken);
    sockets.push(guestSocket);
    const joinAck = await new Promise<{ ok: boolean }>((resolve) => guestSocket.emit('session:join', { sessionId }, resolve));
    expect(joinAck.ok).toBe(true);
    await ringing;
    expect((await requester.get<{ waiting: boolean }>(`/api/v1/sessions/${sessionId}`)).body.waiting).toBe(true);

    // 5. Start, then messages both ways, pushed live to the guest.
    expect((await requester.post(`/api/v1/sessions/${sessionId}/start`)).status).toBeLessThan(300);
    const pushed = nextEmitted<{ message: { text: string } }>(guestSocket, 'message.posted', (e) => e.message.text === 'Bonjour, how are you feeling today?');
    expect((await requester.post(`/api/v1/sessions/${sessionId}/messages`, { text: 'Bonjour, how are you feeling today?' })).status).toBe(201);
    await pushed;
    const guestPost = await guest.post<Item>(`/api/v1/sessions/${sessionId}/messages`, { text: 'Better since yesterday.' });
    expect(guestPost.status).toBe(201);

    // A client that was away catches up from its cursor, without duplicates.
    const firstPage = await guest.get<{ items: Item[]; cursor: string }>(`/api/v1/sessions/${sessionId}/messages`);
    const texts = firstPage.body.items.filter((m) => m.kind === 'text').map((m) => m.text);
    expect(texts).toEqual(['Bonjour, how are you feeling today?', 'Better since yesterday.']);
    await requester.post(`/api/v1/sessions/${sessionId}/messages`, { text: 'Please send a photo of the wound.' });
    const catchUp = await guest.get<{ items: Item[]; cursor: string }>(
      `/api/v1/sessions/${sessionId}/messages?after=${firstPage.body.cursor}`,
    );
    expect(catchUp.body.items.map((m) => m.text)).toEqual(['Please send a photo of the wound.']);
    expect((await guest.get<{ items: Item[] }>(`/api/v1/sessions/${sessionId}/messages?after=${catchUp.body.cursor}`)).body.items).toEqual([]);

    // 6. Files: a photo from the guest and a PDF from the requester; a renamed .exe and an oversize file refused.
    const photo = await upload(guest, sessionId, 'wound.png', 'image/png', PNG);
    expect(photo.status).toBe(201);
    expect(photo.body.file).toMatchObject({ name: 'wound.png', mimeType: 'image/png' });
    const letter = await upload(requester, sessionId, 'prescription.pdf', 'application/pdf', PDF);
    expect(letter.status).toBe(201);
    const disguised = await upload(guest, sessionId, 'results.pdf', 'application/pdf', EXE);
    expect(disguised.status).toBe(422);
    expect(disguised.body).toMatchObject({ code: 'UNPROCESSABLE', issues: [{ path: 'file', problem: 'type_not_allowed' }] });
    const oversize = await upload(guest, sessionId, 'huge.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(oversize.status).toBe(422);
    expect(oversize.body.issues).toEqual([{ path: 'file', problem: 'too_large' }]);
    const download = await fetch(`${stack.gatewayUrl}/api/v1/sessions/${sessionId}/files/${photo.body.file.id}`, {
      headers: { authorization: `Bearer ${requester.accessToken}` },
    });
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);

    // 7. Close: the report holds the chat lines and attachment names; new messages are refused.
    const chatPurges = await watchSubject<{ sessionId: string }>(stack.natsUrl, 'evt.chat.session-purged.v1');
    const invitePurges = await watchSubject<{ sessionId: string; invitesDeleted: number }>(
      stack.natsUrl,
      'evt.invitations.session-invites-purged.v1',
    );
    const closed = await requester.post<{ status: string; purgeAt: string }>(`/api/v1/sessions/${sessionId}/terminate`, { mode: 'close' });
    expect(closed.body.status).toBe('closed');
    const report = await fetch(`${stack.gatewayUrl}/api/v1/sessions/${sessionId}/report.pdf`, {
      headers: { authorization: `Bearer ${requester.accessToken}` },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await report.arrayBuffer()));
    for (const line of ['Bonjour, how are you feeling today?', 'Better since yesterday.', 'wound.png', 'prescription.pdf', 'Olena Kovalenko']) {
      expect(text).toContain(line);
    }
    const refused = await guest.post(`/api/v1/sessions/${sessionId}/messages`, { text: 'one more thing' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONFLICT' });

    // 8. After the grace (a few seconds in the test stack): nothing of that session remains, the receipt does.
    await chatPurges.next((e) => e.sessionId === sessionId, 60_000);
    expect((await invitePurges.next((e) => e.sessionId === sessionId, 30_000)).invitesDeleted).toBe(1);
    await Promise.all([chatPurges.close(), invitePurges.close()]);
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const tables = await db.query<{ table_schema: string; table_name: string }>(
        `SELECT c.table_schema, c.table_name FROM information_schema.columns c
         WHERE c.column_name = 'session_id' AND c.table_schema IN ('chat', 'invitations') AND c.table_name <> 'deletion_receipts'`,
      );
      expect(tables.rows.length).toBeGreaterThan(2);
      // Invitations announces its purge from inside the deleting transaction (at-least-once, deduplicated
      // by a derived event id), so its delete may become visible a moment after the event.
      const remaining = await eventually(async () => {
        const counts: Record<string, number> = {};
        for (const { table_schema, table_name } of tables.rows) {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM "${table_schema}"."${table_name}" WHERE session_id = $1`, [sessionId]);
          if (rows[0].n > 0) counts[`${table_schema}.${table_name}`] = rows[0].n;
        }
        return Object.keys(counts).length === 0 ? counts : undefined;
      }, 'every row of the session to be gone', 10_000);
      expect(remaining).toEqual({});
      const receipt = await db.query('SELECT counts FROM chat.deletion_receipts WHERE session_id = $1', [sessionId]);
      expect(receipt.rows).toHaveLength(1);
      expect(receipt.rows[0].counts).toMatchObject({ messages: expect.any(Number), files: 2 });
      expect(JSON.stringify(receipt.rows[0].counts)).not.toMatch(/Olena|Kovalenko|wound/);
    } finally {
      await db.end();
    }
    expect((await requester.get(`/api/v1/sessions/${sessionId}`)).status).toBe(404);
    expect((await guest.post('/api/v1/join/preview', { token })).status).toBe(404);

    // 9. Nothing the patient or the requester wrote or sent, and no contact detail, reached a log.
    const logs = readdirSync(stack.logDir).map((file) => readFileSync(join(stack.logDir, file), 'utf8')).join('\n');
    for (const secret of ['Olena', 'Kovalenko', '+380501234567', 'how are you feeling', 'Better since yesterday', 'wound.png', 'prescription.pdf', token]) {
      expect({ secret, inLogs: logs.includes(secret) }).toEqual({ secret, inLogs: false });
    }
  });
});
