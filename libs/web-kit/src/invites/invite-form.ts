import type { CountryCode } from 'libphonenumber-js';
import type { ErrorBody } from '../api/types';
import { checkPhone } from './phone';
import { CHANNELS, type Channel, type CreateInviteBody, type InviteKind, type InviteLanguage } from './types';

/** What the "New invite" form holds while the requester types. */
export interface InviteFormValues {
  kind: InviteKind;
  firstName: string;
  lastName: string;
  language: InviteLanguage;
  channel: Channel;
  email: string;
  phone: string;
}

export const INVITE_FIELDS = ['kind', 'firstName', 'lastName', 'language', 'channel', 'email', 'phone'] as const;
export type InviteField = (typeof INVITE_FIELDS)[number];
/** Each problem has a message under `invites.form.problems.<problem>`. */
export type FieldProblem = 'required' | 'invalid' | 'invalidEmail' | 'invalidPhone' | 'tooLong' | 'notAllowed';
export type FieldErrors = Partial<Record<InviteField, FieldProblem>>;

const NAME_MAX = 100;
const EMAIL_MAX = 254;
// Deliberately loose: the server has the final word; this only catches typos before a slow round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A phone-only invite goes by text message: no e-mail. */
export function channelsFor(kind: InviteKind): readonly Channel[] {
  return kind === 'phone-only' ? CHANNELS.filter((channel) => channel !== 'email') : CHANNELS;
}

/** Which fields the form shows for a kind of invite. */
export function fieldsFor(kind: InviteKind, channel: Channel): { names: boolean; email: boolean; phone: boolean } {
  const names = kind !== 'phone-only';
  const email = kind !== 'phone-only' && channel === 'email';
  return { names, email, phone: !email };
}

export interface InviteFormCheck {
  /** The request body, when the form is valid. */
  body: CreateInviteBody | null;
  errors: FieldErrors;
}

/** Checks the form as the server will, and builds the body of `POST /invites` (phone in E.164). */
export function checkInviteForm(values: InviteFormValues, defaultCountry?: CountryCode): InviteFormCheck {
  const errors: FieldErrors = {};
  const shown = fieldsFor(values.kind, values.channel);
  const invitee: CreateInviteBody['invitee'] = { language: values.language, channel: values.channel };

  if (!channelsFor(values.kind).includes(values.channel)) errors.channel = 'notAllowed';
  if (shown.names) {
    for (const field of ['firstName', 'lastName'] as const) {
      const value = values[field].trim();
      if (value === '') errors[field] = 'required';
      else if (value.length > NAME_MAX) errors[field] = 'tooLong';
      else invitee[field] = value;
    }
  }
  if (shown.email) {
    const email = values.email.trim().toLowerCase();
    if (email === '') errors.email = 'required';
    else if (email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email)) errors.email = 'invalidEmail';
    else invitee.email = email;
  }
  if (shown.phone) {
    const phone = checkPhone(values.phone, defaultCountry);
    if (phone.ok) invitee.phone = phone.e164;
    else errors.phone = phone.problem === 'required' ? 'required' : 'invalidPhone';
  }
  const valid = Object.keys(errors).length === 0;
  return { body: valid ? { kind: values.kind, invitee } : null, errors };
}

/**
 * Field errors from a VALIDATION_FAILED answer. Issues carry a path (`invitee.phone`) and a rule name,
 * never the value; paths that name no field of the form are returned apart, for a general message.
 */
export function fieldErrorsFromIssues(issues: ErrorBody['issues']): { errors: FieldErrors; unplaced: number } {
  const errors: FieldErrors = {};
  let unplaced = 0;
  for (const issue of issues ?? []) {
    const field = issue.path.split('.').at(-1);
    if (!isInviteField(field)) {
      unplaced += 1;
      continue;
    }
    errors[field] ??= problemFor(field, issue.problem);
  }
  return { errors, unplaced };
}

function isInviteField(value: string | undefined): value is InviteField {
  return (INVITE_FIELDS as readonly (string | undefined)[]).includes(value);
}

function problemFor(field: InviteField, problem: string): FieldProblem {
  switch (problem) {
    case 'too_big':
      return 'tooLong';
    case 'invalid_type':
    case 'too_small':
    case 'required':
      return 'required';
    default:
      break;
  }
  // `custom` rules on these fields are "required for this channel/kind" (see createInviteBodySchema).
  if (problem === 'custom') return field === 'channel' || field === 'kind' ? 'notAllowed' : 'required';
  if (field === 'email') return 'invalidEmail';
  if (field === 'phone') return 'invalidPhone';
  return 'invalid';
}
