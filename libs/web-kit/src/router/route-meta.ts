import type { Role } from '../api/types';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in (login, guest pages). */
    public?: boolean;
    /**
     * Roles allowed on this route (any one of them). Inherited from parent routes; defaults to the app's
     * roles given to installAuthGuard. An empty list lets in any signed-in user.
     */
    roles?: readonly Role[];
    /** i18n key of the page title; the document title becomes "<title> · Passerelle". */
    titleKey?: string;
  }
}

/** Route names web-kit's guard and pages navigate to; each staff app declares routes with these names. */
export const AUTH_ROUTES = {
  home: 'home',
  login: 'login',
  noAccess: 'no-access',
} as const;
