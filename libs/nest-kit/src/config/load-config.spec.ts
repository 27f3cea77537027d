import { z } from 'zod';
import { ConfigError, baseConfigShape, demoModeConfigShape, envBoolean, loadConfig, refuseDemoInProduction } from './load-config';

const schema = z
  .object({ ...baseConfigShape, ...demoModeConfigShape, SECRET_THING: z.string().min(10) })
  .superRefine(refuseDemoInProduction);

describe('loadConfig', () => {
  it('applies defaults and treats empty strings as unset', () => {
    const config = loadConfig(schema, { SECRET_THING: 'long enough value', NATS_URL: '', NATS_REQUEST_TIMEOUT_MS: '2500' });
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.NATS_REQUEST_TIMEOUT_MS).toBe(2500);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DEMO_MODE).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every invalid variable by name without echoing its value', () => {
    const attempt = () =>
      loadConfig(schema, { SECRET_THING: 'short', NATS_URL: 'not a url', NATS_REQUEST_TIMEOUT_MS: 'soon' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/SECRET_THING/);
      expect(problems).toMatch(/NATS_URL/);
      expect(problems).toMatch(/NATS_REQUEST_TIMEOUT_MS/);
      expect((error as Error).message).not.toContain('short');
      expect((error as Error).message).not.toContain('not a url');
    }
  });

  it('refuses demo data in production', () => {
    expect(() => loadConfig(schema, { SECRET_THING: 'long enough value', NODE_ENV: 'production', DEMO_MODE: 'true' })).toThrow(
      /DEMO_MODE/,
    );
    expect(loadConfig(schema, { SECRET_THING: 'long enough value', NODE_ENV: 'test', DEMO_MODE: 'yes' }).DEMO_MODE).toBe(true);
  });

  it('accepts only explicit booleans', () => {
    expect(envBoolean.safeParse('maybe').success).toBe(false);
    expect(envBoolean.parse('0')).toBe(false);
  });
});
