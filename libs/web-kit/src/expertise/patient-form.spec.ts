import { checkPatientForm, emptyPatientForm, isCalendarDate } from './patient-form';

const NOW = new Date('2026-12-01T10:00:00Z');
// 1 84 12 75 123 456, key 97 − (1841275123456 mod 97).
const NIR = `1841275123456${String(97 - Number(1841275123456n % 97n)).padStart(2, '0')}`;

describe('checkPatientForm', () => {
  it('builds the body with the consent recorded now', () => {
    const { body, errors } = checkPatientForm(
      { ...emptyPatientForm(), lastName: ' Dupont ', firstName: 'Marie', birthDate: '1984-12-03', nir: NIR, consentGiven: true, sex: 'female' },
      NOW,
    );
    expect(errors).toEqual({});
    expect(body).toEqual({
      lastName: 'Dupont',
      firstName: 'Marie',
      birthDate: '1984-12-03',
      sex: 'female',
      nir: NIR,
      consent: { givenBy: 'patient', recordedAt: NOW.toISOString() },
    });
  });

  it('names every missing field, the consent included', () => {
    const { body, errors } = checkPatientForm(emptyPatientForm(), NOW);
    expect(body).toBeNull();
    expect(errors).toEqual({ lastName: 'required', firstName: 'required', birthDate: 'required', nir: 'required', consent: 'consentRequired' });
  });

  it('refuses a wrong NIR key and a birth date in the future', () => {
    const wrongKey = NIR.slice(0, 13) + (NIR.endsWith('01') ? '02' : '01');
    const { errors } = checkPatientForm(
      { ...emptyPatientForm(), lastName: 'A', firstName: 'B', birthDate: '2027-01-01', nir: wrongKey, consentGiven: true },
      NOW,
    );
    expect(errors).toEqual({ birthDate: 'futureDate', nir: 'invalidKey' });
  });

  it('knows which dates exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('03/12/1984')).toBe(false);
  });
});
