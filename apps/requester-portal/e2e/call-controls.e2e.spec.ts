import { type Page, inviteRemoteGuest, screenshot, startSessionWithGuest, testStack, useBrowser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
const browser = useBrowser();

/** What the call panel exposes to tests (libs/web-kit/src/calls/test-hook.ts); this file has no DOM types. */
interface CallWindow {
  __PASSERELLE_CALL_TEST__?: boolean;
  __controlsWatch?: Array<{ at: number; audio: number; video: number; videoFrames: number }>;
  __passerelleCall?: {
    inbound(): Array<{ connectionId: string; kind: 'audio' | 'video'; bytesReceived: number; framesDecoded: number }>;
  };
}

interface Verdict {
  audioGrew: boolean;
  videoFramesGrew: boolean;
  hasVideo: boolean;
  /** Only judged when asked for: whether any video bytes arrived at all (paused on the server: none). */
  videoBytesGrew?: boolean;
}

/**
 * Samples the page's receive totals on every poll and, once it has a sample about two seconds old, answers
 * how audio bytes and video frames moved since then when `accept` agrees (else keeps waiting). The
 * history is reset first, so a verdict only uses samples taken after this call.
 */
async function receivedOverTwoSeconds(page: Page, accept: Verdict): Promise<Verdict> {
  await page.evaluate(() => ((globalThis as unknown as CallWindow).__controlsWatch = []));
  return page
    .waitForFunction(
      (wanted) => {
        const w = globalThis as unknown as CallWindow;
        let audio = 0;
        let video = 0;
        let videoFrames = 0;
        let hasVideo = false;
        for (const s of w.__passerelleCall?.inbound() ?? []) {
          if (s.kind === 'audio') audio += s.bytesReceived;
          else {
            hasVideo = true;
            video += s.bytesReceived;
            videoFrames += s.framesDecoded;
          }
        }
        const now = Date.now();
        const history = (w.__controlsWatch ??= []);
        history.push({ at: now, audio, video, videoFrames });
        const old = history.find((h) => now - h.at >= 2000 && now - h.at < 3000);
        if (!old) return null;
        const verdict: typeof wanted = { audioGrew: audio > old.audio, videoFramesGrew: videoFrames > old.videoFrames, hasVideo };
        if (wanted.videoBytesGrew !== undefined) verdict.videoBytesGrew = video > old.video;
        return verdict.audioGrew === wanted.audioGrew &&
          verdict.videoFramesGrew === wanted.videoFramesGrew &&
          verdict.hasVideo === wanted.hasVideo &&
          verdict.videoBytesGrew === wanted.videoBytesGrew
          ? verdict
          : null;
      },
      accept,
      { polling: 250, timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<Verdict>);
}

describe('call controls between the portal and the guest page', () => {
  it('rings and reports a decline, carries an audio call without video, pauses received video on the server in audio only, and stops video when the camera goes off', async () => {
    const session = await inviteRemoteGuest(gatewayUrl);
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    try {
      for (const context of contexts) await context.addInitScript(() => ((globalThis as unknown as CallWindow).__PASSERELLE_CALL_TEST__ = true));
      const [portal, guest] = await Promise.all(contexts.map((context) => context.newPage()));
      await startSessionWithGuest(gatewayUrl, session, portal!, guest!);

      // The portal starts an audio call: the guest is rung, declines, and the portal is told.
      await portal!.getByTestId('call-start-audio').click();
      await portal!.locator('[data-testid="call-panel"][data-state="in-call"]').waitFor();
      await guest!.getByTestId('call-incoming').waitFor();
      await screenshot(guest!, 'issue4-guest-ringing');
      await guest!.getByTestId('call-decline').click();
      await portal!.getByTestId('call-declined').waitFor();
      await screenshot(portal!, 'issue4-portal-call-declined');

      // The call still runs: the guest can join it, by audio. Audio flows both ways and no video exists.
      await guest!.getByTestId('call-in-progress').waitFor();
      await guest!.getByTestId('call-start-audio').click();
      await guest!.locator('[data-testid="call-panel"][data-state="in-call"]').waitFor();
      const audioOnly = { audioGrew: true, videoFramesGrew: false, hasVideo: false };
      expect(await receivedOverTwoSeconds(guest!, audioOnly)).toEqual(audioOnly);
      expect(await receivedOverTwoSeconds(portal!, audioOnly)).toEqual(audioOnly);

      // The portal turns its camera on during the audio call: the guest receives video frames too.
      await portal!.getByTestId('call-camera').click();
      await portal!.locator('[data-testid="call-panel"][data-camera-off="false"]').waitFor();
      const withVideo = { audioGrew: true, videoFramesGrew: true, hasVideo: true };
      expect(await receivedOverTwoSeconds(guest!, withVideo)).toEqual(withVideo);
      await guest!.locator('[data-testid="call-remote"][data-video="true"]').waitFor();

      // The guest switches to audio only: the server pauses the video it forwards to the guest, so while the
      // portal still sends video, not one more video byte reaches the guest; audio keeps coming. Leaving audio
      // only brings the video back.
      await guest!.getByTestId('call-audio-only').click();
      await guest!.locator('[data-testid="call-audio-only"][aria-pressed="true"]').waitFor();
      const audioOnlyMode = { audioGrew: true, videoFramesGrew: false, hasVideo: true, videoBytesGrew: false };
      expect(await receivedOverTwoSeconds(guest!, audioOnlyMode)).toEqual(audioOnlyMode);
      expect(await receivedOverTwoSeconds(portal!, audioOnly)).toEqual(audioOnly);
      await guest!.getByTestId('call-audio-only').click();
      await guest!.locator('[data-testid="call-audio-only"][aria-pressed="false"]').waitFor();
      const videoBack = { ...withVideo, videoBytesGrew: true };
      expect(await receivedOverTwoSeconds(guest!, videoBack)).toEqual(videoBack);

      // Camera off: the guest's video frames stop growing while the audio keeps coming, and the tile shows
      // the placeholder.
      await portal!.getByTestId('call-camera').click();
      await portal!.locator('[data-testid="call-panel"][data-camera-off="true"]').waitFor();
      const cameraOff = { audioGrew: true, videoFramesGrew: false, hasVideo: true };
      expect(await receivedOverTwoSeconds(guest!, cameraOff)).toEqual(cameraOff);
      await guest!.locator('[data-testid="call-remote"][data-video="false"] [data-testid="call-no-video"]').waitFor();
      await screenshot(guest!, 'issue4-guest-camera-off');

      // The portal hangs up: the call is over for the guest too.
      await portal!.getByTestId('call-hang-up').click();
      await guest!.locator('[data-testid="call-panel"][data-state="ended"]').waitFor();
      await portal!.getByTestId('chat-event').filter({ hasText: 'The call ended. Duration:' }).waitFor();
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
