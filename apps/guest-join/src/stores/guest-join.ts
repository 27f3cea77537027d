import { ApiError, ApiErrorCode, linkProblemOf, type JoinPreview, type JoinResult, type LinkProblem } from '@passerelle/web-kit';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { guestApi, guestHttp, guestRealtime } from '../guest-api';
import { acceptedFor, forgetAccepted, rememberAccepted } from './accepted-links';

/** Why the guest page shows a dead end instead of the consultation. */
export type GuestProblem = LinkProblem | 'access-ended';

export type JoinPhase =
  | { name: 'loading' }
  | { name: 'problem'; problem: GuestProblem }
  | { name: 'welcome' }
  /** A planned session's link outside its join window: the page says when to come back. */
  | { name: 'window'; state: 'too_early' | 'too_late' }
  | { name: 'session'; sessionId: string; participantId: string | null }
  | { name: 'ended' };

/**
 * The guest's way through a join link: preview (who invites, in which language) → terms → the session
 * (waiting, then chat) → ended; or a clear dead end (unknown, expired, revoked link; access withdrawn).
 */
export const useGuestJoinStore = defineStore('guest-join', () => {
  const phase = shallowRef<JoinPhase>({ name: 'loading' });
  const preview = shallowRef<JoinPreview | null>(null);
  const joining = ref(false);
  const joinError = shallowRef<unknown>(null);
  let token = '';

  async function open(linkToken: string): Promise<void> {
    token = linkToken;
    phase.value = { name: 'loading' };
    joinError.value = null;
    // Back after a reload, terms already accepted in this tab: straight back in.
    const accepted = acceptedFor(token);
    if (accepted && (await redeem(accepted.termsVersion ?? undefined))) return;
    try {
      preview.value = await guestApi.preview(token);
      const window = preview.value.schedule?.state;
      phase.value = window === 'too_early' || window === 'too_late' ? { name: 'window', state: window } : { name: 'welcome' };
    } catch (error) {
      phase.value = { name: 'problem', problem: linkProblemOf(error) };
    }
  }

  /** The guest accepted the terms: exchange the link for a guest session. */
  async function accept(): Promise<void> {
    if (joining.value) return;
    joining.value = true;
    joinError.value = null;
    try {
      const ok = await redeem(preview.value?.termsVersion, (error) => {
        const problem = linkProblemOf(error);
        // The link is fine but its session can no longer be joined: it has ended.
        const window = error instanceof ApiError ? error.issues?.find((issue) => issue.path === 'token')?.problem : undefined;
        if (error instanceof ApiError && error.code === ApiErrorCode.CONFLICT) {
          phase.value = { name: 'ended' };
        } else if (window === 'too_early' || window === 'too_late') {
          // The window closed (or is not open yet) while the page was open: read the slot again.
          void open(token);
        } else if (problem === 'not-found' || problem === 'expired' || problem === 'revoked') {
          phase.value = { name: 'problem', problem };
        } else {
          joinError.value = error;
        }
      });
      if (ok) rememberAccepted(token, preview.value?.termsVersion ?? null);
    } finally {
      joining.value = false;
    }
  }

  async function redeem(termsVersion: string | undefined, onError?: (error: unknown) => void): Promise<boolean> {
    try {
      const result = await guestApi.join(token, termsVersion);
      guestHttp.useAccessToken(result.accessToken);
      phase.value = { name: 'session', sessionId: result.sessionId, participantId: participantIdOf(result) };
      return true;
    } catch (error) {
      onError?.(error);
      return false;
    }
  }

  /** The API or the socket refused the guest mid-session: find out why (revoked, expired…) and say so. */
  async function accessLost(): Promise<void> {
    if (phase.value.name !== 'session') return;
    phase.value = { name: 'loading' };
    guestHttp.clearSession();
    forgetAccepted();
    try {
      await guestApi.preview(token);
      phase.value = { name: 'problem', problem: 'access-ended' };
    } catch (error) {
      const problem = linkProblemOf(error);
      phase.value = { name: 'problem', problem: problem === 'network' || problem === 'unavailable' ? 'access-ended' : problem };
    }
  }

  /** The health worker closed the consultation: nothing more to do here. */
  function ended(): void {
    // The phase first: dropping the token below makes the session view report a lost access.
    phase.value = { name: 'ended' };
    forgetAccepted();
    guestRealtime.disconnect();
    guestHttp.clearSession();
  }

  return { phase, preview, joining, joinError, open, accept, accessLost, ended, retry: () => open(token) };
});

/** The participant id, from the answer or else from the guest token's `sub` claim. */
function participantIdOf(result: JoinResult): string | null {
  if (result.participantId) return result.participantId;
  try {
    const payload = result.accessToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}

