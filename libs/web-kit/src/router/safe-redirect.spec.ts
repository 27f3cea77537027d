import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('follows a path inside the app, with its query', () => {
    expect(safeRedirect('/sessions/42?tab=chat')).toBe('/sessions/42?tab=chat');
  });

  it.each(['//evil.example/x', 'https://evil.example', '/\\evil.example', 'sessions', ''])('drops %p', (value) => {
    expect(safeRedirect(value)).toBeNull();
  });

  it('reads the first value of a repeated query parameter', () => {
    expect(safeRedirect(['/a', '/b'])).toBe('/a');
    expect(safeRedirect(undefined)).toBeNull();
    expect(safeRedirect(null)).toBeNull();
  });
});
