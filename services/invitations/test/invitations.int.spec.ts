// Invitations, notifications and identity's guest tokens as the stack runs them, asked over the test
// stack's private NATS in Nest's wire format. Staff actors are the demo accounts, as the gateway would
// build them from their access tokens.
import {
  GUEST_TERMS_VERSION,
  OutboxMessage,
  RpcRequest,
  StaffActor,
  accessClaimsSchema,
  guestClaimsSchema,
  identityJwks,
  invitationsInviteCreate,
  invitationsInviteForSession,
  invitationsInviteList,
  invitationsInvitePreview,
  invitationsInviteRedeem,
  invitationsInviteResend,
  invitationsInviteRevoke,
  notificationsOutboxList,
  notificationsSend,
  sessionInvitesPurged,
  sessionPurged,
} from '@passerelle/contracts';
import { ApiClient, DEMO_ACCOUNTS, NestWire, connectNestWire, eventually, testStack, watchSubject } from '@passerelle/testing';
import { JSONWebKeySet, createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';

const { gatewayUrl, natsUrl, databaseUrl } = testStack();
let wire: NestWire;
let db: Client;
/** The signed-in demo staff this file acts as (the pending demo account cannot sign in). */
const ACTING = ['requester', 'expert', 'admin'] as const;
const actors = {} as Record<(typeof ACTING)[number], StaffActor>;

beforeAll(async () => {
  wire = await connectNestWire(natsUrl, 'invitations-int-spec', 15_000);
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
  for (const who of ACTING) {
    const api = new ApiClient(gatewayUrl);
    await api.login(DEMO_ACCOUNTS[who]);
    const claims = accessClaimsSchema.parse(decodeJwt(api.accessToken!));
    actors[who] = { kind: 'staff', userId: claims.sub, organisationId: claims.org, roles: claims.roles };
  }
});

afterAll(async () => {
  await wire?.close();
  await db?.end();
});

const ask: NestWire['ok'] = (contract, data) => wire.ok(contract, data);
const refused: NestWire['refused'] = (contract, data) => wire.refused(contract, data);

// Delivery is asynchronous (a BullMQ job) and announces itself nowhere a test can listen: ask again until
// the answer is the expected one, within a deadline.
function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return eventually(probe, what, 15_000);
}

function outboxMessagesTo(recipient: string, count = 1): Promise<OutboxMessage[]> {
  return waitFor(`${count} outbox message(s)`, async () => {
    const { items } = await ask(notificationsOutboxList, { limit: 500 });
    const mine = items.filter((m) => m.to === recipient);
    return mine.length >= count ? mine : undefined;
  });
}

async function notificationRow(idempotencyKey: string, status: string): Promise<Record<string, unknown>> {
  return waitFor(`notification ${status}`, async () => {
    const { rows } = await db.query('SELECT * FROM notifications.notifications WHERE idempotency_key = $1', [idempotencyKey]);
    return rows[0]?.status === status ? (rows[0] as Record<string, unknown>) : undefined;
  });
}

const uniqueEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;
const tokenOf = (link: string) => /\/join\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? '';

async function createInvite(actor: StaffActor, invitee: Record<string, unknown>, kind: 'remote' | 'in-person' | 'phone-only' = 'remote') {
  return ask(invitationsInviteCreate, { actor, body: { kind, invitee } });
}

