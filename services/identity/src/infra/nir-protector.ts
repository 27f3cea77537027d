import { Injectable } from '@nestjs/common';
import { FieldCipher, InjectConfig, resolveDataKey } from '@passerelle/nest-kit';
import { createHmac, hkdfSync } from 'node:crypto';
import type { IdentityConfig } from '../config';

const NIR_COLUMN = 'patient_identities.nir_encrypted';

/**
 * Keeps NIRs unreadable at rest: AES-256-GCM (FieldCipher) for the value, and an HMAC-SHA256 for exact
 * lookups and uniqueness, whose key is derived from the same IDENTITY_DATA_KEY with HKDF so the two uses
 * never share key material. A plain hash would not do: 15-digit NIRs are few enough to enumerate.
 * Rotating IDENTITY_DATA_KEY therefore means re-encrypting and re-keying every identity.
 */
@Injectable()
export class NirProtector {
  private readonly cipher: FieldCipher;
  private readonly hmacKey: Buffer;

  constructor(@InjectConfig() config: Pick<IdentityConfig, 'NODE_ENV' | 'IDENTITY_DATA_KEY'>) {
    const key = resolveDataKey(config, config.IDENTITY_DATA_KEY);
    this.cipher = new FieldCipher(key);
    this.hmacKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'passerelle/identity/nir-lookup/v1', 32));
  }

  encrypt(nir: string): string {
    return this.cipher.encrypt(nir, NIR_COLUMN);
  }

  decrypt(stored: string): string {
    return this.cipher.decrypt(stored, NIR_COLUMN);
  }

  lookupHmac(nir: string): string {
    return createHmac('sha256', this.hmacKey).update(nir, 'utf8').digest('hex');
  }
}
