// External accounts through the gateway, as the portal uses them: self-registration with the terms of use
// accepted, pending until an administrator approves (who alone may), the approval e-mail, then password +
// one-time code login with the code read from the development outbox; wrong, locked and expired codes.
import { ApiClient, DEMO_ACCOUNTS, type OutboxItem, oneTimeCodeIn, outboxMessageTo, testStack } from '@passerelle/testing';
import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const { gatewayUrl, databaseUrl, logDir } = testStack();

interface ErrorBody {
  code: string;
  message: string;
  issues?: { path: string; problem: string }[];
}
interface Challenge {
  challengeId: string;
  channel: 'email' | 'sms';
  sentTo: string;
  expiresIn: number;
  attemptsLeft: number;
  canResend: boolean;
}
interface AdminUser {
  id: string;
  email: string;
  status: string;
  roles: string[];
  external: boolean;
  profession: string | null;
}
interface Terms {
  id: string;
  version: string;
}

let db: Client;
let admin: ApiClient;
let requester: ApiClient;
let terms: Terms;
let establishmentId: string;
/** Outbox messages already used, so each wait finds the next code, not an earlier one. */
const usedMessages = new Set<string>();

function newPerson() {
  const tag = randomUUID().slice(0, 8);
  return {
    displayName: `Awa Ndiaye ${tag}`,
    profession: 'Midwife',
    establishmentId,
    email: `awa-${tag}@clinic.test`,
    mobile: `+22177${randomInt(1_000_000, 9_999_999)}`,
    password: `long-password-${tag}`,
    otpChannel: 'email' as const,
    language: 'fr' as const,
    acceptedTermsId: terms.id,
  };
}
type Person = ReturnType<typeof newPerson>;

