// Tele-expertise through the gateway, as the requester portal and the expert console use it: form
// validation on the server, the atomic take under real concurrent calls, who may read what, the answer
// e-mail, transfers to a colleague, the PDF export and the queue figures.
import { ApiClient, DEMO_ACCOUNTS, eventually, outboxMessageTo, randomNir, solidPng, testStack } from '@passerelle/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import { DEMO_SERVICE_NAME as SEEDED_SERVICE } from '../src/infra/demo-seed';

const { gatewayUrl, databaseUrl } = testStack();

interface ErrorBody {
  code: string;
  message: string;
  issues?: { path: string; problem: string }[];
}
interface ExpertiseType {
  id: string;
  name: string;
  form: { fields: { key: string; required: boolean }[] };
}
interface ServiceAdmin {
  id: string;
  name: string;
  establishment: string;
  specialty: string;
  expertiseTypeIds: string[];
  expertUserIds: string[];
  active: boolean;
}
interface Detail {
  id: string;
  status: string;
  queueId: string;
  requesterUserId: string;
  takenByUserId: string | null;
  unread: boolean;
  sessionId: string | null;
  patient: { id: string; lastName: string };
  documents: { id: string; name: string; mimeType: string }[];
  thread: { kind: string; text: string | null; authorUserId: string }[];
  transfers: { fromUserId: string; toUserId: string; note: string | null }[];
}
interface Summary {
  id: string;
  status: string;
  unread: boolean;
}

let db: Client;
let requester: ApiClient;
let expert: ApiClient;
let secondExpert: ApiClient;
let colleague: ApiClient;
let stranger: ApiClient;
let admin: ApiClient;
const users: Record<string, { id: string; email: string }> = {};
let dermatology: ExpertiseType;
let demoQueue: ServiceAdmin;

/** A staff user of the demo organisation, with the demo password (its hash copied from a demo account). */
async function staffUser(label: string, roles: string[]): Promise<ApiClient> {
  const email = `${label}-${randomUUID()}@demo.test`;
  const {
    rows: [row],
  } = await db.query<{ id: string }>(
    `INSERT INTO identity.staff_users (organisation_id, email, display_name, password_hash, roles)
     SELECT organisation_id, $1, $2, password_hash, $3 FROM identity.staff_users WHERE email = $4 RETURNING id`,
    [email, `Dr. ${label}`, roles, DEMO_ACCOUNTS.requester],
  );
  const client = new ApiClient(gatewayUrl);
  await client.login(email);
  users[label] = { id: row!.id, email };
  return client;
}

const consent = () => ({ givenBy: 'patient', recordedAt: new Date().toISOString() });

async function newPatient(api = requester): Promise<string> {
  const response = await api.post<{ id: string }>('/api/v1/patients', {
    lastName: 'Morel',
    firstName: 'Mathilde',
    birthDate: '1961-07-02',
    nir: randomNir(),
    consent: consent(),
  });
  if (response.status !== 201) throw new Error(`patient: ${response.status}`);
  return response.body.id;
}

const completeForm = () => ({ lesionLocation: 'left forearm', duration: '1 to 4 weeks', itching: true, question: 'Eczema or psoriasis?' });

