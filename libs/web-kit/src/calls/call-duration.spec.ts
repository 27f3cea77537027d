import { formatCallDuration } from './call-duration';

describe('formatCallDuration', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatCallDuration(0)).toBe('0:00');
    expect(formatCallDuration(65)).toBe('1:05');
    expect(formatCallDuration(3599)).toBe('59:59');
  });

  it('adds hours from one hour', () => {
    expect(formatCallDuration(3600)).toBe('1:00:00');
    expect(formatCallDuration(3725)).toBe('1:02:05');
  });

  it('never shows a negative or fractional duration', () => {
    expect(formatCallDuration(-3)).toBe('0:00');
    expect(formatCallDuration(61.9)).toBe('1:01');
  });
});
