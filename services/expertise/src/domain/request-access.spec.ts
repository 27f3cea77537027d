import { DomainError, StaffActor } from '@passerelle/contracts';
import {
  RequestAccessFacts,
  assertCanRead,
  assertHolder,
  assertMayTake,
  assertTaker,
  assertTransferTarget,
  relationTo,
} from './request-access';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG = '00000000-0000-4000-8000-000000000002';
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const requester = (n: number, organisationId = ORG): StaffActor => ({ kind: 'staff', userId: id(n), organisationId, roles: ['requester'] });
const expert = (n: number, organisationId = ORG): StaffActor => ({ kind: 'staff', userId: id(n), organisationId, roles: ['expert'] });

const facts = (overrides: Partial<RequestAccessFacts> = {}): RequestAccessFacts => ({
  organisationId: ORG,
  status: 'sent',
  requesterUserId: id(1),
  takenByUserId: null,
  transferUserIds: [],
  queueExpertIds: [id(10), id(11)],
  ...overrides,
});

function codeOf(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'allowed';
}

describe('who may read and change a request', () => {
  it('lets its holder and the experts of its queue read it, nobody else (NOT_FOUND, existence hidden)', () => {
    expect(relationTo(requester(1), facts())).toBe('holder');
    expect(relationTo(expert(10), facts())).toBe('queue-expert');
    expect(codeOf(() => assertCanRead(requester(2), facts()))).toBe('NOT_FOUND');
    expect(codeOf(() => assertCanRead(expert(12), facts()))).toBe('NOT_FOUND');
    // Same ids, another organisation: nothing.
    expect(codeOf(() => assertCanRead(requester(1, OTHER_ORG), facts()))).toBe('NOT_FOUND');
  });

  it('hides drafts from the experts', () => {
    expect(codeOf(() => assertCanRead(expert(10), facts({ status: 'draft' })))).toBe('NOT_FOUND');
  });

  it('opens it to a colleague once transferred to them, and keeps it readable by who transferred it', () => {
    const transferred = facts({ requesterUserId: id(2), transferUserIds: [id(1), id(2)] });
    expect(relationTo(requester(2), transferred)).toBe('holder');
    expect(relationTo(requester(1), transferred)).toBe('former-holder');
    expect(codeOf(() => assertHolder(requester(1), transferred))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRead(requester(3), transferred))).toBe('NOT_FOUND');
  });

  it('lets only the expert who took it answer, and only queue experts take it', () => {
    const taken = facts({ status: 'taken', takenByUserId: id(10) });
    expect(codeOf(() => assertTaker(expert(10), taken))).toBe('allowed');
    expect(codeOf(() => assertTaker(expert(11), taken))).toBe('FORBIDDEN');
    expect(codeOf(() => assertTaker(requester(1), taken))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayTake(expert(11), facts()))).toBe('allowed');
    expect(codeOf(() => assertMayTake(requester(1), facts()))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayTake(expert(12), facts()))).toBe('NOT_FOUND');
  });

  it('transfers only to another requester of the same organisation', () => {
    const actor = requester(1);
    expect(codeOf(() => assertTransferTarget(actor, { id: id(2), roles: ['requester'], organisationId: ORG }))).toBe('allowed');
    expect(codeOf(() => assertTransferTarget(actor, { id: id(1), roles: ['requester'], organisationId: ORG }))).toBe('UNPROCESSABLE');
    expect(codeOf(() => assertTransferTarget(actor, { id: id(10), roles: ['expert'], organisationId: ORG }))).toBe('UNPROCESSABLE');
    expect(codeOf(() => assertTransferTarget(actor, { id: id(3), roles: ['requester'], organisationId: OTHER_ORG }))).toBe('UNPROCESSABLE');
  });
});
