import type { NOTIFICATION_TEMPLATES } from '@passerelle/contracts';

export type TemplateName = (typeof NOTIFICATION_TEMPLATES)[number];

/** What the invite messages say; every value is plain text (the renderer escapes it for HTML). */
export interface InviteVariables {
  /** May be empty (a phone-only invite has no name): templates then greet without it. */
  firstName: string;
  requesterName: string;
  organisationName: string;
  /** Absolute join link. */
  link: string;
  /** Planned sessions: the slot in the invitee's time zone and language, long (e-mail) and short (SMS, subject). */
  when: string;
  whenShort: string;
  /** The device test page (`<origin>/join/test`), derived from the join link's origin. */
  testLink: string;
  /** Account messages: a one-time login code (6 digits) and how many minutes it stays valid. */
  code: string;
  minutes: string;
  /** Tele-expertise messages: the expertise type's name ("Dermatology"), never anything about the patient. */
  requestType: string;
}

/**
 * One template in one language. Functions rather than strings so a greeting can drop an empty first
 * name and word order can follow the language.
 */
export interface MessageTemplate<V = InviteVariables> {
  /** E-mail subject. */
  subject(v: V): string;
  /** E-mail plain-text body. */
  text(v: V): string;
  /** Inner HTML of the e-mail body; the values in `v` arrive HTML-escaped. */
  html(v: V): string;
  /** SMS and WhatsApp: short, first name and link only, nothing about the patient beyond the first name. */
  sms(v: V): string;
}
