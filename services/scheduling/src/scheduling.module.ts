import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { database } from './infra/database';
import { ReminderQueue } from './infra/reminders/reminder-queue';
import { ReminderSweep } from './infra/reminders/reminder-sweep';
import { ReminderWorker } from './infra/reminders/reminder.worker';
import { SlotsHandlers } from './transport/slots.handlers';
import { CancelSlotUseCase } from './usecases/cancel-slot/cancel-slot.usecase';
import { CheckJoinWindowUseCase } from './usecases/check-join-window/check-join-window.usecase';
import { ListSlotsUseCase } from './usecases/list-slots/list-slots.usecase';
import { PlanSlotUseCase } from './usecases/plan-slot/plan-slot.usecase';
import { RescheduleSlotUseCase } from './usecases/reschedule-slot/reschedule-slot.usecase';
import { SendReminderUseCase } from './usecases/send-reminder/send-reminder.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'scheduling', config, database, redis: true }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [SlotsHandlers],
  providers: [
    ReminderQueue,
    ReminderWorker,
    ReminderSweep,
    PlanSlotUseCase,
    RescheduleSlotUseCase,
    CancelSlotUseCase,
    ListSlotsUseCase,
    CheckJoinWindowUseCase,
    SendReminderUseCase,
  ],
})
export class SchedulingModule {}
