// The guest side of a link: preview and redeem, with the same token rules in both.
import { ErrorCode, GUEST_TERMS_VERSION, joinBodySchema } from '@passerelle/contracts';
import { refusalOf } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import type { Invite } from '../domain/invite';
import { hashLinkToken, newLinkToken } from '../domain/link-token';
import { anInvite } from '../testing/invite-fixture';
import { InMemoryInviteStore, StrictRpc } from '../testing/strict-fakes';
import { PreviewInviteUseCase } from './preview-invite/preview-invite.usecase';
import { RedeemInviteUseCase } from './redeem-invite/redeem-invite.usecase';

const participantId = randomUUID();

/** An Arabic-speaking invitee's invite for that link token. */
function invite(token: string, overrides: Partial<Invite> = {}): Invite {
  return anInvite({
    invitee: { firstName: 'Amina', lastName: 'Benali', language: 'ar', channel: 'sms', email: null, phone: '+33612345678' },
    tokenHash: hashLinkToken(token),
    ...overrides,
  });
}

function world(extra: ConstructorParameters<typeof StrictRpc>[0] = {}) {
  const store = new InMemoryInviteStore();
  const rpc = new StrictRpc({
    'chat.participant.join-guest.v1': () => ({ participantId, sessionStatus: 'open' }),
    'identity.guest-token.issue.v1': () => ({ accessToken: 'signed.guest.token', expiresIn: 43200 }),
    ...extra,
  });
  return { store, rpc, preview: new PreviewInviteUseCase(store, rpc.asClient()), redeem: new RedeemInviteUseCase(store, rpc.asClient()) };
}

const join = (token: string) => joinBodySchema.parse({ token, acceptTerms: true });

describe('previewing a link', () => {
  it('says who invites, in which language, until when', async () => {
    const { store, preview } = world();
    const token = newLinkToken();
    const live = invite(token);
    await store.insert(live);

    expect(await preview.execute({ token })).toEqual({
      inviteeFirstName: 'Amina',
      requesterDisplayName: 'Dr Claire Martin',
      organisationName: 'Demo District Hospital',
      schedule: null,
      language: 'ar',
      expiresAt: live.expiresAt.toISOString(),
      termsVersion: GUEST_TERMS_VERSION,
    });
  });

  it.each([
    ['revoked', { revokedAt: new Date() }],
    ['expired', { expiresAt: new Date(Date.now() - 1) }],
  ])('refuses a %s link as UNPROCESSABLE naming why, in preview and redeem', async (problem, overrides) => {
    const { store, rpc, preview, redeem } = world();
    const token = newLinkToken();
    await store.insert(invite(token, overrides));

    for (const attempt of [preview.execute({ token }), redeem.execute(join(token))]) {
      const error = await refusalOf(attempt);
      expect(error.code).toBe(ErrorCode.UNPROCESSABLE);
      expect(error.issues).toEqual([{ path: 'token', problem }]);
    }
    expect(rpc.calls).toEqual([]);
  });

  it('answers an unknown link with NOT_FOUND "This link is not valid"', async () => {
    const { store, preview, redeem } = world();
    await store.insert(invite(newLinkToken()));
    for (const attempt of [preview.execute({ token: newLinkToken() }), redeem.execute(join(newLinkToken()))]) {
      const error = await refusalOf(attempt);
      expect(error.code).toBe(ErrorCode.NOT_FOUND);
      expect(error.message).toBe('This link is not valid');
    }
  });
});

describe('redeeming a link', () => {
  it('records the terms, joins the guest as the patient under their name and returns a guest token', async () => {
    const { store, rpc, redeem } = world();
    const token = newLinkToken();
    const live = invite(token);
    await store.insert(live);

    const result = await redeem.execute(join(token));

    expect(result).toEqual({ accessToken: 'signed.guest.token', expiresIn: 43200, sessionId: live.sessionId, participantId });
    expect(rpc.calls).toEqual([
      {
        subject: 'chat.participant.join-guest.v1',
        payload: { sessionId: live.sessionId, inviteId: live.id, displayName: 'Amina Benali', role: 'patient' },
      },
      { subject: 'identity.guest-token.issue.v1', payload: { sessionId: live.sessionId, participantId, inviteId: live.id } },
    ]);
    expect(store.invites.get(live.id)).toMatchObject({ termsVersion: GUEST_TERMS_VERSION, termsAcceptedAt: expect.any(Date) });
  });

  it('joins an in-person invitee as a colleague, and a nameless one as "Guest"', async () => {
    const { store, rpc, redeem } = world();
    const colleagueToken = newLinkToken();
    const namelessToken = newLinkToken();
    await store.insert(invite(colleagueToken, { kind: 'in-person' }));
    await store.insert(
      invite(namelessToken, {
        kind: 'phone-only',
        invitee: { firstName: null, lastName: null, language: 'en', channel: 'sms', email: null, phone: '+33612345678' },
      }),
    );
    await redeem.execute(join(colleagueToken));
    await redeem.execute(join(namelessToken));

    const joins = rpc.calls.filter((c) => c.subject === 'chat.participant.join-guest.v1').map((c) => c.payload);
    expect(joins).toMatchObject([
      { role: 'colleague', displayName: 'Amina Benali' },
      { role: 'patient', displayName: 'Guest' },
    ]);
  });

  it('refuses outdated terms before anything else', async () => {
    const { store, rpc, redeem } = world();
    const token = newLinkToken();
    await store.insert(invite(token));
    const error = await refusalOf(redeem.execute({ token, acceptTerms: true, termsVersion: '2020-01' }));
    expect(error.issues).toEqual([{ path: 'termsVersion', problem: 'outdated' }]);
    expect(rpc.calls).toEqual([]);
  });

  it('lets a revoke that lands while the guest is being added win', async () => {
    const token = newLinkToken();
    let store!: InMemoryInviteStore;
    const setup = world({
      'chat.participant.join-guest.v1': async () => {
        const id = [...store.invites.keys()][0]!;
        await store.markRevoked(id, new Date());
        return { participantId, sessionStatus: 'open' };
      },
      'chat.participant.remove-by-invite.v1': () => ({ removed: 1 }),
    });
    store = setup.store;
    await store.insert(invite(token));

    const error = await refusalOf(setup.redeem.execute(join(token)));

    expect(error.issues).toEqual([{ path: 'token', problem: 'revoked' }]);
    expect(setup.rpc.subjects()).toEqual(['chat.participant.join-guest.v1', 'chat.participant.remove-by-invite.v1']);
  });
});
