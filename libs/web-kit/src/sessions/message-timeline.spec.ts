import { compareCursors, MessageTimeline } from './message-timeline';
import { message } from './test-fixtures';

describe('compareCursors', () => {
  it('compares decimal cursors as numbers', () => {
    expect(compareCursors('9', '10')).toBeLessThan(0);
    expect(compareCursors('100', '99')).toBeGreaterThan(0);
    expect(compareCursors('0042', '42')).toBe(0);
    expect(compareCursors('123456789012345678', '123456789012345677')).toBeGreaterThan(0);
  });
});

describe('MessageTimeline', () => {
  it('orders messages by cursor whatever the order they arrive in', () => {
    const timeline = new MessageTimeline();
    timeline.addLive(message(12));
    timeline.addPage({ items: [message(10), message(11)], cursor: '11' });
    timeline.addLive(message(9));
    expect(timeline.messages.map((item) => item.cursor)).toEqual(['9', '10', '11', '12']);
  });

  it('keeps each message once, however many times it arrives', () => {
    const timeline = new MessageTimeline();
    expect(timeline.addLive(message(1))).toBe(true);
    expect(timeline.addLive(message(1))).toBe(false);
    expect(timeline.addPage({ items: [message(1), message(2)], cursor: '2' })).toBe(1);
    expect(timeline.size).toBe(2);
  });

  it('moves the catch-up cursor with pages only, never with live pushes', () => {
    const timeline = new MessageTimeline();
    timeline.addPage({ items: [message(1), message(2)], cursor: '2' });
    // 3 and 4 were posted while the socket was down; 5 arrives live after the reconnection.
    timeline.addLive(message(5));
    expect(timeline.cursor).toBe('2');

    timeline.addPage({ items: [message(3), message(4), message(5)], cursor: '5' });
    expect(timeline.cursor).toBe('5');
    expect(timeline.messages.map((item) => item.cursor)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps the cursor when a page brings nothing new, and never moves it back', () => {
    const timeline = new MessageTimeline();
    timeline.addPage({ items: [message(7)], cursor: '7' });
    timeline.addPage({ items: [], cursor: null });
    expect(timeline.cursor).toBe('7');
    timeline.addPage({ items: [], cursor: '3' });
    expect(timeline.cursor).toBe('7');
  });

  it('takes the last item cursor when a page omits its cursor', () => {
    const timeline = new MessageTimeline();
    timeline.addPage({ items: [message(4), message(6)], cursor: null });
    expect(timeline.cursor).toBe('6');
  });
});