async function register(person: Person) {
  const response = await new ApiClient(gatewayUrl).post<{ id: string; status: string }>('/api/v1/accounts', person);
  if (response.status !== 201) throw new Error(`registration answered ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

async function approvedAccount(): Promise<{ person: Person; id: string }> {
  const person = newPerson();
  const id = await register(person);
  const approved = await admin.post<AdminUser>(`/api/v1/admin/users/${id}/approve`);
  expect(approved.status).toBe(200);
  return { person, id };
}

async function nextMessage(to: string, about: RegExp): Promise<OutboxItem> {
  const message = await outboxMessageTo(gatewayUrl, to, 20_000, (item) => !usedMessages.has(item.id) && about.test(item.subject ?? item.text));
  usedMessages.add(message.id);
  return message;
}

/** The login-code message (the people registered in French). */
const codeMessage = /code de connexion/i;

async function startLogin(person: Person, client = new ApiClient(gatewayUrl)) {
  const response = await client.post<{ otpChallenge: Challenge; accessToken?: string }>(
    '/api/v1/auth/login',
    { email: person.email, password: person.password },
    { token: null },
  );
  expect(response.status).toBe(200);
  expect(response.body.accessToken).toBeUndefined();
  expect(response.headers.get('set-cookie')).toBeNull();
  return { client, challenge: response.body.otpChallenge };
}

function verify(client: ApiClient, challengeId: string, code: string) {
  return client.post<ErrorBody & { accessToken?: string }>('/api/v1/auth/otp/verify', { challengeId, code }, { token: null });
}

/** A 6-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1 + randomInt(999_998)) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
  admin = new ApiClient(gatewayUrl);
  await admin.login(DEMO_ACCOUNTS.admin);
  requester = new ApiClient(gatewayUrl);
  await requester.login(DEMO_ACCOUNTS.requester);
  terms = (await new ApiClient(gatewayUrl).get<Terms>('/api/v1/terms/current')).body;
  const establishments = await new ApiClient(gatewayUrl).get<{ items: { id: string; name: string }[] }>('/api/v1/establishments');
  establishmentId = establishments.body.items.find((item) => item.name === 'Demo District Hospital')!.id;
});

afterAll(async () => {
  await db?.end();
});

describe('external accounts', () => {
  it('registers pending, refuses login until approved, e-mails the approval, then signs in with the e-mailed code', async () => {
    const person = newPerson();
    const id = await register(person);

    // The acceptance of the terms shown is recorded, against that version.
    const { rows: accepted } = await db.query(
      `SELECT v.version FROM identity.terms_acceptances a JOIN identity.terms_versions v ON v.id = a.terms_id WHERE a.user_id = $1`,
      [id],
    );
    expect(accepted).toEqual([{ version: terms.version }]);

    const pendingLogin = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/auth/login', { email: person.email, password: person.password });
    expect(pendingLogin.status).toBe(403);
    expect(pendingLogin.body.code).toBe('FORBIDDEN');

    const pending = await admin.get<{ items: AdminUser[] }>('/api/v1/admin/users?status=pending');
    expect(pending.status).toBe(200);
    expect(pending.body.items.find((user) => user.id === id)).toMatchObject({
      email: person.email,
      status: 'pending',
      external: true,
      profession: 'Midwife',
      roles: ['requester'],
    });

    const approved = await admin.post<AdminUser>(`/api/v1/admin/users/${id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('active');
    const again = await admin.post<ErrorBody>(`/api/v1/admin/users/${id}/approve`);
    expect(again.status).toBe(409);

    // Told by e-mail, in the language they registered with, with the sign-in link.
    const approval = await nextMessage(person.email, /validé/);
    expect(approval.links).toContain(`${gatewayUrl}/portal/login`);

    const { client, challenge } = await startLogin(person);
    expect(challenge).toMatchObject({ channel: 'email', attemptsLeft: 5, canResend: true });
    expect(challenge.sentTo).toBe(`a***@clinic.test`);
    expect(challenge.expiresIn).toBeGreaterThan(60);
    const code = oneTimeCodeIn(await nextMessage(person.email, codeMessage));

    const session = await verify(client, challenge.challengeId, `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(session.status).toBe(200);
    expect(session.headers.get('set-cookie')).toMatch(/^passerelle_refresh=/);
    client.accessToken = session.body.accessToken;
    const me = await client.get<{ id: string; roles: string[] }>('/api/v1/me');
    expect(me.body).toMatchObject({ id, roles: ['requester'] });

    // A code works once.
    const replay = await verify(new ApiClient(gatewayUrl), challenge.challengeId, code);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('TOKEN_INVALID');

    // The code never reaches a log line (it is only in the message itself).
    for (const file of readdirSync(logDir).filter((name) => name.endsWith('.log'))) {
      const log = readFileSync(join(logDir, file), 'utf8');
      expect({ file, hasCode: log.includes(`"${code}"`) || log.includes(` ${code} `) }).toEqual({ file, hasCode: false });
    }
  });

  it('locks the challenge at the fifth wrong code: even the right code is refused afterwards', async () => {
    const { person } = await approvedAccount();
    const { client, challenge } = await startLogin(person);
    const code = oneTimeCodeIn(await nextMessage(person.email, codeMessage));

    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await verify(client, challenge.challengeId, wrong(code));
      answers.push([response.status, response.body.code]);
    }
    expect(answers).toEqual([
      [401, 'INVALID_CREDENTIALS'],
      [401, 'INVALID_CREDENTIALS'],
      [401, 'INVALID_CREDENTIALS'],
      [401, 'INVALID_CREDENTIALS'],
      [429, 'RATE_LIMITED'],
    ]);
    const right = await verify(client, challenge.challengeId, code);
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('RATE_LIMITED');
    expect(right.body.accessToken).toBeUndefined();
    const resend = await client.post<ErrorBody>('/api/v1/auth/otp/resend', { challengeId: challenge.challengeId, channel: 'email' });
    expect(resend.status).toBe(429);

    // Signing in again starts a fresh challenge that works.
    const second = await startLogin(person);
    const fresh = oneTimeCodeIn(await nextMessage(person.email, codeMessage));
    expect((await verify(second.client, second.challenge.challengeId, fresh)).status).toBe(200);
  });

  it('counts parallel guesses one by one: never more than 5 codes are judged', async () => {
    const { person } = await approvedAccount();
    const { challenge } = await startLogin(person);
    const code = oneTimeCodeIn(await nextMessage(person.email, codeMessage));

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => verify(new ApiClient(gatewayUrl), challenge.challengeId, wrong(code))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    const { rows } = await db.query(`SELECT attempts, locked_at IS NOT NULL AS locked FROM identity.otp_challenges WHERE id = $1`, [
      challenge.challengeId,
    ]);
    expect(rows).toEqual([{ attempts: 5, locked: true }]);
  });

  it('refuses an expired code', async () => {
    const { person } = await approvedAccount();
    const { client, challenge } = await startLogin(person);
    const code = oneTimeCodeIn(await nextMessage(person.email, codeMessage));
    // Time passes: the challenge's expiry moves into the past.
    await db.query(`UPDATE identity.otp_challenges SET expires_at = now() - interval '1 second' WHERE id = $1`, [challenge.challengeId]);

    const response = await verify(client, challenge.challengeId, code);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('TOKEN_EXPIRED');
  });

  it('sends a new code by SMS when asked; the earlier code no longer works', async () => {
    const { person } = await approvedAccount();
    const { client, challenge } = await startLogin(person);
    const first = oneTimeCodeIn(await nextMessage(person.email, codeMessage));

    const resent = await client.post<Challenge>('/api/v1/auth/otp/resend', { challengeId: challenge.challengeId, channel: 'sms' });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ channel: 'sms', sentTo: `${person.mobile.slice(0, 5)}******${person.mobile.slice(-2)}` });
    const sms = await nextMessage(person.mobile, codeMessage);
    expect(sms.channel).toBe('sms');
    const second = oneTimeCodeIn(sms);

    if (second !== first) expect((await verify(client, challenge.challengeId, first)).status).toBe(401);
    expect((await verify(client, challenge.challengeId, second)).status).toBe(200);
  });

  it('caps the sign-ins an account may start, whatever address they come from', async () => {
    const { person } = await approvedAccount();
    const statuses = [];
    for (let login = 0; login < 11; login += 1) {
      const response = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/auth/login', { email: person.email, password: person.password });
      statuses.push(response.status === 429 ? response.body.code : response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(200), 'RATE_LIMITED']);
  });

  it('lets only administrators review accounts, and only of their own organisation', async () => {
    const person = newPerson();
    const id = await register(person);

    for (const attempt of [
      () => requester.get('/api/v1/admin/users'),
      () => requester.post(`/api/v1/admin/users/${id}/approve`),
      () => requester.put(`/api/v1/admin/users/${id}/roles`, { roles: ['admin'] }),
      () => new ApiClient(gatewayUrl).post(`/api/v1/admin/users/${id}/approve`),
    ]) {
      expect([401, 403]).toContain((await attempt()).status);
    }
    const { rows } = await db.query(`SELECT status FROM identity.staff_users WHERE id = $1`, [id]);
    expect(rows).toEqual([{ status: 'pending' }]);

    // An administrator of another organisation does not see it.
    const otherAdmin = await adminOfAnotherOrganisation();
    expect((await otherAdmin.post<ErrorBody>(`/api/v1/admin/users/${id}/approve`)).status).toBe(404);
    const theirs = await otherAdmin.get<{ items: AdminUser[] }>('/api/v1/admin/users');
    expect(theirs.body.items.map((user) => user.id)).not.toContain(id);

    // Refused: never signs in.
    const refused = await admin.post<AdminUser>(`/api/v1/admin/users/${id}/refuse`);
    expect(refused.body.status).toBe('refused');
    const login = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/auth/login', { email: person.email, password: person.password });
    expect(login.status).toBe(403);
  });

  it('sets roles, but an administrator cannot drop their own admin role', async () => {
    const { id } = await approvedAccount();
    const set = await admin.put<AdminUser>(`/api/v1/admin/users/${id}/roles`, { roles: ['requester', 'expert'] });
    expect(set.status).toBe(200);
    expect(set.body.roles).toEqual(['requester', 'expert']);

    const me = await admin.get<{ id: string }>('/api/v1/me');
    const own = await admin.put<ErrorBody>(`/api/v1/admin/users/${me.body.id}/roles`, { roles: ['requester'] });
    expect(own.status).toBe(422);
    const bad = await admin.put<ErrorBody>(`/api/v1/admin/users/${id}/roles`, { roles: ['superuser'] });
    expect(bad.status).toBe(400);
  });

  it('refuses a registration against outdated terms, a taken e-mail and an unknown establishment', async () => {
    const person = newPerson();
    const stale = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/accounts', { ...person, acceptedTermsId: randomUUID() });
    expect(stale.status).toBe(409);
    expect(stale.body.issues).toEqual([{ path: 'acceptedTermsId', problem: 'not_current' }]);

    await register(person);
    const taken = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/accounts', { ...person, email: person.email.toUpperCase() });
    expect(taken.status).toBe(409);

    const unknown = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/accounts', { ...newPerson(), establishmentId: randomUUID() });
    expect(unknown.status).toBe(400);
    const short = await new ApiClient(gatewayUrl).post<ErrorBody>('/api/v1/accounts', { ...newPerson(), password: 'short' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).not.toContain('short');
  });
});

describe('terms of use', () => {
  it('records a staff member accepting the current version, with that version', async () => {
    const colleague = new ApiClient(gatewayUrl);
    await colleague.login(DEMO_ACCOUNTS.colleague);
    const before = await colleague.get<{ current: Terms; acceptance: unknown }>('/api/v1/me/terms');
    expect(before.body.current.id).toBe(terms.id);

    const stale = await colleague.post<ErrorBody>('/api/v1/me/terms/acceptances', { termsId: randomUUID() });
    expect(stale.status).toBe(409);

    const accepted = await colleague.post<{ termsId: string; version: string; acceptedAt: string }>('/api/v1/me/terms/acceptances', {
      termsId: terms.id,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ termsId: terms.id, version: terms.version });
    const after = await colleague.get<{ acceptance: { version: string; acceptedAt: string } }>('/api/v1/me/terms');
    expect(after.body.acceptance).toEqual({ termsId: terms.id, version: terms.version, acceptedAt: accepted.body.acceptedAt });
  });

  // Publishing for real would change the current terms under the other test files sharing this stack:
  // refusals only here (the label already used is the demo's own).
  it('lets only administrators publish a version, and a label only once', async () => {
    const body = { version: terms.version, text: 'Updated terms of use for the integration test.' };
    expect((await requester.post('/api/v1/admin/terms', { ...body, version: 'test-1' })).status).toBe(403);
    const taken = await admin.post<ErrorBody>('/api/v1/admin/terms', body);
    expect(taken.status).toBe(409);
    expect(taken.body.issues).toEqual([{ path: 'version', problem: 'taken' }]);
    expect((await admin.post<ErrorBody>('/api/v1/admin/terms', { ...body, version: 'no spaces allowed' })).status).toBe(400);

    const listed = await admin.get<{ items: Terms[] }>('/api/v1/admin/terms');
    expect(listed.body.items[0]).toMatchObject({ id: terms.id, version: terms.version });
    expect((await requester.get('/api/v1/admin/terms')).status).toBe(403);
  });
});

async function adminOfAnotherOrganisation(): Promise<ApiClient> {
  const {
    rows: [organisation],
  } = await db.query<{ id: string }>(`INSERT INTO identity.organisations (name) VALUES ('Other Health Centre') RETURNING id`);
  const { hash } = await import('argon2');
  const email = `admin-${randomUUID()}@other.test`;
  const password = `other-admin-${randomUUID()}`;
  await db.query(
    `INSERT INTO identity.staff_users (organisation_id, email, display_name, password_hash, roles) VALUES ($1, $2, 'Other admin', $3, '{admin}')`,
    [organisation!.id, email, await hash(password)],
  );
  const client = new ApiClient(gatewayUrl);
  await client.login(email, password);
  return client;
}
