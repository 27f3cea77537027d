import { ApiClient, DEMO_ACCOUNTS, DEMO_PASSWORD, eventually, outboxMessageTo, type Page, screenshot, signInThroughForm, testStack, useBrowser } from '@passerelle/testing';
import { randomInt } from 'node:crypto';

const { gatewayUrl } = testStack();
const browser = useBrowser();

/** What the call panel exposes to tests (libs/web-kit/src/calls/test-hook.ts); this file has no DOM types. */
interface CallWindow {
  __PASSERELLE_CALL_TEST__?: boolean;
  __muteWatch?: Array<{ at: number; stats: Record<string, { a: number; v: number }> }>;
  __passerelleCall?: {
    remoteCount(): number;
    inbound(): Array<{ connectionId: string; kind: 'audio' | 'video'; bytesReceived: number; framesDecoded: number }>;
  };
}

/** Per remote connection: bytes of audio, bytes and decoded frames of video, as one page receives them. */
type Received = Record<string, { audioBytes: number; videoBytes: number; videoFrames: number }>;

/**
 * Waits until the page receives audio and video from `peers` remote connections, then until every one of
 * those numbers has grown again: media keeps flowing through the SFU, it did not just start and stop.
 */
async function expectMediaFlowing(page: Page, peers: number): Promise<Received> {
  const first = await page
    .waitForFunction(
      (expected) => {
        const received: Record<string, { audioBytes: number; videoBytes: number; videoFrames: number }> = {};
        for (const s of (globalThis as unknown as CallWindow).__passerelleCall?.inbound() ?? []) {
          const entry = (received[s.connectionId] ??= { audioBytes: 0, videoBytes: 0, videoFrames: 0 });
          if (s.kind === 'audio') entry.audioBytes += s.bytesReceived;
          else {
            entry.videoBytes += s.bytesReceived;
            entry.videoFrames += s.framesDecoded;
          }
        }
        const flowing = Object.values(received).filter((r) => r.audioBytes > 0 && r.videoBytes > 0 && r.videoFrames > 0);
        return flowing.length >= expected ? received : null;
      },
      peers,
      { polling: 250, timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<Received>);
  const later = await page
    .waitForFunction(
      (before) => {
        const now: Record<string, { audioBytes: number; videoBytes: number; videoFrames: number }> = {};
        for (const s of (globalThis as unknown as CallWindow).__passerelleCall?.inbound() ?? []) {
          const entry = (now[s.connectionId] ??= { audioBytes: 0, videoBytes: 0, videoFrames: 0 });
          if (s.kind === 'audio') entry.audioBytes += s.bytesReceived;
          else {
            entry.videoBytes += s.bytesReceived;
            entry.videoFrames += s.framesDecoded;
          }
        }
        const grown = Object.entries(before).every(([id, b]) => {
          const n = now[id];
          return !!n && n.audioBytes > b.audioBytes && n.videoBytes > b.videoBytes && n.videoFrames > b.videoFrames;
        });
        return grown ? now : null;
      },
      first,
      { polling: 250, timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<Received>);
  expect(Object.keys(later).length).toBeGreaterThanOrEqual(peers);
  return later;
}

/** Every byte of audio and video the page has received in the call (0 when it receives nothing). */
async function inboundBytes(page: Page): Promise<number> {
  return page.evaluate(() =>
    ((globalThis as unknown as CallWindow).__passerelleCall?.inbound() ?? []).reduce((sum, s) => sum + s.bytesReceived, 0),
  );
}

/** The guest opens their link and accepts the terms: they are in the session's waiting room. */
async function guestJoins(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('join-accept-terms').check();
  await page.getByTestId('join-submit').click();
}

describe('a video call through the SFU between the portal and the guest page', () => {
  it('carries audio and video both ways, to a late joiner too, stops audio on mute, and one hang-up ends it for all', async () => {
    const phone = `+22177${randomInt(1_000_000, 9_999_999)}`;
    const requester = new ApiClient(gatewayUrl);
    await requester.login(DEMO_ACCOUNTS.requester);
    const created = await requester.post<{ sessionId: string }>('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'Moussa', lastName: 'Sarr', language: 'en', channel: 'sms', phone },
    });
    expect(created.status).toBe(201);
    const { sessionId } = created.body;
    const link = (await outboxMessageTo(gatewayUrl, phone)).links[0]!;

    const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
    try {
      for (const context of contexts) await context.addInitScript(() => ((globalThis as unknown as CallWindow).__PASSERELLE_CALL_TEST__ = true));
      const [portal, guest, secondDevice] = await Promise.all(contexts.map((context) => context.newPage()));

      await guestJoins(guest!, link);
      await guest!.locator('[data-testid="guest-connection"][data-connected="true"]').waitFor();
      // The guest's socket is connected; its presence reaches chat right after the room join.
      await eventually(
        async () => ((await requester.get<{ waiting: boolean }>(`/api/v1/sessions/${sessionId}`)).body.waiting ? true : undefined),
        'the guest in the waiting room',
      );
      expect((await requester.post(`/api/v1/sessions/${sessionId}/start`)).status).toBeLessThan(300);

      await signInThroughForm(portal!, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await portal!.getByTestId('waiting-room').waitFor();
      await portal!.goto(`${gatewayUrl}/portal/sessions/${sessionId}`);
      await portal!.locator('[data-testid="session-page"][data-status="active"]').waitFor();
      await guest!.locator('[data-testid="guest-session"][data-status="active"]').waitFor();

      // Two participants: each receives the other's audio and video, and keeps receiving.
      await portal!.getByTestId('call-start-video').click();
      await guest!.getByTestId('call-start-video').click();
      await portal!.locator('[data-testid="call-panel"][data-state="in-call"]').waitFor();
      await guest!.locator('[data-testid="call-panel"][data-state="in-call"]').waitFor();
      await expectMediaFlowing(portal!, 1);
      await expectMediaFlowing(guest!, 1);
      await screenshot(portal!, 'issue4-portal-call');
      await screenshot(guest!, 'issue4-guest-call');

      // Joining in progress: a third connection (the guest's link opened on a second device) gets both
      // others, and both others get it.
      await guestJoins(secondDevice!, link);
      await secondDevice!.locator('[data-testid="guest-session"][data-status="active"]').waitFor();
      await secondDevice!.getByTestId('call-start-video').click();
      await expectMediaFlowing(secondDevice!, 2);
      await expectMediaFlowing(portal!, 2);
      await expectMediaFlowing(guest!, 2);

      // Mute on the portal: of the guest's two remote connections, exactly one (the portal's) stops sending
      // audio while its video keeps coming; the other one's audio keeps growing.
      await portal!.getByTestId('call-mute').click();
      await portal!.locator('[data-testid="call-panel"][data-muted="true"]').waitFor();
      const verdict = await guest!
        .waitForFunction(
          () => {
            const w = globalThis as unknown as CallWindow;
            const stats: Record<string, { a: number; v: number }> = {};
            for (const s of (globalThis as unknown as CallWindow).__passerelleCall?.inbound() ?? []) {
              const e = (stats[s.connectionId] ??= { a: 0, v: 0 });
              if (s.kind === 'audio') e.a += s.bytesReceived;
              else e.v += s.bytesReceived;
            }
            const history = (w.__muteWatch ??= []);
            history.push({ at: Date.now(), stats });
            // Compare with a sample taken two seconds ago (Opus sends 50 packets a second when not paused).
            const old = history.find((h) => Date.now() - h.at >= 2000 && Date.now() - h.at < 3000);
            if (!old) return null;
            let silent = 0;
            let talking = 0;
            for (const [id, now] of Object.entries(stats)) {
              const before = old.stats[id];
              if (!before || now.v <= before.v) return null;
              if (now.a === before.a) silent += 1;
              else talking += 1;
            }
            return silent === 1 && talking === 1 ? { silent, talking } : null;
          },
          undefined,
          { polling: 250, timeout: 30_000 },
        )
        .then((handle) => handle.jsonValue());
      expect(verdict).toEqual({ silent: 1, talking: 1 });

      // Hang-up on the portal ends the call for everyone: the guest's two devices show it ended, and what they
      // received stops (their receive transports are closed with the room: nothing inbound any more).
      const beforeHangUp = await inboundBytes(guest!);
      expect(beforeHangUp).toBeGreaterThan(0);
      await portal!.getByTestId('call-hang-up').click();
      await portal!.locator('[data-testid="call-panel"][data-state="ended"]').waitFor();
      for (const page of [guest!, secondDevice!]) {
        await page.locator('[data-testid="call-panel"][data-state="ended"]').waitFor();
        await page.getByTestId('call-ended').waitFor();
        await page.waitForFunction(
          () => {
            const call = (globalThis as unknown as CallWindow).__passerelleCall;
            return call?.remoteCount() === 0 && call.inbound().length === 0;
          },
          undefined,
          { polling: 250, timeout: 30_000 },
        );
      }
      await screenshot(guest!, 'issue4-guest-call-ended-by-portal');

      // The thread says when the call started and that it ended, with its duration, once.
      await portal!.getByTestId('chat-event').filter({ hasText: /The call ended\. Duration: / }).waitFor();
      await guest!.getByTestId('chat-event').filter({ hasText: /The call ended\. Duration: / }).waitFor();
      await portal!.getByTestId('chat-event').filter({ hasText: 'The call started.' }).waitFor();
      const thread = await requester.get<{ items: Array<{ kind: string; event: { type: string; data: Record<string, unknown> } | null }> }>(
        `/api/v1/sessions/${sessionId}/messages`,
      );
      const ended = thread.body.items.filter((m) => m.event?.type === 'call_ended');
      expect(ended).toHaveLength(1);
      expect(ended[0]!.event!.data).toMatchObject({ reason: 'hung-up', durationSeconds: expect.any(Number) });
      expect(thread.body.items.filter((m) => m.event?.type === 'call_started')).toHaveLength(1);
      await screenshot(portal!, 'issue4-portal-call-ended');
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
