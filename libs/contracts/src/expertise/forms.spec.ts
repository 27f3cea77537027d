import { FormDefinition, formDefinitionSchema, formValueIssues } from './forms';

const form: FormDefinition = formDefinitionSchema.parse({
  fields: [
    { key: 'lesionLocation', label: 'Where?', kind: 'text', required: true },
    { key: 'duration', label: 'How long?', kind: 'select', required: true, options: ['days', 'weeks'] },
    { key: 'temperature', label: 'Temperature', kind: 'number' },
    { key: 'since', label: 'Since', kind: 'date' },
    { key: 'consentPhotos', label: 'Photos may be shared', kind: 'boolean', required: true },
  ],
});

describe('form values against their definition', () => {
  it('accepts a complete form', () => {
    expect(formValueIssues(form, { lesionLocation: 'left arm', duration: 'weeks', temperature: 38.5, since: '2026-11-20', consentPhotos: true })).toEqual([]);
  });

  it('names each missing mandatory field (blank text counts as missing; an unticked mandatory box too)', () => {
    expect(formValueIssues(form, { lesionLocation: '   ', consentPhotos: false })).toEqual([
      { path: 'form.lesionLocation', problem: 'required' },
      { path: 'form.duration', problem: 'required' },
      { path: 'form.consentPhotos', problem: 'required' },
    ]);
  });

  it('refuses values of the wrong kind, choices not offered and unknown fields, never echoing values', () => {
    const issues = formValueIssues(form, {
      lesionLocation: 'arm',
      duration: 'years',
      temperature: 'hot',
      since: '2026-13-45',
      consentPhotos: true,
      nir: '1850575123456 12',
    });
    expect(issues).toEqual([
      { path: 'form.nir', problem: 'unknown_field' },
      { path: 'form.duration', problem: 'not_an_option' },
      { path: 'form.temperature', problem: 'invalid_type' },
      { path: 'form.since', problem: 'invalid_type' },
    ]);
    expect(JSON.stringify(issues)).not.toContain('1850575123456');
  });

  it('refuses definitions with duplicate keys or select fields without options', () => {
    expect(formDefinitionSchema.safeParse({ fields: [{ key: 'a', label: 'A', kind: 'text' }, { key: 'a', label: 'B', kind: 'text' }] }).success).toBe(false);
    expect(formDefinitionSchema.safeParse({ fields: [{ key: 'a', label: 'A', kind: 'select' }] }).success).toBe(false);
  });
});
