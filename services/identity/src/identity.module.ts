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
import { FindUserByEmailUseCase } from './usecases/find-user-by-email/find-user-by-email.usecase';
import { UserLookupHandlers } from './transport/user-lookup.handlers';
import { IssueGuestTokenUseCase } from './usecases/issue-guest-token/issue-guest-token.usecase';
import { LoginUseCase } from './usecases/login/login.usecase';
import { LogoutUseCase } from './usecases/logout/logout.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session/refresh-session.usecase';
import { SearchPatientsUseCase } from './usecases/search-patients/search-patients.usecase';
import { PatientRecords } from './usecases/shared/patient-access';
import { SessionIssuer } from './usecases/shared/session-issuer';
import { OtpCodeHasher } from './infra/otp-code-hasher';
import { AccountHandlers } from './transport/accounts.handlers';
import { AdminUserHandlers } from './transport/admin-users.handlers';
import { TermsHandlers } from './transport/terms.handlers';
import { AcceptTermsUseCase } from './usecases/accept-terms/accept-terms.usecase';
import { GetCurrentTermsUseCase } from './usecases/get-current-terms/get-current-terms.usecase';
import { GetMyTermsUseCase } from './usecases/get-my-terms/get-my-terms.usecase';
import { ListEstablishmentsUseCase } from './usecases/list-establishments/list-establishments.usecase';
import { ListTermsUseCase } from './usecases/list-terms/list-terms.usecase';
import { ListUsersUseCase } from './usecases/list-users/list-users.usecase';
import { PublishTermsUseCase } from './usecases/publish-terms/publish-terms.usecase';
import { RegisterAccountUseCase } from './usecases/register-account/register-account.usecase';
import { ResendOtpUseCase } from './usecases/resend-otp/resend-otp.usecase';
import { ReviewUserUseCase } from './usecases/review-user/review-user.usecase';
import { SetUserRolesUseCase } from './usecases/set-user-roles/set-user-roles.usecase';
import { ManagedUsers } from './usecases/shared/admin-access';
import { OtpChallenges } from './usecases/shared/otp-challenges';
import { VerifyOtpUseCase } from './usecases/verify-otp/verify-otp.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'identity', config, database }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [UserLookupHandlers, AuthHandlers, GuestTokenHandlers, PatientHandlers, AccountHandlers, AdminUserHandlers, TermsHandlers],
  providers: [
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    KeyStore,
    SessionIssuer,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    GetUserUseCase,
    FindUserByEmailUseCase,
    GetJwksUseCase,
    IssueGuestTokenUseCase,
    NirProtector,
    PatientRecords,
    CreatePatientUseCase,
    SearchPatientsUseCase,
    GetPatientUseCase,
    OtpCodeHasher,
    OtpChallenges,
    VerifyOtpUseCase,
    ResendOtpUseCase,
    RegisterAccountUseCase,
    ListEstablishmentsUseCase,
    ManagedUsers,
    ListUsersUseCase,
    ReviewUserUseCase,
    SetUserRolesUseCase,
    GetCurrentTermsUseCase,
    ListTermsUseCase,
    PublishTermsUseCase,
    GetMyTermsUseCase,
    AcceptTermsUseCase,
    DemoSeed,
  ],
})
export class IdentityModule {}
