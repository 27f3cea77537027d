import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { PASSWORD_HASHER } from './domain/password-hasher';
import { Argon2PasswordHasher } from './infra/argon2-password-hasher';
import { database } from './infra/database';
import { DemoSeed } from './infra/demo-seed';
import { KeyStore } from './infra/key-store';
import { AuthHandlers } from './transport/auth.handlers';
import { GuestTokenHandlers } from './transport/guest-token.handlers';
import { GetJwksUseCase } from './usecases/get-jwks/get-jwks.usecase';
import { GetUserUseCase } from './usecases/get-user/get-user.usecase';
import { IssueGuestTokenUseCase } from './usecases/issue-guest-token/issue-guest-token.usecase';
import { LoginUseCase } from './usecases/login/login.usecase';
import { LogoutUseCase } from './usecases/logout/logout.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session/refresh-session.usecase';
import { SessionIssuer } from './usecases/shared/session-issuer';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'identity', config, database }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [AuthHandlers, GuestTokenHandlers],
  providers: [
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    KeyStore,
    SessionIssuer,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    GetUserUseCase,
    GetJwksUseCase,
    IssueGuestTokenUseCase,
    DemoSeed,
  ],
})
export class IdentityModule {}
