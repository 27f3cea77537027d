import { Injectable } from '@nestjs/common';
import { KeyStore } from '../../infra/key-store';

@Injectable()
export class GetJwksUseCase {
  constructor(private readonly keyStore: KeyStore) {}

  async execute() {
    const keys = await this.keyStore.publicKeys();
    return { keys: keys.map((k) => ({ ...k, kid: k.kid!, alg: k.alg!, use: k.use!, kty: k.kty! })) };
  }
}
