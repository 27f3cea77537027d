import { AUTH_ROUTES, NoAccessPage } from '@passerelle/web-kit';
import { createRouter, createWebHistory } from 'vue-router';
import PortalLoginPage from './components/account/PortalLoginPage.vue';
import PortalShell from './components/shell/PortalShell.vue';
import { requireExpertiseTerms } from './components/expertise/terms-guard';
import { PORTAL_ROUTES } from './route-names';

export { PORTAL_ROUTES } from './route-names';

export function createPortalRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: AUTH_ROUTES.login,
        component: PortalLoginPage,
        meta: { public: true, titleKey: 'portal.loginTitle' },
      },
      {
        path: '/register',
        name: PORTAL_ROUTES.register,
        component: () => import('./components/account/RegisterAccount.vue'),
        meta: { public: true, titleKey: 'account.register.title' },
      },
      {
        path: '/',
        component: PortalShell,
        children: [
          {
            path: '',
            name: AUTH_ROUTES.home,
            component: () => import('./components/dashboard/DashboardHome.vue'),
            meta: { titleKey: 'portal.nav.waitingRoom' },
          },
          {
            path: 'invites',
            name: PORTAL_ROUTES.invites,
            component: () => import('./components/invites/InvitesList.vue'),
            meta: { titleKey: 'portal.invites.title' },
          },
          {
            path: 'invites/new',
            name: PORTAL_ROUTES.newInvite,
            component: () => import('./components/invites/NewInvite.vue'),
            meta: { titleKey: 'portal.newInvite.title' },
          },
          {
            path: 'sessions/:id',
            name: PORTAL_ROUTES.session,
            component: () => import('./components/sessions/SessionPage.vue'),
            props: true,
            meta: { titleKey: 'portal.session.title' },
          },
          {
            path: 'expertise',
            name: PORTAL_ROUTES.expertise,
            component: () => import('./components/expertise/requests/ExpertiseDashboard.vue'),
            beforeEnter: requireExpertiseTerms,
            meta: { titleKey: 'expertise.dashboard.title' },
          },
          {
            path: 'expertise/entry',
            name: PORTAL_ROUTES.expertiseEntry,
            component: () => import('./components/expertise/entry/ExpertiseEntry.vue'),
            meta: { titleKey: 'expertise.entry.title' },
          },
          {
            path: 'expertise/new',
            name: PORTAL_ROUTES.expertiseNew,
            component: () => import('./components/expertise/new/NewExpertiseRequest.vue'),
            beforeEnter: requireExpertiseTerms,
            meta: { titleKey: 'expertise.wizard.title' },
          },
          {
            path: 'expertise/requests/:id',
            name: PORTAL_ROUTES.expertiseRequest,
            component: () => import('./components/expertise/requests/ExpertiseRequestPage.vue'),
            props: true,
            beforeEnter: requireExpertiseTerms,
            meta: { titleKey: 'expertise.request.title' },
          },
          {
            path: 'admin/expertise/types',
            name: PORTAL_ROUTES.adminExpertiseTypes,
            component: () => import('./components/admin/expertise/AdminExpertiseTypes.vue'),
            meta: { roles: ['admin'], titleKey: 'admin.expertise.types.title' },
          },
          {
            path: 'admin/expertise/services',
            name: PORTAL_ROUTES.adminExpertiseServices,
            component: () => import('./components/admin/expertise/AdminDestinationServices.vue'),
            meta: { roles: ['admin'], titleKey: 'admin.expertise.services.title' },
          },
          {
            path: 'admin/terms',
            name: PORTAL_ROUTES.adminTerms,
            component: () => import('./components/admin/expertise/AdminTermsVersions.vue'),
            meta: { roles: ['admin'], titleKey: 'admin.expertise.terms.title' },
          },
          {
            path: 'dev/outbox',
            name: PORTAL_ROUTES.devOutbox,
            component: () => import('./components/dev/DevOutbox.vue'),
            meta: { titleKey: 'portal.outbox.title' },
          },
          {
            path: 'admin/users',
            name: PORTAL_ROUTES.adminUsers,
            component: () => import('./components/admin/users/AdminUsers.vue'),
            meta: { titleKey: 'admin.users.title', roles: ['admin'] },
          },
          {
            path: 'no-access',
            name: AUTH_ROUTES.noAccess,
            component: NoAccessPage,
            props: { messageKey: 'portal.noAccess' },
            meta: { roles: [] },
          },
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: { name: AUTH_ROUTES.home } },
    ],
  });
}
