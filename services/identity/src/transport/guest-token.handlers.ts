import { Controller } from '@nestjs/common';
import { RpcCommand, identityGuestTokenIssue } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { IssueGuestTokenUseCase } from '../usecases/issue-guest-token/issue-guest-token.usecase';

/** Internal: called by invitations when a guest redeems a link (the gateway never forwards it). */
@Controller()
export class GuestTokenHandlers {
  constructor(private readonly issueGuestToken: IssueGuestTokenUseCase) {}

  @RpcRoute(identityGuestTokenIssue)
  onIssue(@RpcPayload(identityGuestTokenIssue) command: RpcCommand<typeof identityGuestTokenIssue>) {
    return this.issueGuestToken.execute(command);
  }
}
