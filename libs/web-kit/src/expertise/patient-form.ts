import { checkNir, type NirProblem } from './nir';
import type { ConsentGiver, CreatePatientBody, PatientSex } from './patient-types';

/** What the "new identity" form holds while the requester types. */
export interface PatientFormValues {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: PatientSex | '';
  nir: string;
  consentGiven: boolean;
  consentGivenBy: ConsentGiver;
}

/** Each problem has a message under `expertise.patient.problems.<problem>`. */
/** `exists`: identity already holds this NIR (the server's CONFLICT). */
export type PatientFieldProblem = 'required' | 'tooLong' | 'invalidDate' | 'futureDate' | NirProblem | 'consentRequired' | 'exists';
export type PatientFieldErrors = Partial<Record<'lastName' | 'firstName' | 'birthDate' | 'nir' | 'consent', PatientFieldProblem>>;

const NAME_MAX = 100;

export function emptyPatientForm(): PatientFormValues {
  return { lastName: '', firstName: '', birthDate: '', sex: '', nir: '', consentGiven: false, consentGivenBy: 'patient' };
}

/** Checks the form as identity will, and builds the body of `POST /patients` (consent recorded now). */
export function checkPatientForm(
  values: PatientFormValues,
  now: Date = new Date(),
): { body: CreatePatientBody | null; errors: PatientFieldErrors } {
  const errors: PatientFieldErrors = {};
  for (const field of ['lastName', 'firstName'] as const) {
    const value = values[field].trim();
    if (value === '') errors[field] = 'required';
    else if (value.length > NAME_MAX) errors[field] = 'tooLong';
  }
  const birth = values.birthDate;
  if (birth === '') errors.birthDate = 'required';
  else if (!isCalendarDate(birth)) errors.birthDate = 'invalidDate';
  else if (birth > now.toISOString().slice(0, 10)) errors.birthDate = 'futureDate';
  const nir = checkNir(values.nir);
  if (!nir.ok) errors.nir = nir.problem;
  if (!values.consentGiven) errors.consent = 'consentRequired';
  if (Object.keys(errors).length > 0 || !nir.ok) return { body: null, errors };
  return {
    body: {
      lastName: values.lastName.trim(),
      firstName: values.firstName.trim(),
      birthDate: birth,
      ...(values.sex ? { sex: values.sex } : {}),
      nir: nir.nir,
      consent: { givenBy: values.consentGivenBy, recordedAt: now.toISOString() },
    },
    errors,
  };
}

/** YYYY-MM-DD naming a day that exists. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
