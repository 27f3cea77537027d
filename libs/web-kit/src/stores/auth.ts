import { defineStore } from 'pinia';
import { computed, onScopeDispose, ref } from 'vue';
import { ApiError } from '../api/api-error';
import { apiClient } from '../api/http-client';
import type { OtpChallenge, OtpChannel } from '../api/account-types';
import type { AuthSession, CurrentUser, Role } from '../api/types';

/** Tells the other tabs of this browser that the user signed out, so a shared clinic computer is left clean. */
const SIGN_OUT_CHANNEL = 'passerelle-auth';

export type AuthStatus = 'unknown' | 'hydrating' | 'ready';

export const useAuthStore = defineStore('auth', () => {
  const user = ref<CurrentUser | null>(null);
  const status = ref<AuthStatus>('unknown');
  const isAuthenticated = computed(() => user.value !== null);
  let hydration: Promise<void> | null = null;
  const signOutChannel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SIGN_OUT_CHANNEL);

  /** An empty list means "any signed-in user". */
  function hasAnyRole(roles: readonly Role[]): boolean {
    if (roles.length === 0) return user.value !== null;
    return user.value?.roles.some((role) => roles.includes(role)) ?? false;
  }

  async function loadProfile(): Promise<void> {
    user.value = await apiClient.get<CurrentUser>('/me');
  }

  async function startSession(session: AuthSession): Promise<void> {
    apiClient.acceptSession(session);
    try {
      await loadProfile();
    } catch (error) {
      apiClient.clearSession();
      throw error;
    }
    status.value = 'ready';
  }

  /**
   * Password sign-in. Resolves `null` once signed in, or with the one-time-code challenge an external
   * account must answer through `verifyOtp`.
   */
  async function login(email: string, password: string): Promise<OtpChallenge | null> {
    const answer = await apiClient.post<AuthSession | { otpChallenge: OtpChallenge }>('/auth/login', { email, password }, { auth: false });
    if ('otpChallenge' in answer) return answer.otpChallenge;
    await startSession(answer);
    return null;
  }

  async function verifyOtp(challengeId: string, code: string): Promise<void> {
    await startSession(await apiClient.post<AuthSession>('/auth/otp/verify', { challengeId, code }, { auth: false }));
  }

  function resendOtp(challengeId: string, channel: OtpChannel): Promise<OtpChallenge> {
    return apiClient.post<OtpChallenge>('/auth/otp/resend', { challengeId, channel }, { auth: false });
  }

  /** Renews the access token. Throws an ApiError (TOKEN_INVALID when the session is over). */
  async function refresh(): Promise<void> {
    await apiClient.refreshSession();
  }

  /** Ends the session here, on the server (best effort) and in the browser's other tabs. */
  async function logout(): Promise<void> {
    try {
      await apiClient.post<void>('/auth/logout', undefined, { auth: false });
    } catch {
      // Offline or already signed out: the local session ends anyway, the cookie expires on its own.
    } finally {
      apiClient.clearSession();
      signOutChannel?.postMessage('signed-out');
    }
  }

  /**
   * Restores the session on app start from the refresh cookie, silently. Runs once; the router guard
   * awaits it before the first navigation. A network failure is retried on the next call, so a user who was
   * offline at start-up is not signed out for good.
   */
  function hydrate(): Promise<void> {
    hydration ??= (async () => {
      status.value = 'hydrating';
      try {
        await apiClient.refreshSession();
        await loadProfile();
      } catch (error) {
        user.value = null;
        if (!(error instanceof ApiError) || error.status === 0) hydration = null;
      } finally {
        status.value = 'ready';
      }
    })();
    return hydration;
  }

  function onSession(session: AuthSession | null): void {
    if (session === null) {
      user.value = null;
      return;
    }
    const current = user.value;
    if (current === null) return;
    if (current.id === session.user.id) {
      // Roles or name may have changed since the profile was read.
      user.value = { ...current, displayName: session.user.displayName, roles: session.user.roles };
    } else {
      // Another account signed in from another tab and the shared cookie now belongs to it: load that
      // profile, and sign out here if it cannot be read, rather than keep showing the previous person.
      void loadProfile().catch(() => apiClient.clearSession());
    }
  }

  const unsubscribe = apiClient.onSessionChange(onSession);
  signOutChannel?.addEventListener('message', () => apiClient.clearSession());
  onScopeDispose(() => {
    unsubscribe();
    signOutChannel?.close();
  });

  return { user, status, isAuthenticated, hasAnyRole, login, verifyOtp, resendOtp, refresh, logout, hydrate, loadProfile };
});
