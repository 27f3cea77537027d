import type { Pinia } from 'pinia';
import { watch } from 'vue';
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import type { Role } from '../api/types';
import { useAuthStore } from '../stores/auth';
import { AUTH_ROUTES } from './route-meta';
import { safeRedirect } from './safe-redirect';

export interface AuthGuardOptions {
  pinia: Pinia;
  /** Roles that may use the app; a route's `meta.roles` overrides them. */
  roles: readonly Role[];
}

/**
 * Keeps staff apps behind sign-in: restores the session before the first navigation, sends anonymous
 * visitors to the login page (and back afterwards), sends users without a suitable role to the no-access
 * page, and returns to the login page whenever the session ends (sign-out here or in another tab, refresh
 * refused).
 */
export function installAuthGuard(router: Router, options: AuthGuardOptions): void {
  const auth = useAuthStore(options.pinia);

  router.beforeEach(async (to) => {
    await auth.hydrate();
    if (to.meta.public) {
      if (to.name === AUTH_ROUTES.login && auth.isAuthenticated) {
        return safeRedirect(to.query.redirect) ?? { name: AUTH_ROUTES.home };
      }
      return true;
    }
    if (!auth.isAuthenticated) return loginLocation(to);
    if (!auth.hasAnyRole(requiredRoles(to, options.roles))) return { name: AUTH_ROUTES.noAccess };
    return true;
  });

  watch(
    () => auth.isAuthenticated,
    (authenticated) => {
      const current = router.currentRoute.value;
      if (!authenticated && auth.status === 'ready' && !current.meta.public) {
        void router.replace(loginLocation(current));
      }
    },
  );
}

function requiredRoles(to: RouteLocationNormalized, appRoles: readonly Role[]): readonly Role[] {
  // The deepest route that states roles wins, so /admin can demand `admin` inside a requester app.
  for (let index = to.matched.length - 1; index >= 0; index -= 1) {
    const roles = to.matched[index]?.meta.roles;
    if (roles) return roles;
  }
  return appRoles;
}

function loginLocation(from: RouteLocationNormalized): RouteLocationRaw {
  const keepTarget = from.name !== AUTH_ROUTES.home && from.name !== AUTH_ROUTES.noAccess;
  return { name: AUTH_ROUTES.login, query: keepTarget ? { redirect: from.fullPath } : {} };
}