describe('invitations over NATS', () => {
  it('invites in French: the outbox holds a French message whose absolute link previews and redeems', async () => {
    const email = uniqueEmail();
    const invite = await createInvite(actors.requester, {
      firstName: 'Amélie',
      lastName: 'Durand',
      language: 'fr',
      channel: 'email',
      email,
    });
    expect(invite).toMatchObject({ status: 'sent', kind: 'remote', sendCount: 1, createdByUserId: actors.requester.userId });

    const [message] = await outboxMessagesTo(email);
    expect(message!.channel).toBe('email');
    expect(message!.subject).toContain('téléconsultation');
    expect(message!.text).toContain('Bonjour Amélie,');
    expect(message!.text).toContain('vous invite à une téléconsultation sécurisée');
    expect(message!.html).toContain('<html lang="fr" dir="ltr">');
    // The join link, then the device test page (`/join/test`) the invite also offers.
    expect(message!.links).toHaveLength(2);
    expect(message!.links[1]).toBe(`${gatewayUrl}/join/test`);
    const link = message!.links[0]!;
    expect(link.startsWith(`${gatewayUrl}/join/`)).toBe(true);
    const token = tokenOf(link);
    expect(token).toHaveLength(43);

    const preview = await ask(invitationsInvitePreview, { token });
    expect(preview).toMatchObject({
      inviteeFirstName: 'Amélie',
      organisationName: 'Demo District Hospital',
      language: 'fr',
      termsVersion: GUEST_TERMS_VERSION,
      expiresAt: invite.expiresAt,
    });
    expect(preview.requesterDisplayName.length).toBeGreaterThan(0);

    const joined = await ask(invitationsInviteRedeem, { token, acceptTerms: true });
    expect(joined.sessionId).toBe(invite.sessionId);
    const { keys } = await ask(identityJwks, {});
    const { payload } = await jwtVerify(joined.accessToken, createLocalJWKSet({ keys } as JSONWebKeySet), {
      issuer: 'passerelle',
      audience: 'passerelle',
      algorithms: ['ES256'],
    });
    expect(guestClaimsSchema.parse(payload)).toEqual({
      sub: joined.participantId,
      sid: invite.sessionId,
      inv: invite.id,
      typ: 'guest',
    });
    expect(payload.exp! - payload.iat!).toBe(joined.expiresIn);

    // Reopening the link is the same participant.
    const again = await ask(invitationsInviteRedeem, { token, acceptTerms: true });
    expect(again.participantId).toBe(joined.participantId);

    // At rest: ciphertexts and the token's hash, never the values themselves.
    const { rows } = await db.query('SELECT * FROM invitations.invites WHERE id = $1', [invite.id]);
    const row = rows[0] as Record<string, unknown>;
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.terms_version).toBe(GUEST_TERMS_VERSION);
    const stored = JSON.stringify(row);
    for (const secret of ['Amélie', 'Durand', email, token]) expect(stored).not.toContain(secret);
    const notification = await notificationRow(`invite:${invite.id}:1`, 'sent');
    expect(notification).toMatchObject({ provider: 'outbox', attempts: 1, variables_encrypted: null });
    expect(JSON.stringify(notification)).not.toContain(email);
  });

  it('sends an SMS in Arabic for a phone-only invite, and the colleague message for an in-person one', async () => {
    const phone = `+3361${String(Date.now()).slice(-7)}`;
    await createInvite(actors.requester, { phone, language: 'ar', channel: 'sms' }, 'phone-only');
    const [sms] = await outboxMessagesTo(phone);
    expect(sms!.channel).toBe('sms');
    expect(sms!.subject).toBeUndefined();
    expect(sms!.text).toContain('استشارة');
    expect(sms!.text.endsWith(sms!.links[0]!)).toBe(true);

    const email = uniqueEmail();
    await createInvite(actors.requester, { firstName: 'Jon', lastName: 'Doe', language: 'en', channel: 'email', email }, 'in-person');
    const [mail] = await outboxMessagesTo(email);
    expect(mail!.text).toContain('is with a patient and asks you to join');
  });

  it('refuses a phone number that only looks valid, naming the field', async () => {
    const err = await refused(invitationsInviteCreate, {
      actor: actors.requester,
      body: { kind: 'phone-only', invitee: { phone: '+99912345678' } },
    });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.issues).toEqual([{ path: 'invitee.phone', problem: 'invalid_phone_number' }]);
  });

  it('resend: a new link is sent and the old one stops working', async () => {
    const email = uniqueEmail();
    const invite = await createInvite(actors.requester, { firstName: 'Ana', lastName: 'Ruiz', language: 'es', channel: 'email', email });
    const [first] = await outboxMessagesTo(email);
    const oldToken = tokenOf(first!.links[0]!);

    const resent = await ask(invitationsInviteResend, { actor: actors.requester, inviteId: invite.id });
    expect(resent).toMatchObject({ id: invite.id, status: 'sent', sendCount: 2 });

    const messages = await outboxMessagesTo(email, 2);
    const newToken = messages.map((m) => tokenOf(m.links[0]!)).find((t) => t !== oldToken)!;
    expect(messages.every((m) => m.text.includes('Hola, Ana:'))).toBe(true);
    expect((await refused(invitationsInvitePreview, { token: oldToken })).code).toBe('NOT_FOUND');
    expect((await refused(invitationsInviteRedeem, { token: oldToken, acceptTerms: true })).message).toBe('This link is not valid');
    expect((await ask(invitationsInvitePreview, { token: newToken })).language).toBe('es');
  });

  it('revoke: the link is refused as revoked, the invite is listed as revoked and cannot be resent', async () => {
    const email = uniqueEmail();
    const invite = await createInvite(actors.requester, { firstName: 'Ivan', lastName: 'Petrov', language: 'ru', channel: 'email', email });
    const token = tokenOf((await outboxMessagesTo(email))[0]!.links[0]!);
    await ask(invitationsInviteRedeem, { token, acceptTerms: true });

    const revoked = await ask(invitationsInviteRevoke, { actor: actors.requester, inviteId: invite.id });
    expect(revoked.status).toBe('revoked');

    for (const contract of [invitationsInvitePreview, invitationsInviteRedeem]) {
      const err = await refused(contract, { token, ...(contract === invitationsInviteRedeem ? { acceptTerms: true } : {}) });
      expect(err.code).toBe('UNPROCESSABLE');
      expect(err.issues).toEqual([{ path: 'token', problem: 'revoked' }]);
    }
    expect((await refused(invitationsInviteResend, { actor: actors.requester, inviteId: invite.id })).code).toBe('UNPROCESSABLE');
    const { items } = await ask(invitationsInviteList, { actor: actors.requester });
    expect(items.find((i) => i.id === invite.id)?.status).toBe('revoked');
  });

  it("keeps each requester's invites to themselves; the administrator sees the organisation's; an expert may not invite", async () => {
    const mine = await createInvite(actors.requester, { firstName: 'Olena', lastName: 'Koval', language: 'uk', channel: 'email', email: uniqueEmail() });
    const admins = await createInvite(actors.admin, { firstName: 'Sam', lastName: 'Lee', language: 'en', channel: 'email', email: uniqueEmail() });

    const requesterList = (await ask(invitationsInviteList, { actor: actors.requester })).items;
    expect(requesterList.map((i) => i.id)).toContain(mine.id);
    expect(requesterList.map((i) => i.id)).not.toContain(admins.id);
    expect(requesterList.every((i) => i.createdByUserId === actors.requester.userId)).toBe(true);
    const created = requesterList.map((i) => Date.parse(i.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const adminList = (await ask(invitationsInviteList, { actor: actors.admin })).items.map((i) => i.id);
    expect(adminList).toEqual(expect.arrayContaining([mine.id, admins.id]));

    for (const contract of [invitationsInviteResend, invitationsInviteRevoke]) {
      expect((await refused(contract, { actor: actors.requester, inviteId: admins.id })).code).toBe('NOT_FOUND');
    }
    expect((await ask(invitationsInviteForSession, { actor: actors.requester, sessionId: admins.sessionId })).items).toEqual([]);
    expect((await ask(invitationsInviteForSession, { actor: actors.admin, sessionId: mine.sessionId })).items.map((i) => i.id)).toEqual([
      mine.id,
    ]);

    const body = { kind: 'remote', invitee: { firstName: 'X', lastName: 'Y', channel: 'email', email: uniqueEmail() } };
    expect((await refused(invitationsInviteCreate, { actor: actors.expert, body })).code).toBe('FORBIDDEN');
    expect((await refused(invitationsInviteList, { actor: actors.expert })).code).toBe('FORBIDDEN');
    expect((await refused(invitationsInviteRevoke, { actor: actors.expert, inviteId: mine.id })).code).toBe('FORBIDDEN');
  });

  it('deletes the invites of a purged session and says how many', async () => {
    const email = uniqueEmail();
    const invite = await createInvite(actors.requester, { firstName: 'Pat', lastName: 'Kim', language: 'en', channel: 'email', email });
    const token = tokenOf((await outboxMessagesTo(email))[0]!.links[0]!);

    const answers = await watchSubject(natsUrl, sessionInvitesPurged.subject, (data) => sessionInvitesPurged.payload.parse(data));
    try {
      const purged = {
        id: randomUUID(),
        occurredAt: new Date().toISOString(),
        sessionId: invite.sessionId,
        organisationId: actors.requester.organisationId,
      };
      await wire.nc.jetstream().publish(sessionPurged.subject, JSON.stringify(sessionPurged.payload.parse(purged)), { msgID: purged.id });
      const answer = await answers.next((event) => event.sessionId === invite.sessionId);
      expect(answer).toMatchObject({ sessionId: invite.sessionId, invitesDeleted: 1 });
    } finally {
      await answers.close();
    }
    // The answer is published inside the deleting transaction: it may overtake the commit by a moment.
    const gone = await waitFor('the invite to be deleted', async () => {
      const reply = await wire.request(invitationsInvitePreview.subject, { token });
      return reply.err ? reply.err : undefined;
    });
    expect(gone.code).toBe('NOT_FOUND');
    expect((await ask(invitationsInviteForSession, { actor: actors.requester, sessionId: invite.sessionId })).items).toEqual([]);
  });
});

