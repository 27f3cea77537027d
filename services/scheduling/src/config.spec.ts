import { loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';

describe('scheduling config', () => {
  it('defaults to a 10-minute reminder, the day-before one, and a window from 15 minutes before to 30 after the end', () => {
    expect(loadConfig(configSchema, {})).toMatchObject({
      REMINDER_OFFSETS_MINUTES: [10],
      REMINDER_DAY_BEFORE: true,
      JOIN_WINDOW_BEFORE_MINUTES: 15,
      JOIN_GRACE_AFTER_MINUTES: 30,
    });
  });

  it('reads a list of offsets and turns the day-before reminder off', () => {
    expect(loadConfig(configSchema, { REMINDER_OFFSETS_MINUTES: '10,60', REMINDER_DAY_BEFORE: 'false' })).toMatchObject({
      REMINDER_OFFSETS_MINUTES: [60, 10],
      REMINDER_DAY_BEFORE: false,
    });
  });

  it('refuses bad values, naming the variable', () => {
    expect(() => loadConfig(configSchema, { REMINDER_OFFSETS_MINUTES: '10,soon' })).toThrow(/REMINDER_OFFSETS_MINUTES/);
    expect(() => loadConfig(configSchema, { REMINDER_DAY_BEFORE: 'yes' })).toThrow(/REMINDER_DAY_BEFORE/);
    expect(() => loadConfig(configSchema, { JOIN_WINDOW_BEFORE_MINUTES: '-1' })).toThrow(/JOIN_WINDOW_BEFORE_MINUTES/);
  });
});
