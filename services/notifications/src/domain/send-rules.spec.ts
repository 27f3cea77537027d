import { DomainError } from '@passerelle/contracts';
import { checkSendCommand } from './send-rules';

const valid = {
  idempotencyKey: 'invite:1:1',
  channel: 'sms' as const,
  to: '+33612345678',
  language: 'fr' as const,
  template: 'session-invite' as const,
  variables: { firstName: '', requesterName: 'Dr Martin', organisationName: 'Demo', link: 'https://x.example/join/abc' },
};

function issuesOf(command: Parameters<typeof checkSendCommand>[0]) {
  try {
    checkSendCommand(command);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    expect((error as DomainError).message).not.toContain(command.to);
    return (error as DomainError).issues;
  }
}

describe('checkSendCommand', () => {
  it('accepts a complete command (an empty first name is allowed)', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('wants an E.164 number for SMS and WhatsApp and an address for e-mail', () => {
    expect(issuesOf({ ...valid, to: 'someone@example.org' })).toEqual([{ path: 'to', problem: 'invalid_for_sms' }]);
    expect(issuesOf({ ...valid, channel: 'whatsapp', to: '0612345678' })).toEqual([{ path: 'to', problem: 'invalid_for_whatsapp' }]);
    expect(issuesOf({ ...valid, channel: 'email', to: '+33612345678' })).toEqual([{ path: 'to', problem: 'invalid_for_email' }]);
    expect(issuesOf({ ...valid, channel: 'email', to: 'Someone@Example.org' })).toEqual([]);
  });

  it('requires the template variables and a web link', () => {
    expect(issuesOf({ ...valid, variables: { link: 'javascript:alert(1)' } })).toEqual([
      { path: 'variables.requesterName', problem: 'required' },
      { path: 'variables.organisationName', problem: 'required' },
      { path: 'variables.link', problem: 'not_a_web_link' },
    ]);
  });
});
