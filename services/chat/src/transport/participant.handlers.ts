import { Controller } from '@nestjs/common';
import { RpcCommand, chatParticipantJoinGuest, chatParticipantRemoveByInvite, chatPresenceUpdate } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { JoinGuestUseCase } from '../usecases/join-guest/join-guest.usecase';
import { RemoveParticipantUseCase } from '../usecases/remove-participant/remove-participant.usecase';
import { UpdatePresenceUseCase } from '../usecases/update-presence/update-presence.usecase';

@Controller()
export class ParticipantHandlers {
  constructor(
    private readonly joinGuest: JoinGuestUseCase,
    private readonly removeParticipant: RemoveParticipantUseCase,
    private readonly updatePresence: UpdatePresenceUseCase,
  ) {}

  @RpcRoute(chatParticipantJoinGuest)
  onJoinGuest(@RpcPayload(chatParticipantJoinGuest) command: RpcCommand<typeof chatParticipantJoinGuest>) {
    return this.joinGuest.execute(command);
  }

  @RpcRoute(chatParticipantRemoveByInvite)
  onRemoveByInvite(@RpcPayload(chatParticipantRemoveByInvite) command: RpcCommand<typeof chatParticipantRemoveByInvite>) {
    return this.removeParticipant.execute(command);
  }

  @RpcRoute(chatPresenceUpdate)
  onPresence(@RpcPayload(chatPresenceUpdate) command: RpcCommand<typeof chatPresenceUpdate>) {
    return this.updatePresence.execute(command);
  }
}
