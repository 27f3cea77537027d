import { AUTH_ROUTES, LoginPage, NoAccessPage } from '@passerelle/web-kit';
import { createRouter, createWebHistory } from 'vue-router';
import ExpertShell from './components/shell/ExpertShell.vue';
import { EXPERT_ROUTES } from './route-names';

export function createExpertRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: AUTH_ROUTES.login,
        component: LoginPage,
        props: { appTitleKey: 'expert.appTitle', titleKey: 'expert.loginTitle' },
        meta: { public: true, titleKey: 'expert.loginTitle' },
      },
      {
        path: '/',
        component: ExpertShell,
        children: [
          {
            path: '',
            name: AUTH_ROUTES.home,
            component: () => import('./components/queues/QueuesHome.vue'),
            meta: { titleKey: 'expert.queuesTitle' },
          },
          {
            path: 'requests/:id',
            name: EXPERT_ROUTES.request,
            component: () => import('./components/requests/ExpertRequestPage.vue'),
            props: true,
            meta: { titleKey: 'expert.request.title' },
          },
          {
            path: 'no-access',
            name: AUTH_ROUTES.noAccess,
            component: NoAccessPage,
            props: { messageKey: 'expert.noAccess' },
            meta: { roles: [] },
          },
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: { name: AUTH_ROUTES.home } },
    ],
  });
}
