import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  identityAccountRegister,
  identityEstablishmentList,
  identityOtpResend,
  identityOtpVerify,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ListEstablishmentsUseCase } from '../usecases/list-establishments/list-establishments.usecase';
import { RegisterAccountUseCase } from '../usecases/register-account/register-account.usecase';
import { ResendOtpUseCase } from '../usecases/resend-otp/resend-otp.usecase';
import { VerifyOtpUseCase } from '../usecases/verify-otp/verify-otp.usecase';

/** External accounts: self-registration and the one-time-code step of their login. */
@Controller()
export class AccountHandlers {
  constructor(
    private readonly register: RegisterAccountUseCase,
    private readonly establishments: ListEstablishmentsUseCase,
    private readonly verifyOtp: VerifyOtpUseCase,
    private readonly resendOtp: ResendOtpUseCase,
  ) {}

  @RpcRoute(identityAccountRegister)
  onRegister(@RpcPayload(identityAccountRegister) command: RpcCommand<typeof identityAccountRegister>) {
    return this.register.execute(command);
  }

  @RpcRoute(identityEstablishmentList)
  onEstablishments() {
    return this.establishments.execute();
  }

  @RpcRoute(identityOtpVerify)
  onVerify(@RpcPayload(identityOtpVerify) command: RpcCommand<typeof identityOtpVerify>) {
    return this.verifyOtp.execute(command);
  }

  @RpcRoute(identityOtpResend)
  onResend(@RpcPayload(identityOtpResend) command: RpcCommand<typeof identityOtpResend>) {
    return this.resendOtp.execute(command);
  }
}
