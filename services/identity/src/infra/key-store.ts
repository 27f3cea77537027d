import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JWK, KeyLike, exportJWK, generateKeyPair, importJWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { SigningKeyEntity } from './entities/signing-key.entity';

export const SIGNING_ALG = 'ES256';

/**
 * Holds the signing key. The first replica to boot on an empty schema creates one; the unique primary
 * key and a re-read make concurrent first boots converge on the same newest key.
 */
@Injectable()
export class KeyStore implements OnModuleInit {
  private signing?: { kid: string; key: KeyLike | Uint8Array };

  constructor(@InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>) {}

  async onModuleInit(): Promise<void> {
    let current = await this.newestActive();
    if (!current) {
      const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
      const kid = randomUUID();
      const meta = { kid, alg: SIGNING_ALG, use: 'sig' };
      await this.keys.insert({
        kid,
        privateJwk: { ...(await exportJWK(privateKey)), ...meta },
        publicJwk: { ...(await exportJWK(publicKey)), ...meta },
        active: true,
      });
      current = await this.newestActive();
    }
    if (!current) throw new Error('No signing key could be created');
    this.signing = { kid: current.kid, key: await importJWK(current.privateJwk, SIGNING_ALG) };
  }

  signingKey(): { kid: string; key: KeyLike | Uint8Array } {
    if (!this.signing) throw new Error('Key store not initialised');
    return this.signing;
  }

  async publicKeys(): Promise<JWK[]> {
    const active = await this.keys.find({ where: { active: true }, order: { createdAt: 'DESC' } });
    return active.map((k) => k.publicJwk);
  }

  private newestActive(): Promise<SigningKeyEntity | null> {
    return this.keys.findOne({ where: { active: true }, order: { createdAt: 'DESC' } });
  }
}
