import { Injectable } from '@nestjs/common';
import { UserProfile, identityUserFindByEmail, identityUserGet } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';

/** Staff users as identity knows them (names shown in threads, e-mail addresses to notify). */
@Injectable()
export class People {
  constructor(private readonly rpc: RpcClient) {}

  profile(userId: string): Promise<UserProfile> {
    return this.rpc.request(identityUserGet, { userId });
  }

  async displayName(userId: string): Promise<string> {
    return (await this.profile(userId)).displayName;
  }

  byEmail(email: string): Promise<UserProfile> {
    return this.rpc.request(identityUserFindByEmail, { email });
  }
}
