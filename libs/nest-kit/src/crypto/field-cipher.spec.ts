import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { baseConfigShape, loadConfig } from '../config/load-config';
import {
  DEVELOPMENT_ONLY_DATA_KEY,
  FieldCipher,
  dataKeyConfigShape,
  requireDataKeyInProduction,
  resolveDataKey,
} from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips a value and never stores it in clear', () => {
    const stored = cipher.encrypt('Amélie Poulain', 'first_name');
    expect(stored).not.toContain('Amélie');
    expect(stored.startsWith('v1.')).toBe(true);
    expect(cipher.decrypt(stored, 'first_name')).toBe('Amélie Poulain');
  });

  it('gives two encryptions of one value different ciphertexts', () => {
    expect(cipher.encrypt('+33612345678', 'phone')).not.toBe(cipher.encrypt('+33612345678', 'phone'));
  });

  it('refuses a value moved to another column, a tampered value and another key', () => {
    const stored = cipher.encrypt('someone@example.org', 'email');
    expect(() => cipher.decrypt(stored, 'phone')).toThrow();
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'email')).toThrow();
    expect(() => new FieldCipher(randomBytes(32)).decrypt(stored, 'email')).toThrow();
  });
});

describe('data key configuration', () => {
  const schema = z.object({ ...baseConfigShape, ...dataKeyConfigShape('SOME_DATA_KEY') }).superRefine(requireDataKeyInProduction('SOME_DATA_KEY'));

  it('refuses to boot in production without a key, and names the variable only', () => {
    expect(() => loadConfig(schema, { NODE_ENV: 'production' })).toThrow(/SOME_DATA_KEY/);
  });

  it('refuses a key of the wrong length without echoing it', () => {
    expect(() => loadConfig(schema, { SOME_DATA_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => loadConfig(schema, { SOME_DATA_KEY: 'c2hvcnQ=' })).not.toThrow(/c2hvcnQ/);
  });

  it('uses the given key, or the development key outside production', () => {
    const key = randomBytes(32);
    const config = loadConfig(schema, { NODE_ENV: 'production', SOME_DATA_KEY: key.toString('base64') });
    expect(resolveDataKey(config, config.SOME_DATA_KEY).equals(key)).toBe(true);
    const dev = loadConfig(schema, { NODE_ENV: 'test' });
    expect(resolveDataKey(dev, dev.SOME_DATA_KEY)).toBe(DEVELOPMENT_ONLY_DATA_KEY);
  });
});
