import { ApiClient, testStack } from '@passerelle/testing';

const { gatewayUrl } = testStack();

interface Opened {
  testId: string;
  key: string;
  routerRtpCapabilities: { codecs: { mimeType: string }[] };
  expiresAt: string;
  iceServers: unknown[];
}

async function open() {
  const visitor = new ApiClient(gatewayUrl);
  const answer = await visitor.post<Opened>('/api/v1/device-test', undefined, { token: null });
  expect(answer.status).toBe(201);
  return { visitor, ...answer.body };
}

describe('device test echo rooms (public)', () => {
  it('opens an echo room of its own without an account, for about a minute', async () => {
    const { testId, key, routerRtpCapabilities, expiresAt, iceServers } = await open();
    expect(testId).toMatch(/^[0-9a-f-]{36}$/);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(routerRtpCapabilities.codecs.map((codec) => codec.mimeType)).toEqual(expect.arrayContaining(['audio/opus', 'video/VP8']));
    const lifetime = Date.parse(expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(60_000);
    expect(Array.isArray(iceServers)).toBe(true);
    const visitor = new ApiClient(gatewayUrl);
    const closed = await visitor.post(`/api/v1/device-test/${testId}/signal`, { key, signal: { op: 'close' } }, { token: null });
    expect(closed.body).toEqual({ closed: true });
  });

  it('lets only the holder of the key drive the room, and a closed room is gone', async () => {
    const mine = await open();
    const other = await open();
    const signalUrl = `/api/v1/device-test/${mine.testId}/signal`;

    // Another test's key, or no valid key at all: as if the test did not exist.
    const stranger = await other.visitor.post<{ code: string }>(signalUrl, { key: other.key, signal: { op: 'create-transport', direction: 'send' } }, { token: null });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('NOT_FOUND');
    const noKey = await other.visitor.post<{ code: string }>(signalUrl, { signal: { op: 'close' } }, { token: null });
    expect(noKey.status).toBe(400);

    const created = await mine.visitor.post<{ id: string; iceCandidates: unknown[] }>(signalUrl, { key: mine.key, signal: { op: 'create-transport', direction: 'send' } }, { token: null });
    expect(created.status).toBe(200);
    expect(created.body.iceCandidates.length).toBeGreaterThan(0);

    const closed = await mine.visitor.post(signalUrl, { key: mine.key, signal: { op: 'close' } }, { token: null });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({ closed: true });
    const afterClose = await mine.visitor.post(signalUrl, { key: mine.key, signal: { op: 'create-transport', direction: 'recv' } }, { token: null });
    expect(afterClose.status).toBe(404);

    await other.visitor.post(`/api/v1/device-test/${other.testId}/signal`, { key: other.key, signal: { op: 'close' } }, { token: null });
  });
});
