import { channelsFor, checkInviteForm, fieldErrorsFromIssues, type InviteFormValues } from './invite-form';

const form = (overrides: Partial<InviteFormValues> = {}): InviteFormValues => ({
  kind: 'remote',
  firstName: 'Awa',
  lastName: 'Ndiaye',
  language: 'fr',
  channel: 'sms',
  email: '',
  phone: '+221 77 123 45 67',
  ...overrides,
});

describe('checkInviteForm', () => {
  it('builds the body of a remote SMS invite with the phone in E.164', () => {
    expect(checkInviteForm(form())).toEqual({
      body: {
        kind: 'remote',
        invitee: { firstName: 'Awa', lastName: 'Ndiaye', language: 'fr', channel: 'sms', phone: '+221771234567' },
      },
      errors: {},
    });
  });

  it('sends an e-mail invite with the address only, lower-cased', () => {
    const { body } = checkInviteForm(form({ kind: 'in-person', channel: 'email', email: ' Colleague@Clinic.Example ' }));
    expect(body?.invitee).toEqual({
      firstName: 'Awa',
      lastName: 'Ndiaye',
      language: 'fr',
      channel: 'email',
      email: 'colleague@clinic.example',
    });
  });

  it('needs only a phone number for a phone-only invite', () => {
    const { body } = checkInviteForm(form({ kind: 'phone-only', firstName: '', lastName: '' }));
    expect(body).toEqual({ kind: 'phone-only', invitee: { language: 'fr', channel: 'sms', phone: '+221771234567' } });
  });

  it('reports each missing or invalid field', () => {
    expect(checkInviteForm(form({ firstName: ' ', lastName: '', phone: '12' })).errors).toEqual({
      firstName: 'required',
      lastName: 'required',
      phone: 'invalidPhone',
    });
    expect(checkInviteForm(form({ channel: 'email', email: 'not-an-address' })).errors).toEqual({ email: 'invalidEmail' });
    expect(checkInviteForm(form({ channel: 'whatsapp', phone: '' })).errors).toEqual({ phone: 'required' });
  });

  it('refuses e-mail for a phone-only invite', () => {
    expect(checkInviteForm(form({ kind: 'phone-only', channel: 'email' })).errors).toMatchObject({ channel: 'notAllowed' });
    expect(channelsFor('phone-only')).toEqual(['sms', 'whatsapp']);
  });
});

describe('fieldErrorsFromIssues', () => {
  it('places the API issues on the form fields', () => {
    const { errors, unplaced } = fieldErrorsFromIssues([
      { path: 'invitee.phone', problem: 'invalid_format' },
      { path: 'invitee.firstName', problem: 'custom' },
      { path: 'invitee.channel', problem: 'custom' },
      { path: 'invitee.lastName', problem: 'too_big' },
      { path: '(root)', problem: 'unrecognized_keys' },
    ]);
    expect(errors).toEqual({ phone: 'invalidPhone', firstName: 'required', channel: 'notAllowed', lastName: 'tooLong' });
    expect(unplaced).toBe(1);
  });

  it('keeps the first problem of a field', () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'invitee.email', problem: 'invalid_format' },
        { path: 'invitee.email', problem: 'custom' },
      ]).errors,
    ).toEqual({ email: 'invalidEmail' });
  });
});