async function draft(form: Record<string, unknown> = completeForm(), queueId = demoQueue.id, api = requester): Promise<Detail> {
  const response = await api.post<Detail>('/api/v1/expertise/requests', {
    typeId: dermatology.id,
    queueId,
    patientId: await newPatient(api),
    language: 'fr',
    form,
    consent: consent(),
  });
  if (response.status !== 201) throw new Error(`draft: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function sentRequest(queueId = demoQueue.id): Promise<Detail> {
  const created = await draft(completeForm(), queueId);
  const sent = await requester.post<Detail>(`/api/v1/expertise/requests/${created.id}/send`);
  expect(sent.status).toBe(200);
  return sent.body;
}

beforeAll(async () => {
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
  requester = new ApiClient(gatewayUrl);
  users.requester = { id: (await requester.login(DEMO_ACCOUNTS.requester)).user.id, email: DEMO_ACCOUNTS.requester };
  expert = new ApiClient(gatewayUrl);
  users.expert = { id: (await expert.login(DEMO_ACCOUNTS.expert)).user.id, email: DEMO_ACCOUNTS.expert };
  admin = new ApiClient(gatewayUrl);
  await admin.login(DEMO_ACCOUNTS.admin);
  secondExpert = await staffUser('second-expert', ['expert']);
  colleague = await staffUser('colleague', ['requester']);
  stranger = await staffUser('stranger', ['requester']);

  // The demo seed: the two types and the queue holding the demo expert (browser tests sharing the stack may
  // have added others). The administrator adds the second expert.
  const types = await requester.get<{ items: ExpertiseType[] }>('/api/v1/expertise/types');
  expect(types.body.items.map((t) => t.name)).toEqual(expect.arrayContaining(['Dermatology', 'Infectious diseases']));
  dermatology = types.body.items.find((t) => t.name === 'Dermatology')!;
  const services = await admin.get<{ items: ServiceAdmin[] }>('/api/v1/expertise/admin/services');
  const seeded = services.body.items.find((s) => s.name === SEEDED_SERVICE)!;
  expect(seeded.expertUserIds).toContain(users.expert!.id);
  const { id, ...body } = seeded;
  delete (body as Partial<ServiceAdmin> & { createdAt?: string }).createdAt;
  const updated = await admin.request<ServiceAdmin>('PUT', `/api/v1/expertise/admin/services/${id}`, {
    body: { ...body, expertUserIds: [...seeded.expertUserIds, users['second-expert']!.id] },
  });
  expect(updated.status).toBe(200);
  demoQueue = updated.body;
});

afterAll(async () => {
  await db?.end();
});

describe('tele-expertise requests', () => {
  it('lists the destination services handling a type, for the requester to choose from', async () => {
    const infectious = (await requester.get<{ items: ExpertiseType[] }>('/api/v1/expertise/types')).body.items.find(
      (t) => t.name === 'Infectious diseases',
    )!;
    const handling = await requester.get<{ items: { id: string; expertiseTypeIds: string[]; expertUserIds?: string[] }[] }>(
      `/api/v1/expertise/services?typeId=${infectious.id}`,
    );
    expect(handling.status).toBe(200);
    expect(handling.body.items.map((s) => s.id)).toEqual([demoQueue.id]);
    expect(handling.body.items[0]!.expertUserIds).toBeUndefined(); // members are for administrators
    expect((await requester.get('/api/v1/expertise/admin/services')).status).toBe(403);
    expect((await requester.post('/api/v1/expertise/types', { name: 'X', form: { fields: [] } })).status).toBe(403);
  });

  it('refuses on the server to send a form with a missing mandatory field (422, the field named), then sends it once complete', async () => {
    const created = await draft({ lesionLocation: 'scalp', duration: 'Less than a week' });
    expect(created.status).toBe('draft');

    const refused = await requester.post<ErrorBody>(`/api/v1/expertise/requests/${created.id}/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UNPROCESSABLE');
    expect(refused.body.issues).toEqual([{ path: 'form.question', problem: 'required' }]);

    const wrongChoice = await requester.request<ErrorBody>('PUT', `/api/v1/expertise/requests/${created.id}/form`, {
      body: { form: { ...completeForm(), duration: 'forever' } },
    });
    expect(wrongChoice.status).toBe(200);
    const stillRefused = await requester.post<ErrorBody>(`/api/v1/expertise/requests/${created.id}/send`);
    expect(stillRefused.status).toBe(422);
    expect(stillRefused.body.issues).toEqual([{ path: 'form.duration', problem: 'not_an_option' }]);

    await requester.request('PUT', `/api/v1/expertise/requests/${created.id}/form`, { body: { form: completeForm() } });
    const sent = await requester.post<Detail>(`/api/v1/expertise/requests/${created.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
    const again = await requester.post<ErrorBody>(`/api/v1/expertise/requests/${created.id}/send`);
    expect(again.status).toBe(409);
  });

  it('gives a request to exactly one of two experts taking it at the same moment; the other gets a clear 409', async () => {
    for (let round = 0; round < 5; round++) {
      const request = await sentRequest();
      const [first, second] = await Promise.all([
        expert.post<Detail | ErrorBody>(`/api/v1/expertise/requests/${request.id}/take`),
        secondExpert.post<Detail | ErrorBody>(`/api/v1/expertise/requests/${request.id}/take`),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = first.status === 200 ? first : second;
      const loser = first.status === 200 ? second : first;
      expect((loser.body as ErrorBody).code).toBe('CONFLICT');
      expect((loser.body as ErrorBody).message).toMatch(/another expert/i);
      const winnerId = first.status === 200 ? users.expert!.id : users['second-expert']!.id;
      expect((winner.body as Detail).takenByUserId).toBe(winnerId);

      const { rows } = await db.query(`SELECT status, taken_by_user_id FROM expertise.requests WHERE id = $1`, [request.id]);
      expect(rows).toEqual([{ status: 'taken', taken_by_user_id: winnerId }]);
      const taken = await db.query(`SELECT count(*)::int AS n FROM expertise.thread_entries WHERE request_id = $1 AND kind = 'taken'`, [request.id]);
      expect(taken.rows[0].n).toBe(1);
      // The winner retrying (an answer lost on the network) still holds it; the other still cannot.
      const winnerClient = winnerId === users.expert!.id ? expert : secondExpert;
      const loserClient = winnerId === users.expert!.id ? secondExpert : expert;
      expect((await winnerClient.post(`/api/v1/expertise/requests/${request.id}/take`)).status).toBe(200);
      expect((await loserClient.post(`/api/v1/expertise/requests/${request.id}/take`)).status).toBe(409);
    }
  });

  it('lets the expert who took it release it back to the queue, where another expert may take it', async () => {
    const request = await sentRequest();
    expect((await expert.post(`/api/v1/expertise/requests/${request.id}/take`)).status).toBe(200);
    expect((await secondExpert.post(`/api/v1/expertise/requests/${request.id}/release`)).status).toBe(403);
    const released = await expert.post<Detail>(`/api/v1/expertise/requests/${request.id}/release`);
    expect(released.body.status).toBe('sent');
    const retaken = await secondExpert.post<Detail>(`/api/v1/expertise/requests/${request.id}/take`);
    expect(retaken.status).toBe(200);
    expect(retaken.body.takenByUserId).toBe(users['second-expert']!.id);
  });

  it('hides a request from other requesters, and from experts outside its queue', async () => {
    const request = await sentRequest();
    for (const outsider of [stranger, colleague]) {
      const read = await outsider.get<ErrorBody>(`/api/v1/expertise/requests/${request.id}`);
      expect(read.status).toBe(404);
      expect((await outsider.download(`/api/v1/expertise/requests/${request.id}/export.pdf`)).status).toBe(404);
      const list = await outsider.get<{ items: Summary[] }>('/api/v1/expertise/requests');
      expect(list.body.items.map((r) => r.id)).not.toContain(request.id);
    }
    // A requester is not an expert: no taking, no queues.
    expect((await stranger.post(`/api/v1/expertise/requests/${request.id}/take`)).status).toBe(403);
    expect((await stranger.get('/api/v1/expertise/queues')).status).toBe(403);

    // A second queue that only the second expert belongs to: the demo expert sees neither it nor its requests.
    const other = await admin.post<ServiceAdmin>('/api/v1/expertise/admin/services', {
      name: `Dermatology night team ${randomUUID().slice(0, 8)}`,
      establishment: 'Regional hospital',
      specialty: 'Dermatology',
      expertiseTypeIds: [dermatology.id],
      expertUserIds: [users['second-expert']!.id],
    });
    expect(other.status).toBe(201);
    const elsewhere = await sentRequest(other.body.id);
    expect((await expert.get(`/api/v1/expertise/requests/${elsewhere.id}`)).status).toBe(404);
    expect((await expert.post(`/api/v1/expertise/requests/${elsewhere.id}/take`)).status).toBe(404);
    expect((await expert.get(`/api/v1/expertise/queues/${other.body.id}/requests`)).status).toBe(404);
    const queues = await expert.get<{ items: { id: string }[] }>('/api/v1/expertise/queues');
    // (Browser tests sharing the stack may have added the demo expert to queues of their own.)
    expect(queues.body.items.map((q) => q.id)).toContain(demoQueue.id);
    expect(queues.body.items.map((q) => q.id)).not.toContain(other.body.id);
    const mine = await secondExpert.get<{ items: Summary[] }>(`/api/v1/expertise/queues/${other.body.id}/requests`);
    expect(mine.body.items.map((r) => r.id)).toEqual([elsewhere.id]);
    expect((await secondExpert.get(`/api/v1/expertise/requests/${elsewhere.id}`)).status).toBe(200);

    // Drafts stay the requester's own.
    const unsent = await draft();
    expect((await expert.get(`/api/v1/expertise/requests/${unsent.id}`)).status).toBe(404);
  });

  it('e-mails the requester when the expert answers, and marks the answer unread until they open it', async () => {
    const request = await sentRequest();
    await expert.post(`/api/v1/expertise/requests/${request.id}/take`);
    const tooSoon = await secondExpert.post<ErrorBody>(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'answer', text: 'Hi' });
    expect(tooSoon.status).toBe(403);
    const answered = await expert.post<Detail>(`/api/v1/expertise/requests/${request.id}/messages`, {
      kind: 'answer',
      text: 'Nummular eczema: emollients twice a day and a topical corticosteroid for two weeks.',
    });
    expect(answered.status).toBe(201);
    expect(answered.body.status).toBe('answered');

    const mail = await outboxMessageTo(gatewayUrl, DEMO_ACCOUNTS.requester, 20_000, (m) => m.links.some((l) => l.endsWith(`/portal/expertise/requests/${request.id}`)));
    expect(mail.channel).toBe('email');
    expect(mail.subject).toContain('Dermatology');
    expect(mail.text).toMatch(/expert/i);
    // The e-mail says nothing of the patient or of the answer.
    expect(mail.text).not.toContain('Morel');
    expect(mail.text).not.toContain('eczema');

    const list = await requester.get<{ items: Summary[] }>('/api/v1/expertise/requests');
    expect(list.body.items.find((r) => r.id === request.id)).toMatchObject({ status: 'answered', unread: true });
    const opened = await requester.get<Detail>(`/api/v1/expertise/requests/${request.id}`);
    expect(opened.body.thread.map((e) => e.kind)).toEqual(['sent', 'taken', 'answer']);
    const after = await requester.get<{ items: Summary[] }>('/api/v1/expertise/requests');
    expect(after.body.items.find((r) => r.id === request.id)!.unread).toBe(false);

    const closed = await expert.post<Detail>(`/api/v1/expertise/requests/${request.id}/close`, { conclusion: 'Treat and review in one month.' });
    expect(closed.body.status).toBe('closed');
    expect((await requester.post<ErrorBody>(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'message', text: 'More?' })).status).toBe(409);
  });

  it('transfers a request to a colleague: recorded, the colleague notified and reading the whole thread', async () => {
    const request = await sentRequest();
    await expert.post(`/api/v1/expertise/requests/${request.id}/take`);
    await expert.post(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'info-request', text: 'Is there a fever?' });
    const asked = await outboxMessageTo(gatewayUrl, DEMO_ACCOUNTS.requester, 20_000, (m) =>
      m.links.some((l) => l.endsWith(`/portal/expertise/requests/${request.id}`)),
    );
    expect(asked.text).not.toContain('fever'); // the question stays in Passerelle
    await requester.post(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'message', text: 'No fever.' });

    const toSelf = await requester.post<ErrorBody>(`/api/v1/expertise/requests/${request.id}/transfer`, { colleagueEmail: DEMO_ACCOUNTS.requester });
    expect(toSelf.status).toBe(422);
    const toExpert = await requester.post<ErrorBody>(`/api/v1/expertise/requests/${request.id}/transfer`, { colleagueEmail: DEMO_ACCOUNTS.expert });
    expect(toExpert.status).toBe(422);
    const byStranger = await stranger.post<ErrorBody>(`/api/v1/expertise/requests/${request.id}/transfer`, { colleagueEmail: users.stranger!.email });
    expect(byStranger.status).toBe(404);

    const transferred = await requester.post<Detail>(`/api/v1/expertise/requests/${request.id}/transfer`, {
      colleagueEmail: users.colleague!.email,
      note: 'I am on leave from tomorrow.',
    });
    expect(transferred.status).toBe(200);
    expect(transferred.body.requesterUserId).toBe(users.colleague!.id);
    expect(transferred.body.transfers).toEqual([
      expect.objectContaining({ fromUserId: users.requester!.id, toUserId: users.colleague!.id, note: 'I am on leave from tomorrow.' }),
    ]);

    const mail = await outboxMessageTo(gatewayUrl, users.colleague!.email);
    expect(mail.subject).toContain('Dermatology');
    expect(mail.links.some((l) => l.endsWith(`/portal/expertise/requests/${request.id}`))).toBe(true);

    const read = await colleague.get<Detail>(`/api/v1/expertise/requests/${request.id}`);
    expect(read.status).toBe(200);
    expect(read.body.thread.map((e) => [e.kind, e.text])).toEqual([
      ['sent', null],
      ['taken', null],
      ['info-request', 'Is there a fever?'],
      ['message', 'No fever.'],
      ['transferred', 'I am on leave from tomorrow.'],
    ]);
    expect(read.body.patient.lastName).toBe('Morel');
    const colleagueList = await colleague.get<{ items: Summary[] }>('/api/v1/expertise/requests');
    expect(colleagueList.body.items.map((r) => r.id)).toContain(request.id);
    // The colleague holds it now; the previous holder still reads it but no longer writes in it.
    expect((await colleague.post(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'message', text: 'Taking over.' })).status).toBe(201);
    expect((await requester.get(`/api/v1/expertise/requests/${request.id}`)).status).toBe(200);
    expect((await requester.post(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'message', text: 'x' })).status).toBe(403);
    expect((await stranger.get(`/api/v1/expertise/requests/${request.id}`)).status).toBe(404);
  });

  it('exports the request as a real PDF naming its type, with its documents listed', async () => {
    const created = await draft();
    const photo = await requester.upload<{ id: string; mimeType: string }>(`/api/v1/expertise/requests/${created.id}/documents`, {
      name: 'forearm.png',
      type: 'image/png',
      bytes: solidPng(32, 32),
    });
    expect(photo.status).toBe(201);
    expect(photo.body.mimeType).toBe('image/png');
    const fake = await requester.upload<ErrorBody>(`/api/v1/expertise/requests/${created.id}/documents`, {
      name: 'report.pdf',
      type: 'application/pdf',
      bytes: Buffer.from('MZ this is not a PDF'),
    });
    expect(fake.status).toBe(422);
    expect(fake.body.issues).toEqual([{ path: 'file', problem: 'type_not_allowed' }]);
    await requester.post(`/api/v1/expertise/requests/${created.id}/send`);
    const shown = await expert.download(`/api/v1/expertise/requests/${created.id}/documents/${photo.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.bytes.subarray(0, 8)).toEqual(solidPng(1, 1).subarray(0, 8));

    const pdf = await requester.download(`/api/v1/expertise/requests/${created.id}/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'expertise-pdf-')), 'request.pdf');
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Dermatology');
    expect(text).toContain('forearm.png');
    expect(text).toContain('MOREL');
    expect(text).not.toMatch(/\b\d{13}\b/); // the NIR appears masked only
  });

  it('counts the waiting requests and the median time to a first answer over 30 days, in the queue figures', async () => {
    const figures = async () =>
      (await expert.get<{ items: { id: string; figures: { waitingNow: number; medianFirstAnswerSeconds30d: number | null; answered30d: number } }[] }>(
        '/api/v1/expertise/queues',
      )).body.items.find((q) => q.id === demoQueue.id)!.figures;
    const before = await figures();
    const waiting = await sentRequest();
    expect((await figures()).waitingNow).toBe(before.waitingNow + 1);

    // Three answers 10, 20 and 60 minutes after sending (set in the database), and one older than 30 days.
    await db.query(`DELETE FROM expertise.requests WHERE service_id = $1 AND first_answered_at IS NOT NULL`, [demoQueue.id]);
    const answeredAfter = async (minutes: number, daysAgo = 0) => {
      const request = await sentRequest();
      await expert.post(`/api/v1/expertise/requests/${request.id}/take`);
      await expert.post(`/api/v1/expertise/requests/${request.id}/messages`, { kind: 'answer', text: 'Answer.' });
      await db.query(
        `UPDATE expertise.requests SET sent_at = now() - make_interval(days => $2) - make_interval(mins => $3),
                first_answered_at = now() - make_interval(days => $2) WHERE id = $1`,
        [request.id, daysAgo, minutes],
      );
    };
    await answeredAfter(10);
    await answeredAfter(60);
    await answeredAfter(20);
    await answeredAfter(600, 45);
    const now = await figures();
    expect(now.answered30d).toBe(3);
    expect(now.medianFirstAnswerSeconds30d).toBe(20 * 60);
    expect((await expert.post(`/api/v1/expertise/requests/${waiting.id}/take`)).status).toBe(200);
    expect((await figures()).waitingNow).toBe(now.waitingNow - 1);
  });

  it('opens a session for a live request, rings the available experts, and lets the one who takes it into the session', async () => {
    expect((await expert.request('PUT', '/api/v1/expertise/presence', { body: { status: 'available' } })).status).toBe(200);
    expect((await secondExpert.request('PUT', '/api/v1/expertise/presence', { body: { status: 'busy' } })).status).toBe(200);
    const rung: string[] = [];
    const sockets = [expert, secondExpert].map((api, index) => {
      const socket: Socket = io(gatewayUrl, { path: '/ws', auth: { token: api.accessToken }, transports: ['websocket'] });
      socket.on('expertise.live-ringing', (event: { requestId: string }) => rung.push(`${index}:${event.requestId}`));
      return socket;
    });
    try {
      await Promise.all(sockets.map((socket) => new Promise<void>((resolve) => socket.once('ready', () => resolve()))));
      const created = await requester.post<Detail>('/api/v1/expertise/requests', {
        typeId: dermatology.id,
        queueId: demoQueue.id,
        patientId: await newPatient(),
        mode: 'live',
        form: completeForm(),
        consent: consent(),
      });
      const sent = await requester.post<Detail>(`/api/v1/expertise/requests/${created.body.id}/send`);
      expect(sent.body.sessionId).toEqual(expect.any(String));
      const sessionId = sent.body.sessionId!;
      // The requester waits in the session, already able to write; the expert is not in it yet.
      const room = await requester.get<{ status: string }>(`/api/v1/sessions/${sessionId}`);
      expect(room.body.status).toBe('active');
      expect((await requester.post(`/api/v1/sessions/${sessionId}/messages`, { text: 'Waiting with the patient.' })).status).toBe(201);
      expect((await expert.get(`/api/v1/sessions/${sessionId}`)).status).toBe(403);

      await eventually(async () => (rung.includes(`0:${sent.body.id}`) ? true : undefined), 'the available expert rung');
      expect(rung.filter((r) => r.startsWith('1:'))).toEqual([]); // busy: not rung

      expect((await expert.post(`/api/v1/expertise/requests/${sent.body.id}/take`)).status).toBe(200);
      const session = await expert.get<{ participants: { displayName: string; kind: string }[] }>(`/api/v1/sessions/${sessionId}`);
      expect(session.status).toBe(200);
      expect(session.body.participants.map((p) => p.displayName)).toContain('Dr. Louis Martin');
    } finally {
      sockets.forEach((socket) => socket.close());
    }
  });

  it('pushes queue changes to the experts following the queue over the socket', async () => {
    const socket: Socket = io(gatewayUrl, { path: '/ws', auth: { token: expert.accessToken }, transports: ['websocket'] });
    try {
      await new Promise<void>((resolve) => socket.once('ready', () => resolve()));
      expect(await socket.emitWithAck('queue:join', { queueId: demoQueue.id })).toEqual({ ok: true });
      const strangerSocket: Socket = io(gatewayUrl, { path: '/ws', auth: { token: stranger.accessToken }, transports: ['websocket'] });
      await new Promise<void>((resolve) => strangerSocket.once('ready', () => resolve()));
      expect(await strangerSocket.emitWithAck('queue:join', { queueId: demoQueue.id })).toEqual({ ok: false, code: 'FORBIDDEN' });
      strangerSocket.close();

      const seen: { requestId: string; change: string }[] = [];
      socket.on('expertise.request-changed', (event: { requestId: string; change: string }) => seen.push(event));
      const request = await sentRequest();
      await eventually(async () => (seen.some((e) => e.requestId === request.id && e.change === 'sent') ? true : undefined), 'the sent push');
      await secondExpert.post(`/api/v1/expertise/requests/${request.id}/take`);
      await eventually(async () => (seen.some((e) => e.requestId === request.id && e.change === 'taken') ? true : undefined), 'the taken push');
    } finally {
      socket.close();
    }
  });
});
