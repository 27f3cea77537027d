import { z } from 'zod';
import { defineRpc } from '../contract';
import { staffActorSchema } from './actor';
import { CONSENT_GIVERS, PATIENT_SEARCH_MODES, PATIENT_SEXES } from '../value-lists';
import { NIR_PATTERN } from './nir';

/**
 * Patient identities (identity owns them): created by a requester for a tele-expertise request, found
 * again by name and birth date. Every read is audited by identity. Nothing here is ever put in a log line
 * or an error message.
 */

/**
 * French social-security number (NIR, nir.ts). Spaces are tolerated on input. Only the shape is checked
 * here; the key is verified by identity (`nirKeyIsValid`), which answers VALIDATION_FAILED with the issue
 * `{ path: 'nir', problem: 'invalid_key' }` without ever echoing the value.
 */
export const nirSchema = z
  .string()
  .max(32)
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(NIR_PATTERN, '13 characters and a 2-digit key'));

/** A calendar date, YYYY-MM-DD, that exists. */
export const calendarDateSchema = z.iso.date();

const personName = z.string().trim().min(1).max(100);

/** Every identity starts unverified: the requester typed it, no authority has confirmed it yet. */
export const IDENTITY_STATUSES = ['unverified'] as const;

export const createPatientBodySchema = z
  .object({
    lastName: personName,
    firstName: personName,
    birthDate: calendarDateSchema,
    sex: z.enum(PATIENT_SEXES).optional(),
    nir: nirSchema,
    /** The requester confirms the patient's (or their legal representative's) consent, and when it was given. */
    consent: z.object({ givenBy: z.enum(CONSENT_GIVERS), recordedAt: z.string().datetime({ offset: true }) }).strict(),
  })
  .strict();
export type CreatePatientBody = z.output<typeof createPatientBodySchema>;

export const patientViewSchema = z.object({
  id: z.string().uuid(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: calendarDateSchema,
  sex: z.enum(PATIENT_SEXES).nullable(),
  /** The NIR masked but for the last 4 of its 13 characters and the key, e.g. `*********0123 45`. */
  nirMasked: z.string(),
  identityStatus: z.enum(IDENTITY_STATUSES),
  consent: z.object({ givenBy: z.enum(CONSENT_GIVERS), recordedAt: z.string().datetime() }),
  createdByUserId: z.string().uuid(),
  createdAt: z.string().datetime(),
});
export type PatientView = z.infer<typeof patientViewSchema>;

/** `mode`: one of PATIENT_SEARCH_MODES (value-lists.ts, which says what each finds). */
export const searchPatientsQuerySchema = z
  .object({
    lastName: personName.optional(),
    firstName: personName.optional(),
    birthDate: calendarDateSchema.optional(),
    mode: z.enum(PATIENT_SEARCH_MODES).default('approximate'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (!query.lastName && !query.firstName) {
      ctx.addIssue({ code: 'custom', path: ['lastName'], message: 'a last or first name is required' });
    }
  });
export type SearchPatientsQuery = z.output<typeof searchPatientsQuerySchema>;

/** Best match first; `score` is 1 for an exact match, the name similarity (0–1) otherwise. */
export const patientSearchResultSchema = z.object({
  items: z.array(patientViewSchema.extend({ score: z.number().min(0).max(1) })),
});

export const identityPatientCreate = defineRpc(
  'identity.patient.create.v1',
  z.object({ actor: staffActorSchema, body: createPatientBodySchema }).strict(),
  patientViewSchema,
);

export const identityPatientSearch = defineRpc(
  'identity.patient.search.v1',
  z.object({ actor: staffActorSchema, query: searchPatientsQuerySchema }).strict(),
  patientSearchResultSchema,
);

export const identityPatientGet = defineRpc(
  'identity.patient.get.v1',
  z.object({ actor: staffActorSchema, patientId: z.string().uuid() }).strict(),
  patientViewSchema,
);