describe('notifications over NATS', () => {
  it('sends a repeated command once: same notification, one outbox message', async () => {
    const to = uniqueEmail();
    const command: RpcRequest<typeof notificationsSend> = {
      idempotencyKey: `int-spec:${randomUUID()}`,
      channel: 'email',
      to,
      language: 'uk',
      template: 'session-invite',
      variables: { firstName: 'Olena', requesterName: 'Dr Test', organisationName: 'Test Clinic', link: `${gatewayUrl}/join/x` },
    };
    const first = await ask(notificationsSend, command);
    const second = await ask(notificationsSend, command);
    expect(second.notificationId).toBe(first.notificationId);

    const [message] = await outboxMessagesTo(to);
    expect(message!.text).toContain('Вітаємо, Olena!');
    await notificationRow(command.idempotencyKey, 'sent');
    const third = await ask(notificationsSend, command);
    expect(third).toEqual({ notificationId: first.notificationId, status: 'sent' });
    expect(await outboxMessagesTo(to)).toHaveLength(1);
  });

  it('refuses a recipient that does not fit the channel, without echoing it', async () => {
    const err = await refused(notificationsSend, {
      idempotencyKey: `int-spec:${randomUUID()}`,
      channel: 'sms',
      to: 'not-a-number@example.org',
      language: 'en',
      template: 'session-invite',
      variables: { requesterName: 'Dr Test', organisationName: 'Test Clinic', link: `${gatewayUrl}/join/x` },
    });
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'to', problem: 'invalid_for_sms' }] });
    expect(JSON.stringify(err)).not.toContain('not-a-number');
  });
});
