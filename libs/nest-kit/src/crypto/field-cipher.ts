import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const FORMAT_VERSION = 'v1';

/**
 * Encrypts patient identifiers column by column (AES-256-GCM, random 96-bit IV per value). The stored
 * form `v1.<iv>.<tag>.<ciphertext>` (base64url) carries its format version so keys can be rotated later.
 * The column name is bound as associated data: a value copied into another column does not decrypt.
 */
export class FieldCipher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
    this.key = key;
  }

  encrypt(plain: string, column: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(column, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT_VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  decrypt(stored: string, column: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== FORMAT_VERSION || iv === undefined || tag === undefined || body === undefined) {
      throw new Error(`Encrypted ${column} has an unknown format`);
    }
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(column, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  encryptNullable(plain: string | null | undefined, column: string): string | null {
    return plain === null || plain === undefined ? null : this.encrypt(plain, column);
  }

  decryptNullable(stored: string | null, column: string): string | null {
    return stored === null ? null : this.decrypt(stored, column);
  }
}

/** A 32-byte key given as base64 (standard or URL-safe), e.g. `openssl rand -base64 32`. */
export const dataKeySchema = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
  .transform((value) => Buffer.from(value, 'base64'));

/**
 * Adds a data-key variable to a service's config: required when NODE_ENV=production; elsewhere a fixed,
 * publicly known development key is used instead, so development and tests run without secrets while
 * a production deployment refuses to boot without its own key.
 */
export function dataKeyConfigShape<K extends string>(name: K) {
  return { [name]: dataKeySchema.optional() } as { [P in K]: z.ZodOptional<typeof dataKeySchema> };
}

/** The development key: all zeros but the last byte, obviously not a secret. Never used in production. */
export const DEVELOPMENT_ONLY_DATA_KEY = Buffer.alloc(32, 0).fill(1, 31);

export function requireDataKeyInProduction(name: string) {
  return (config: { NODE_ENV: string } & Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (config.NODE_ENV === 'production' && !config[name]) {
      ctx.addIssue({ code: 'custom', path: [name], message: `${name} is required when NODE_ENV=production` });
    }
  };
}

/** The configured key, or the development key outside production (the config refinement guarantees it). */
export function resolveDataKey(config: { NODE_ENV: string }, key: Buffer | undefined): Buffer {
  if (key) return key;
  if (config.NODE_ENV === 'production') throw new Error('A data key is required in production');
  return DEVELOPMENT_ONLY_DATA_KEY;
}
