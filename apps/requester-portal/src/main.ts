import '@passerelle/web-kit/styles.css';
import { createPasserelleI18n, installAuthGuard, installDocumentTitle } from '@passerelle/web-kit';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './locales';
import { createPortalRouter } from './router';

const pinia = createPinia();
const i18n = createPasserelleI18n(messages);
const router = createPortalRouter();
// Requesters use the portal; administrators too (the admin pages will live under /portal/admin).
installAuthGuard(router, { pinia, roles: ['requester', 'admin'] });
installDocumentTitle(router, i18n, 'portal.appTitle');

createApp(App).use(pinia).use(i18n).use(router).mount('#app');
