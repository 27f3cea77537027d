// The server's rules, read from source: web-kit does not depend on the back end's packages, but this test
// must fail when the browser's copy and the contract's drift apart.
import { formDefinitionSchema, formValueIssues as serverIssues } from '../../../contracts/src/expertise/forms';
import type { FormDefinition, FormValues } from './form-types';
import { formValuesToSend, formValueIssues, initialFormValues, issuesByField } from './form-values';

const definition: FormDefinition = {
  fields: [
    { key: 'lesion', label: 'Lesion', kind: 'textarea', required: true },
    { key: 'durationDays', label: 'Duration (days)', kind: 'number', required: false },
    { key: 'onset', label: 'Onset', kind: 'date', required: false },
    { key: 'site', label: 'Site', kind: 'select', required: true, options: ['Face', 'Trunk', 'Limbs'] },
    { key: 'photoConsent', label: 'Photo consent', kind: 'boolean', required: true },
  ],
};

const cases: FormValues[] = [
  {},
  initialFormValues(definition),
  { lesion: 'Red patch', site: 'Face', photoConsent: true },
  { lesion: '  ', site: 'Face', photoConsent: true },
  { lesion: 'x', site: 'Neck', photoConsent: true, durationDays: 'three' },
  { lesion: 'x', site: 'Trunk', photoConsent: false, onset: '2026-13-45' },
  { lesion: 'x', site: 'Limbs', photoConsent: true, onset: '2026-11-02', durationDays: 12, extra: 'no' },
  { lesion: 3, site: null, photoConsent: 'yes' },
];

describe('form values (browser side)', () => {
  it('finds exactly the problems the expertise service finds', () => {
    const parsed = formDefinitionSchema.parse(definition);
    for (const values of cases) expect(formValueIssues(definition, values)).toEqual(serverIssues(parsed, values));
  });

  it('names the missing mandatory fields of a blank form, the unticked confirmation included', () => {
    expect(issuesByField(formValueIssues(definition, initialFormValues(definition)))).toEqual({
      lesion: 'required',
      site: 'required',
      photoConsent: 'required',
    });
  });

  it('sends trimmed text and leaves out empty optional fields', () => {
    expect(formValuesToSend(definition, { lesion: ' Red patch ', durationDays: null, onset: '', site: 'Face', photoConsent: true })).toEqual({
      lesion: 'Red patch',
      site: 'Face',
      photoConsent: true,
    });
  });
});
