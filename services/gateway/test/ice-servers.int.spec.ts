import { iceServersAnswerSchema } from '@passerelle/contracts';
import { ApiClient, DEMO_ACCOUNTS, joinTokenIn, outboxMessageTo, testStack } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';

const { gatewayUrl } = testStack();

/** A remote invite by the requester, opened by its guest: a session with an owner and a guest participant. */
async function sessionWithGuest() {
  const requester = new ApiClient(gatewayUrl);
  await requester.login(DEMO_ACCOUNTS.requester);
  const email = `ice-${randomUUID()}@example.test`;
  const created = await requester.post<{ sessionId: string }>('/api/v1/invites', {
    kind: 'remote',
    invitee: { firstName: 'Ice', lastName: 'Guest', language: 'en', channel: 'email', email },
  });
  expect(created.status).toBe(201);
  const token = joinTokenIn(await outboxMessageTo(gatewayUrl, email));
  const guest = new ApiClient(gatewayUrl);
  const joined = await guest.post<{ accessToken: string; sessionId: string }>('/api/v1/join', { token, acceptTerms: true }, { token: null });
  expect(joined.status).toBe(200);
  guest.accessToken = joined.body.accessToken;
  return { requester, guest, sessionId: created.body.sessionId };
}

describe('GET /api/v1/sessions/:id/ice-servers', () => {
  it('answers the session owner and its guest with ICE servers that expire later', async () => {
    const { requester, guest, sessionId } = await sessionWithGuest();
    for (const client of [requester, guest]) {
      const answer = await client.get(`/api/v1/sessions/${sessionId}/ice-servers`);
      expect(answer.status).toBe(200);
      const parsed = iceServersAnswerSchema.parse(answer.body);
      expect(Date.parse(parsed.expiresAt)).toBeGreaterThan(Date.now());
    }
  });

  it('refuses whoever is not a participant of that session', async () => {
    const { sessionId } = await sessionWithGuest();
    const other = await sessionWithGuest();

    const anonymous = new ApiClient(gatewayUrl);
    expect((await anonymous.get(`/api/v1/sessions/${sessionId}/ice-servers`, { token: null })).status).toBe(401);

    // A staff member of the organisation who neither owns nor takes part in the session.
    const expert = new ApiClient(gatewayUrl);
    await expert.login(DEMO_ACCOUNTS.expert);
    const staffAnswer = await expert.get<{ code: string }>(`/api/v1/sessions/${sessionId}/ice-servers`);
    expect([403, 404]).toContain(staffAnswer.status);
    expect(staffAnswer.body).not.toHaveProperty('iceServers');

    // The guest of another session.
    const guestAnswer = await other.guest.get<{ code: string }>(`/api/v1/sessions/${sessionId}/ice-servers`);
    expect(guestAnswer.status).toBe(403);
    expect(guestAnswer.body).not.toHaveProperty('iceServers');
  });
});
