import '@passerelle/web-kit/styles.css';
import { createPasserelleI18n, installAuthGuard, installDocumentTitle } from '@passerelle/web-kit';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './locales';
import { createExpertRouter } from './router';

const pinia = createPinia();
const i18n = createPasserelleI18n(messages);
const router = createExpertRouter();
// Only experts answer tele-expertise requests.
installAuthGuard(router, { pinia, roles: ['expert'] });
installDocumentTitle(router, i18n, 'expert.appTitle');

createApp(App).use(pinia).use(i18n).use(router).mount('#app');
