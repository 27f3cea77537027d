import { Injectable } from '@nestjs/common';
import { InjectConfig, resolveDataKey } from '@passerelle/nest-kit';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { IdentityConfig } from '../config';

/**
 * Keeps one-time codes unreadable at rest: an HMAC bound to the challenge, keyed by HKDF from
 * IDENTITY_DATA_KEY. A plain hash would not do: a million 6-digit codes are enumerated in a blink.
 */
@Injectable()
export class OtpCodeHasher {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: Pick<IdentityConfig, 'NODE_ENV' | 'IDENTITY_DATA_KEY'>) {
    const dataKey = resolveDataKey(config, config.IDENTITY_DATA_KEY);
    this.key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'passerelle/identity/otp-code/v1', 32));
  }

  hash(challengeId: string, code: string): string {
    return createHmac('sha256', this.key).update(`${challengeId}:${code}`, 'utf8').digest('hex');
  }

  matches(challengeId: string, code: string, stored: string): boolean {
    const expected = Buffer.from(this.hash(challengeId, code), 'hex');
    const actual = Buffer.from(stored, 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
