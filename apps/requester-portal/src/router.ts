import { AUTH_ROUTES, LoginPage, NoAccessPage } from '@passerelle/web-kit';
import { createRouter, createWebHistory } from 'vue-router';
import PortalShell from './components/shell/PortalShell.vue';

export function createPortalRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: AUTH_ROUTES.login,
        component: LoginPage,
        props: { appTitleKey: 'portal.appTitle', titleKey: 'portal.loginTitle' },
        meta: { public: true, titleKey: 'portal.loginTitle' },
      },
      {
        path: '/',
        component: PortalShell,
        children: [
          {
            path: '',
            name: AUTH_ROUTES.home,
            component: () => import('./components/dashboard/DashboardHome.vue'),
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
