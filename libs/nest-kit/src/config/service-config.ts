import { Inject } from '@nestjs/common';

/** Injection token of the service's validated configuration object. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const InjectConfig = () => Inject(SERVICE_CONFIG);

export interface KitConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  LOG_LEVEL: string;
  NATS_URL: string;
  NATS_REQUEST_TIMEOUT_MS: number;
  DATABASE_URL?: string;
  REDIS_URL?: string;
}
