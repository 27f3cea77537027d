import { createRouter, createWebHistory } from 'vue-router';
import GuestLanding from './components/landing/GuestLanding.vue';

export const GUEST_ROUTES = {
  landing: 'landing',
  /** `/join/<token>`: the link a guest receives. */
  joinToken: 'join-token',
  /** `/join/test`: camera, microphone, speaker and connection check, before a consultation. */
  deviceTest: 'device-test',
} as const;

export function createGuestRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      { path: '/', name: GUEST_ROUTES.landing, component: GuestLanding },
      {
        path: '/test',
        name: GUEST_ROUTES.deviceTest,
        component: () => import('./components/device-test/DeviceTestPage.vue'),
        meta: { titleKey: 'guest.deviceTest.title' },
      },
      {
        path: '/:token',
        name: GUEST_ROUTES.joinToken,
        component: () => import('./components/join/JoinPage.vue'),
        props: true,
        meta: { titleKey: 'guest.join.title' },
      },
      { path: '/:pathMatch(.*)*', redirect: { name: GUEST_ROUTES.landing } },
    ],
  });
}
