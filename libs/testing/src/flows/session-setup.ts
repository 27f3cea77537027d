import { randomInt } from 'node:crypto';
import { ApiClient } from '../api-client';
import { type Page, signInThroughForm } from '../browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../env';
import { eventually, outboxMessageTo } from '../waits';

/** A remote session created by the demo requester, with the guest's join link (from the SMS outbox). */
export interface InvitedSession {
  sessionId: string;
  link: string;
  requester: ApiClient;
}

export async function inviteRemoteGuest(gatewayUrl: string): Promise<InvitedSession> {
  const phone = `+22177${randomInt(1_000_000, 9_999_999)}`;
  const requester = new ApiClient(gatewayUrl);
  await requester.login(DEMO_ACCOUNTS.requester);
  const created = await requester.post<{ sessionId: string }>('/api/v1/invites', {
    kind: 'remote',
    invitee: { firstName: 'Moussa', lastName: 'Sarr', language: 'en', channel: 'sms', phone },
  });
  if (created.status !== 201) throw new Error(`inviting the guest answered ${created.status}`);
  const link = (await outboxMessageTo(gatewayUrl, phone)).links[0]!;
  return { sessionId: created.body.sessionId, link, requester };
}

/** The guest opens their link and accepts the terms: they are in the session's waiting room. */
export async function guestJoins(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('join-accept-terms').check();
  await page.getByTestId('join-submit').click();
}

/**
 * The guest joins on `guest`, the requester starts the session once the guest is there and opens it in the
 * portal on `portal`: both pages show the active session.
 */
export async function startSessionWithGuest(gatewayUrl: string, session: InvitedSession, portal: Page, guest: Page): Promise<void> {
  await guestJoins(guest, session.link);
  await guest.locator('[data-testid="guest-connection"][data-connected="true"]').waitFor();
  // The guest's socket is connected; its presence reaches chat right after the room join.
  await eventually(
    async () => ((await session.requester.get<{ waiting: boolean }>(`/api/v1/sessions/${session.sessionId}`)).body.waiting ? true : undefined),
    'the guest in the waiting room',
  );
  const started = await session.requester.post(`/api/v1/sessions/${session.sessionId}/start`);
  if (started.status >= 300) throw new Error(`starting the session answered ${started.status}`);

  await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
  await portal.getByTestId('waiting-room').waitFor();
  await portal.goto(`${gatewayUrl}/portal/sessions/${session.sessionId}`);
  await portal.locator('[data-testid="session-page"][data-status="active"]').waitFor();
  await guest.locator('[data-testid="guest-session"][data-status="active"]').waitFor();
}
