import { ConfigError, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';

describe('media config', () => {
  it('defaults to the values of .env.example (blank = unset)', () => {
    const config = loadConfig(configSchema, { MEDIASOUP_WORKER_BIN: '', HTTP_PORT: '' });
    expect(config).toMatchObject({
      HTTP_PORT: 8086,
      MEDIASOUP_NUM_WORKERS: 0,
      MEDIASOUP_LISTEN_IP: '0.0.0.0',
      MEDIASOUP_ANNOUNCED_IP: '127.0.0.1',
      MEDIASOUP_RTC_MIN_PORT: 40000,
      MEDIASOUP_RTC_MAX_PORT: 40999,
    });
    expect(config.MEDIASOUP_WORKER_BIN).toBeUndefined();
  });

  it('reads the mediasoup settings', () => {
    const config = loadConfig(configSchema, {
      MEDIASOUP_NUM_WORKERS: '3',
      MEDIASOUP_ANNOUNCED_IP: '2001:db8::1',
      MEDIASOUP_RTC_MIN_PORT: '50000',
      MEDIASOUP_RTC_MAX_PORT: '50000',
      MEDIASOUP_WORKER_BIN: '/opt/mediasoup/mediasoup-worker',
    });
    expect(config).toMatchObject({
      MEDIASOUP_NUM_WORKERS: 3,
      MEDIASOUP_ANNOUNCED_IP: '2001:db8::1',
      MEDIASOUP_RTC_MIN_PORT: 50000,
      MEDIASOUP_RTC_MAX_PORT: 50000,
      MEDIASOUP_WORKER_BIN: '/opt/mediasoup/mediasoup-worker',
    });
  });

  it('refuses bad values, naming the variable', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(configSchema, env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems.map((p) => p.split(':')[0]);
      }
    };
    expect(problems({ MEDIASOUP_NUM_WORKERS: '-1' })).toEqual(['MEDIASOUP_NUM_WORKERS']);
    expect(problems({ MEDIASOUP_ANNOUNCED_IP: 'media.example.org' })).toEqual(['MEDIASOUP_ANNOUNCED_IP']);
    expect(problems({ MEDIASOUP_RTC_MIN_PORT: '41000', MEDIASOUP_RTC_MAX_PORT: '40000' })).toEqual([
      'MEDIASOUP_RTC_MAX_PORT',
    ]);
    expect(problems({ MEDIASOUP_WORKER_BIN: 'bin/mediasoup-worker' })).toEqual(['MEDIASOUP_WORKER_BIN']);
  });
});
