import { echoVerdict } from './echo-verdict';

describe('echoVerdict', () => {
  it('is good when audio and video frames came back', () => {
    expect(echoVerdict({ audioBytes: 20_000, videoBytes: 300_000, videoFrames: 60 })).toBe('good');
  });

  it('recommends audio only when video frames did not come back', () => {
    expect(echoVerdict({ audioBytes: 20_000, videoBytes: 800, videoFrames: 2 })).toBe('audio-only');
  });

  it('cannot connect when nothing (or hardly anything) came back, or the test failed', () => {
    expect(echoVerdict({ audioBytes: 300, videoBytes: 0, videoFrames: 0 })).toBe('cannot-connect');
    expect(echoVerdict(null)).toBe('cannot-connect');
  });
});
