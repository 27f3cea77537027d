import { Provider } from '@nestjs/common';
import { FieldCipher, SERVICE_CONFIG, resolveDataKey } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../config';

export const dataCipherProvider: Provider = {
  provide: FieldCipher,
  inject: [SERVICE_CONFIG],
  useFactory: (config: InvitationsConfig) => new FieldCipher(resolveDataKey(config, config.INVITATIONS_DATA_KEY)),
};
