import { formValueIssues } from '@passerelle/contracts/src/expertise/form-rules';
import type { FormDefinition, FormValues } from './form-types';

/**
 * The problems of a form's values against its definition, empty when it may be sent: the contracts' own
 * rule (libs/contracts/src/expertise/form-rules.ts), which the expertise service runs on what it receives.
 */
export { formValueIssues };

/** Starting values: booleans unticked, everything else empty. */
export function initialFormValues(definition: FormDefinition): FormValues {
  return Object.fromEntries(definition.fields.map((field) => [field.key, field.kind === 'boolean' ? false : null]));
}

/** What is sent: text trimmed, empty optional fields left out. */
export function formValuesToSend(definition: FormDefinition, values: FormValues): FormValues {
  const out: FormValues = {};
  for (const field of definition.fields) {
    const value = values[field.key];
    if (isEmpty(value)) continue;
    out[field.key] = typeof value === 'string' ? value.trim() : (value ?? null);
  }
  return out;
}

/** Issues by field key (`form.<key>` → `<key>`), for placing messages under the fields. */
export function issuesByField(issues: readonly { path: string; problem: string }[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.startsWith('form.') ? issue.path.slice(5) : null;
    if (key && !byField[key]) byField[key] = issue.problem;
  }
  return byField;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
