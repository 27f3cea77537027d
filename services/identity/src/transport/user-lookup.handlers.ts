import { Controller } from '@nestjs/common';
import { RpcCommand, identityUserFindByEmail } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { FindUserByEmailUseCase } from '../usecases/find-user-by-email/find-user-by-email.usecase';

@Controller()
export class UserLookupHandlers {
  constructor(private readonly findByEmail: FindUserByEmailUseCase) {}

  @RpcRoute(identityUserFindByEmail)
  onFindByEmail(@RpcPayload(identityUserFindByEmail) command: RpcCommand<typeof identityUserFindByEmail>) {
    return this.findByEmail.execute(command);
  }
}
