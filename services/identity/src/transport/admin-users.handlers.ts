import { Controller } from '@nestjs/common';
import { RpcCommand, identityAdminUserList, identityAdminUserReview, identityAdminUserSetRoles } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ListUsersUseCase } from '../usecases/list-users/list-users.usecase';
import { ReviewUserUseCase } from '../usecases/review-user/review-user.usecase';
import { SetUserRolesUseCase } from '../usecases/set-user-roles/set-user-roles.usecase';

@Controller()
export class AdminUserHandlers {
  constructor(
    private readonly list: ListUsersUseCase,
    private readonly review: ReviewUserUseCase,
    private readonly setRoles: SetUserRolesUseCase,
  ) {}

  @RpcRoute(identityAdminUserList)
  onList(@RpcPayload(identityAdminUserList) command: RpcCommand<typeof identityAdminUserList>) {
    return this.list.execute(command);
  }

  @RpcRoute(identityAdminUserReview)
  onReview(@RpcPayload(identityAdminUserReview) command: RpcCommand<typeof identityAdminUserReview>) {
    return this.review.execute(command);
  }

  @RpcRoute(identityAdminUserSetRoles)
  onSetRoles(@RpcPayload(identityAdminUserSetRoles) command: RpcCommand<typeof identityAdminUserSetRoles>) {
    return this.setRoles.execute(command);
  }
}
