import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { termsApi, type MyTerms } from '../api/terms-api';

/**
 * Whether the signed-in requester accepted the current terms of use, which tele-expertise requires.
 * Read once per sign-in, updated when they accept.
 */
export const useExpertiseTermsStore = defineStore('expertise-terms', () => {
  const mine = shallowRef<MyTerms | null>(null);

  async function load(): Promise<MyTerms> {
    mine.value = await termsApi.mine();
    return mine.value;
  }

  /** Nothing to accept while no terms are published; otherwise the current version must be accepted. */
  async function accepted(): Promise<boolean> {
    const terms = mine.value ?? (await load());
    return terms.current === null || terms.acceptance?.termsId === terms.current.id;
  }

  async function accept(termsId: string): Promise<void> {
    const acceptance = await termsApi.accept(termsId);
    mine.value = { current: mine.value?.current ?? null, acceptance };
  }

  return { mine, load, accepted, accept };
});
