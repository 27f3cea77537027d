import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  chatParticipantAddStaff,
  chatParticipantJoinGuest,
  chatParticipantRemoveByInvite,
  chatPresenceUpdate,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { AddStaffParticipantUseCase } from '../usecases/add-staff-participant/add-staff-participant.usecase';
import { JoinGuestUseCase } from '../usecases/join-guest/join-guest.usecase';
import { RemoveParticipantUseCase } from '../usecases/remove-participant/remove-participant.usecase';
import { UpdatePresenceUseCase } from '../usecases/update-presence/update-presence.usecase';

@Controller()
export class ParticipantHandlers {
  constructor(
    private readonly joinGuest: JoinGuestUseCase,
    private readonly removeParticipant: RemoveParticipantUseCase,
    private readonly updatePresence: UpdatePresenceUseCase,
    private readonly addStaff: AddStaffParticipantUseCase,
  ) {}

  @RpcRoute(chatParticipantAddStaff)
  onAddStaff(@RpcPayload(chatParticipantAddStaff) command: RpcCommand<typeof chatParticipantAddStaff>) {
    return this.addStaff.execute(command);
  }

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
