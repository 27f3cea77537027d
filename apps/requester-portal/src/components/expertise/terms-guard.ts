import type { NavigationGuard } from 'vue-router';
import { PORTAL_ROUTES } from '../../route-names';
import { useExpertiseTermsStore } from '../../stores/expertise-terms';

/** Tele-expertise pages need the current terms of use accepted: otherwise the entry page comes first. */
export const requireExpertiseTerms: NavigationGuard = async (to) => {
  try {
    if (await useExpertiseTermsStore().accepted()) return true;
  } catch {
    // Could not tell (offline…): the entry page shows why and lets the requester retry.
  }
  return { name: PORTAL_ROUTES.expertiseEntry, query: { redirect: to.fullPath } };
};
