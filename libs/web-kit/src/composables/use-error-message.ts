import { useI18n } from 'vue-i18n';
import { ApiError, ApiErrorCode } from '../api/api-error';

export interface ErrorMessage {
  /** Translated text for the user: `errors.<CODE>` when the code has one, else `errors.generic`. */
  text: string;
  /** "Reference: …" for unexpected server errors, so support can find the log line. */
  reference: string | null;
}

/** Turns any thrown value into a message in the current language; never shows the server's raw text. */
export function useErrorMessage() {
  const { t, te } = useI18n();

  return function describe(error: unknown): ErrorMessage {
    const code = error instanceof ApiError ? error.code : ApiErrorCode.INTERNAL;
    const key = `errors.${code}`;
    return {
      text: te(key) ? t(key) : t('errors.generic'),
      reference: error instanceof ApiError && error.errorId ? t('errors.reference', { errorId: error.errorId }) : null,
    };
  };
}
