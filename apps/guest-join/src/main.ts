import '@passerelle/web-kit/styles.css';
import { createPasserelleI18n, installDocumentTitle } from '@passerelle/web-kit';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './locales';
import { createGuestRouter } from './router';

// Guests never sign in: no auth guard. Their link is redeemed for a short-lived guest session instead.
const pinia = createPinia();
const i18n = createPasserelleI18n(messages);
const router = createGuestRouter();
installDocumentTitle(router, i18n, 'guest.appTitle');

createApp(App).use(pinia).use(i18n).use(router).mount('#app');
