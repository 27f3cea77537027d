/**
 * Closed lists of values the contracts' schemas enumerate and the SPAs show as choices. Declared here,
 * without zod, so the browser bundles them without the schemas; each schema file builds its enums from
 * these and the barrel exports them once.
 */

/** Invitations: how an invitee is reached. */
export const CHANNELS = ['email', 'sms', 'whatsapp'] as const;

/**
 * - `remote`: the patient at home receives the link;
 * - `in-person`: the patient is next to the requester, a colleague receives the link;
 * - `phone-only`: the quickest way, a phone number and an SMS link.
 */
export const INVITE_KINDS = ['remote', 'in-person', 'phone-only'] as const;

/** The invites list's filters (`GET /invites?filter=`). */
export const INVITE_LIST_FILTERS = ['all', 'planned', 'waiting', 'open', 'closed'] as const;

/** The only files chat and tele-expertise accept. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

/** Patient identities. */
export const PATIENT_SEXES = ['female', 'male', 'other'] as const;
export const CONSENT_GIVERS = ['patient', 'legal-representative'] as const;
/**
 * - `exact`: the normalised names (no accents, upper case) are equal;
 * - `approximate`: typos, by trigram similarity (pg_trgm);
 * - `phonetic`: sounds alike in French (a phonetic key computed by identity).
 * The birth date, when given, always filters exactly.
 */
export const PATIENT_SEARCH_MODES = ['exact', 'approximate', 'phonetic'] as const;

/** An expert's presence, which decides who is rung for live requests. */
export const PRESENCE_STATUSES = ['available', 'busy', 'away'] as const;
