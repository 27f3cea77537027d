import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneCheck =
  | { ok: true; e164: string; /** Human-friendly international form, to show back to the user. */ international: string }
  | { ok: false; problem: 'required' | 'invalid' };

/**
 * Validates a phone number the way the server will (E.164, valid for its country) and normalises it:
 * "+33 6 12 34 56 78" → "+33612345678". A number written without its country code is read in
 * `defaultCountry` (the browser's region) when there is one.
 */
export function checkPhone(input: string, defaultCountry?: CountryCode): PhoneCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'required' };
  // "00 33 …" is how many people dial abroad; libphonenumber only reads "+".
  const normalised = text.replace(/^00(?=[1-9])/, '+');
  const number = parsePhoneNumberFromString(normalised, normalised.startsWith('+') ? undefined : defaultCountry);
  if (!number || !number.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: number.number, international: number.formatInternational() };
}

/** The region of a BCP 47 tag ("fr-SN" → "SN"), when it names a country libphonenumber knows. */
export function regionOf(languageTag: string | undefined): CountryCode | undefined {
  const region = languageTag?.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  return region ? (region.toUpperCase() as CountryCode) : undefined;
}

/** An E.164 number written for reading back to a patient ("+221 77 123 45 67"); as given if unparsable. */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
