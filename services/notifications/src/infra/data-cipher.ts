import { Provider } from '@nestjs/common';
import { FieldCipher, SERVICE_CONFIG, resolveDataKey } from '@passerelle/nest-kit';
import type { NotificationsConfig } from '../config';

export const dataCipherProvider: Provider = {
  provide: FieldCipher,
  inject: [SERVICE_CONFIG],
  useFactory: (config: NotificationsConfig) => new FieldCipher(resolveDataKey(config, config.NOTIFICATIONS_DATA_KEY)),
};
