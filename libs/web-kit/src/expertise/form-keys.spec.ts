import { FORM_FIELD_KEY, fieldKeyFrom } from './form-keys';

describe('fieldKeyFrom', () => {
  it('turns a label into a camel-case key without accents', () => {
    expect(fieldKeyFrom('Durée des symptômes (jours)', new Set())).toBe('dureeDesSymptomesJours');
  });

  it('keeps keys unique within the form', () => {
    expect(fieldKeyFrom('Question', new Set(['question', 'question2']))).toBe('question3');
  });

  it('always yields the contract shape, even from digits, other scripts or a very long label', () => {
    for (const label of ['123 mm', 'الموقع', '', 'a'.repeat(200)]) {
      const key = fieldKeyFrom(label, new Set());
      expect(key).toMatch(FORM_FIELD_KEY);
    }
    expect(fieldKeyFrom('12 mm', new Set())).toBe('field12Mm');
  });
});
