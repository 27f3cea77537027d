import { OtpCodeHasher } from './otp-code-hasher';

const hasher = new OtpCodeHasher({ NODE_ENV: 'test', IDENTITY_DATA_KEY: undefined });
const challenge = '3e1d8b3f-9d7f-4d62-a03f-bf0b3c8c5a04';
const other = '4f2e9c40-ae80-4e73-b140-c01c4d9d6b05';

describe('OtpCodeHasher', () => {
  it('recognises the code it hashed, and only that code', () => {
    const stored = hasher.hash(challenge, '048213');
    expect(stored).not.toContain('048213');
    expect(hasher.matches(challenge, '048213', stored)).toBe(true);
    expect(hasher.matches(challenge, '048214', stored)).toBe(false);
  });

  it('binds the hash to its challenge: the same code of another challenge does not match', () => {
    expect(hasher.matches(other, '048213', hasher.hash(challenge, '048213'))).toBe(false);
  });

  it('depends on the data key (a stolen table alone does not let anyone enumerate codes)', () => {
    const otherKey = new OtpCodeHasher({ NODE_ENV: 'test', IDENTITY_DATA_KEY: Buffer.alloc(32, 7) });
    expect(otherKey.hash(challenge, '048213')).not.toBe(hasher.hash(challenge, '048213'));
  });
});
