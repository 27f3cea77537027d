import type { FormDefinition, FormField, FormValueIssue, FormValueProblem, FormValues } from './form-types';

/**
 * The problems of a form's values against its definition, empty when it may be sent: the same rules as
 * the expertise service's `formValueIssues` (libs/contracts/src/expertise/forms.ts, which the browser
 * does not bundle); form-values.spec.ts proves both agree. A mandatory boolean must be ticked.
 */
export function formValueIssues(definition: FormDefinition, values: FormValues): FormValueIssue[] {
  const issues: FormValueIssue[] = [];
  const keys = new Set(definition.fields.map((field) => field.key));
  for (const key of Object.keys(values)) {
    if (!keys.has(key)) issues.push({ path: `form.${key}`, problem: 'unknown_field' });
  }
  for (const field of definition.fields) {
    const value = values[field.key];
    if (isEmpty(value) || (field.kind === 'boolean' && field.required && value === false)) {
      if (field.required) issues.push({ path: `form.${field.key}`, problem: 'required' });
      continue;
    }
    const problem = fitsKind(field, value);
    if (problem) issues.push({ path: `form.${field.key}`, problem });
  }
  return issues;
}

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function fitsKind(field: FormField, value: unknown): FormValueProblem | null {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? null : 'invalid_type';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'invalid_type';
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'invalid_type';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'invalid_type';
    case 'select':
      if (typeof value !== 'string') return 'invalid_type';
      return field.options?.includes(value) ? null : 'not_an_option';
  }
}
