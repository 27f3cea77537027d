import { NETWORK_THRESHOLDS, type SendSample, networkVerdict, trimSamples } from './network-verdict';

/** One sample a second at a constant rate (bits per second) and loss. */
function steady(seconds: number, bitsPerSecond: number, fractionLost: number | null = 0): SendSample[] {
  return Array.from({ length: seconds + 1 }, (_, i) => ({ at: i * 1000, bytesSent: (i * bitsPerSecond) / 8, fractionLost }));
}

describe('networkVerdict', () => {
  it('waits for a full window before judging', () => {
    expect(networkVerdict([])).toBe('unknown');
    expect(networkVerdict(steady(2, 50_000))).toBe('unknown');
  });

  it('is good at a healthy rate with little loss', () => {
    expect(networkVerdict(steady(5, 600_000, 0.01))).toBe('good');
  });

  it('is poor when the outgoing rate is under the floor', () => {
    expect(networkVerdict(steady(5, NETWORK_THRESHOLDS.minBitsPerSecond - 10_000))).toBe('poor');
  });

  it('is poor when the reported loss is high, whatever the rate', () => {
    expect(networkVerdict(steady(5, 800_000, 0.2))).toBe('poor');
  });

  it('ignores missing loss reports', () => {
    expect(networkVerdict(steady(5, 600_000, null))).toBe('good');
  });

  it('judges only the last window: a recovered connection is good again', () => {
    const slow = steady(5, 20_000);
    const lastBytes = slow[slow.length - 1]!.bytesSent;
    const fast = steady(5, 600_000).map((s) => ({ ...s, at: s.at + 6000, bytesSent: s.bytesSent + lastBytes }));
    expect(networkVerdict([...slow, ...fast])).toBe('good');
  });
});

describe('trimSamples', () => {
  it('drops samples older than two windows', () => {
    const trimmed = trimSamples(steady(20, 600_000));
    expect(trimmed[0]!.at).toBe(20_000 - NETWORK_THRESHOLDS.windowMs * 2);
  });
});
