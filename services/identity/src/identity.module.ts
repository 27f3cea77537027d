import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { PASSWORD_HASHER } from './domain/password-hasher';
import { Argon2PasswordHasher } from './infra/argon2-password-hasher';
import { database } from './infra/database';
import { DemoSeed } from './infra/demo-seed';
import { KeyStore } from './infra/key-store';
import { NirProtector } from './infra/nir-protector';
import { AuthHandlers } from './transport/auth.handlers';
import { GuestTokenHandlers } from './transport/guest-token.handlers';
import { PatientHandlers } from './transport/patients.handlers';
import { CreatePatientUseCase } from './usecases/create-patient/create-patient.usecase';
import { GetJwksUseCase } from './usecases/get-jwks/get-jwks.usecase';
import { GetPatientUseCase } from './usecases/get-patient/get-patient.usecase';
import { GetUserUseCase } from './usecases/get-user/get-user.usecase';
import { IssueGuestTokenUseCase } from './usecases/issue-guest-token/issue-guest-token.usecase';
import { LoginUseCase } from './usecases/login/login.usecase';
import { LogoutUseCase } from './usecases/logout/logout.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session/refresh-session.usecase';
import { SearchPatientsUseCase } from './usecases/search-patients/search-patients.usecase';
import { PatientRecords } from './usecases/shared/patient-access';
import { SessionIssuer } from './usecases/shared/session-issuer';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'identity', config, database }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [AuthHandlers, GuestTokenHandlers, PatientHandlers],
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
    NirProtector,
    PatientRecords,
    CreatePatientUseCase,
    SearchPatientsUseCase,
    GetPatientUseCase,
    DemoSeed,
  ],
})
export class IdentityModule {}
