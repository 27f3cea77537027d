import { watch } from 'vue';
import type { Router } from 'vue-router';
import { PRODUCT_NAME } from '../product';
import type { PasserelleI18n } from '../i18n/create-i18n';

/** Sets the document title from the route's `meta.titleKey` (or the app's title) in the current language. */
export function installDocumentTitle(router: Router, i18n: PasserelleI18n, appTitleKey: string): void {
  const { t, locale } = i18n.global;
  const update = () => {
    const key = router.currentRoute.value.meta.titleKey ?? appTitleKey;
    document.title = `${t(key)} · ${PRODUCT_NAME}`;
  };
  router.afterEach(update);
  watch(locale, update);
}
