import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  schedulingJoinWindowCheck,
  schedulingSlotCancel,
  schedulingSlotList,
  schedulingSlotPlan,
  schedulingSlotReschedule,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CancelSlotUseCase } from '../usecases/cancel-slot/cancel-slot.usecase';
import { CheckJoinWindowUseCase } from '../usecases/check-join-window/check-join-window.usecase';
import { ListSlotsUseCase } from '../usecases/list-slots/list-slots.usecase';
import { PlanSlotUseCase } from '../usecases/plan-slot/plan-slot.usecase';
import { RescheduleSlotUseCase } from '../usecases/reschedule-slot/reschedule-slot.usecase';

@Controller()
export class SlotsHandlers {
  constructor(
    private readonly plan: PlanSlotUseCase,
    private readonly reschedule: RescheduleSlotUseCase,
    private readonly cancel: CancelSlotUseCase,
    private readonly list: ListSlotsUseCase,
    private readonly joinWindow: CheckJoinWindowUseCase,
  ) {}

  @RpcRoute(schedulingSlotPlan)
  onPlan(@RpcPayload(schedulingSlotPlan) command: RpcCommand<typeof schedulingSlotPlan>) {
    return this.plan.execute(command);
  }

  @RpcRoute(schedulingSlotReschedule)
  onReschedule(@RpcPayload(schedulingSlotReschedule) command: RpcCommand<typeof schedulingSlotReschedule>) {
    return this.reschedule.execute(command);
  }

  @RpcRoute(schedulingSlotCancel)
  onCancel(@RpcPayload(schedulingSlotCancel) command: RpcCommand<typeof schedulingSlotCancel>) {
    return this.cancel.execute(command);
  }

  @RpcRoute(schedulingSlotList)
  onList(@RpcPayload(schedulingSlotList) command: RpcCommand<typeof schedulingSlotList>) {
    return this.list.execute(command);
  }

  @RpcRoute(schedulingJoinWindowCheck)
  onJoinWindow(@RpcPayload(schedulingJoinWindowCheck) command: RpcCommand<typeof schedulingJoinWindowCheck>) {
    return this.joinWindow.execute(command);
  }
}
