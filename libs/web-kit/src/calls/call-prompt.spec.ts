import { type CallPrompt, type CallPromptEvent, nextPrompt } from './call-prompt';

const run = (events: CallPromptEvent[], from: CallPrompt = 'none') => events.reduce(nextPrompt, from);

describe('nextPrompt', () => {
  it('rings the others when someone starts a call, not the caller', () => {
    expect(run([{ type: 'ringing', own: false }])).toBe('ringing');
    expect(run([{ type: 'ringing', own: true }])).toBe('none');
  });

  it('accepting joins and clears the ring', () => {
    expect(run([{ type: 'ringing', own: false }, { type: 'accept' }])).toBe('none');
  });

  it('declining leaves a "join the call" while the call runs, until it ends', () => {
    expect(run([{ type: 'ringing', own: false }, { type: 'decline' }])).toBe('running');
    expect(run([{ type: 'ringing', own: false }, { type: 'decline' }, { type: 'ended' }])).toBe('none');
    expect(run([{ type: 'ringing', own: false }, { type: 'decline' }, { type: 'joined' }])).toBe('none');
  });

  it('tells the caller in the call that someone declined, and only them', () => {
    expect(run([{ type: 'ringing', own: true }, { type: 'declined', inCall: true }])).toBe('declined');
    expect(run([{ type: 'ringing', own: false }, { type: 'declined', inCall: false }])).toBe('ringing');
  });

  it('stops ringing when the call ends before an answer', () => {
    expect(run([{ type: 'ringing', own: false }, { type: 'ended' }])).toBe('none');
  });

  it('declining without a ring changes nothing', () => {
    expect(run([{ type: 'decline' }])).toBe('none');
  });
});
