import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { derivedEventId } from './purge-session-invites.usecase';

describe('derivedEventId', () => {
  it('derives one stable, valid UUID per cause, so a re-published answer is deduplicated', () => {
    const cause = randomUUID();
    const id = derivedEventId(cause);
    expect(z.string().uuid().safeParse(id).success).toBe(true);
    expect(derivedEventId(cause)).toBe(id);
    expect(derivedEventId(randomUUID())).not.toBe(id);
  });
});
