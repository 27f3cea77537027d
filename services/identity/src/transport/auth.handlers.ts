import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  identityJwks,
  identityLoginV2,
  identityLogout,
  identityRefresh,
  identityUserGet,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { GetJwksUseCase } from '../usecases/get-jwks/get-jwks.usecase';
import { GetUserUseCase } from '../usecases/get-user/get-user.usecase';
import { LoginUseCase } from '../usecases/login/login.usecase';
import { LogoutUseCase } from '../usecases/logout/logout.usecase';
import { RefreshSessionUseCase } from '../usecases/refresh-session/refresh-session.usecase';

@Controller()
export class AuthHandlers {
  constructor(
    private readonly login: LoginUseCase,
    private readonly refresh: RefreshSessionUseCase,
    private readonly logout: LogoutUseCase,
    private readonly jwks: GetJwksUseCase,
    private readonly getUser: GetUserUseCase,
  ) {}

  @RpcRoute(identityLoginV2)
  onLogin(@RpcPayload(identityLoginV2) command: RpcCommand<typeof identityLoginV2>) {
    return this.login.execute(command);
  }

  @RpcRoute(identityRefresh)
  onRefresh(@RpcPayload(identityRefresh) command: RpcCommand<typeof identityRefresh>) {
    return this.refresh.execute(command);
  }

  @RpcRoute(identityLogout)
  onLogout(@RpcPayload(identityLogout) command: RpcCommand<typeof identityLogout>) {
    return this.logout.execute(command);
  }

  @RpcRoute(identityJwks)
  onJwks() {
    return this.jwks.execute();
  }

  @RpcRoute(identityUserGet)
  onUserGet(@RpcPayload(identityUserGet) command: RpcCommand<typeof identityUserGet>) {
    return this.getUser.execute(command);
  }
}
