import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  invitationsInviteCancel,
  invitationsInviteCreate,
  invitationsInviteForSession,
  invitationsInviteList,
  invitationsInvitePreview,
  invitationsInviteRedeem,
  invitationsInviteRemind,
  invitationsInviteReschedule,
  invitationsInviteResend,
  invitationsInviteRevoke,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CancelInviteUseCase } from '../usecases/cancel-invite/cancel-invite.usecase';
import { CreateInviteUseCase } from '../usecases/create-invite/create-invite.usecase';
import { ListInvitesUseCase } from '../usecases/list-invites/list-invites.usecase';
import { ListSessionInvitesUseCase } from '../usecases/list-session-invites/list-session-invites.usecase';
import { PreviewInviteUseCase } from '../usecases/preview-invite/preview-invite.usecase';
import { RedeemInviteUseCase } from '../usecases/redeem-invite/redeem-invite.usecase';
import { RemindInviteUseCase } from '../usecases/remind-invite/remind-invite.usecase';
import { RescheduleInviteUseCase } from '../usecases/reschedule-invite/reschedule-invite.usecase';
import { ResendInviteUseCase } from '../usecases/resend-invite/resend-invite.usecase';
import { RevokeInviteUseCase } from '../usecases/revoke-invite/revoke-invite.usecase';

@Controller()
export class InvitesHandlers {
  constructor(
    private readonly create: CreateInviteUseCase,
    private readonly list: ListInvitesUseCase,
    private readonly resend: ResendInviteUseCase,
    private readonly revoke: RevokeInviteUseCase,
    private readonly forSession: ListSessionInvitesUseCase,
    private readonly preview: PreviewInviteUseCase,
    private readonly redeem: RedeemInviteUseCase,
    private readonly reschedule: RescheduleInviteUseCase,
    private readonly cancel: CancelInviteUseCase,
    private readonly remind: RemindInviteUseCase,
  ) {}

  @RpcRoute(invitationsInviteReschedule)
  onReschedule(@RpcPayload(invitationsInviteReschedule) command: RpcCommand<typeof invitationsInviteReschedule>) {
    return this.reschedule.execute(command);
  }

  @RpcRoute(invitationsInviteCancel)
  onCancel(@RpcPayload(invitationsInviteCancel) command: RpcCommand<typeof invitationsInviteCancel>) {
    return this.cancel.execute(command);
  }

  @RpcRoute(invitationsInviteRemind)
  onRemind(@RpcPayload(invitationsInviteRemind) command: RpcCommand<typeof invitationsInviteRemind>) {
    return this.remind.execute(command);
  }

  @RpcRoute(invitationsInviteCreate)
  onCreate(@RpcPayload(invitationsInviteCreate) command: RpcCommand<typeof invitationsInviteCreate>) {
    return this.create.execute(command);
  }

  @RpcRoute(invitationsInviteList)
  onList(@RpcPayload(invitationsInviteList) command: RpcCommand<typeof invitationsInviteList>) {
    return this.list.execute(command);
  }

  @RpcRoute(invitationsInviteResend)
  onResend(@RpcPayload(invitationsInviteResend) command: RpcCommand<typeof invitationsInviteResend>) {
    return this.resend.execute(command);
  }

  @RpcRoute(invitationsInviteRevoke)
  onRevoke(@RpcPayload(invitationsInviteRevoke) command: RpcCommand<typeof invitationsInviteRevoke>) {
    return this.revoke.execute(command);
  }

  @RpcRoute(invitationsInviteForSession)
  onForSession(@RpcPayload(invitationsInviteForSession) command: RpcCommand<typeof invitationsInviteForSession>) {
    return this.forSession.execute(command);
  }

  @RpcRoute(invitationsInvitePreview)
  onPreview(@RpcPayload(invitationsInvitePreview) command: RpcCommand<typeof invitationsInvitePreview>) {
    return this.preview.execute(command);
  }

  @RpcRoute(invitationsInviteRedeem)
  onRedeem(@RpcPayload(invitationsInviteRedeem) command: RpcCommand<typeof invitationsInviteRedeem>) {
    return this.redeem.execute(command);
  }
}
