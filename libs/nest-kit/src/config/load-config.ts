import { z } from 'zod';

/** Booleans in the environment: "true"/"1"/"yes" and "false"/"0"/"no", nothing else. */
export const envBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const baseConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NATS_URL: z.string().url().default('nats://127.0.0.1:4222'),
  NATS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
};
export const databaseConfigShape = {
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/passerelle'),
};
export const redisConfigShape = {
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
};
export const demoModeConfigShape = { DEMO_MODE: envBoolean.default(false) };
export function httpPortConfigShape(defaultPort: number) {
  return { HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort) };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment once into a typed object. Empty strings count as unset, so `.env.example`'s
 * blank lines mean "use the default". Problems name the variable and the rule, never the value (a
 * misplaced secret must not end up in a log).
 */
export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<z.output<S>> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`));
  }
  return Object.freeze(result.data);
}

/** Demo data must never be seeded into a production deployment. */
export function refuseDemoInProduction(config: { NODE_ENV: string; DEMO_MODE: boolean }, ctx: z.RefinementCtx) {
  if (config.NODE_ENV === 'production' && config.DEMO_MODE) {
    ctx.addIssue({ code: 'custom', path: ['DEMO_MODE'], message: 'DEMO_MODE is refused when NODE_ENV=production' });
  }
}
