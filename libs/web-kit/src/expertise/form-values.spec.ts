import type { FormDefinition } from './form-types';
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

describe('form values (browser side)', () => {
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
