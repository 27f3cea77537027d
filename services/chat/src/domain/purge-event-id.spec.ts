import { z } from 'zod';
import { purgeEventId } from './purge-event-id';

describe('purge event id', () => {
  it('is a valid uuid, the same for a session every time, different between sessions', () => {
    const a = purgeEventId('30000000-0000-4000-8000-000000000001');
    expect(z.string().uuid().safeParse(a).success).toBe(true);
    expect(purgeEventId('30000000-0000-4000-8000-000000000001')).toBe(a);
    expect(purgeEventId('30000000-0000-4000-8000-000000000002')).not.toBe(a);
  });
});
