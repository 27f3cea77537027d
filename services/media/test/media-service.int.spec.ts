// The media service as the stack runs it (services/media/dist/main.js with its real mediasoup workers),
// asked over the private NATS of the test stack in Nest's wire format, and through the gateway.
import { mediaWorkerProbe } from '@passerelle/contracts';
import { NestWire, connectNestWire, testStack } from '@passerelle/testing';

const { gatewayUrl, natsUrl } = testStack();

describe('media service', () => {
  let wire: NestWire;
  const request = (subject: string, data: unknown) => wire.request(subject, data);

  beforeAll(async () => {
    wire = await connectNestWire(natsUrl, 'media-service-int-spec');
  });

  afterAll(async () => {
    await wire?.close();
  });

  it('answers media.worker.probe.v1 with the codecs of a real router, every worker alive', async () => {
    const reply = await request('media.worker.probe.v1', {});

    expect(reply.err).toBeUndefined();
    const probe = mediaWorkerProbe.response.parse(reply.response);
    expect(probe.workers).toBeGreaterThan(0);
    expect(probe.alive).toBe(probe.workers);
    expect(probe.codecs).toEqual(
      expect.arrayContaining([
        { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000 },
        { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
      ]),
    );
    expect(probe.codecs.filter((c) => /\/rtx$/i.test(c.mimeType))).toEqual([]);
  });

  it('refuses a probe request that breaks the contract', async () => {
    const reply = await request('media.worker.probe.v1', { sessionId: 'not-part-of-the-contract' });

    expect(reply.response).toBeUndefined();
    expect(reply.err).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('reports its mediasoup workers up in the aggregated health', async () => {
    const response = await fetch(`${gatewayUrl}/api/v1/health`);
    const body = (await response.json()) as {
      services: Record<string, { ready: boolean; checks: Record<string, { status: string; detail?: string }> }>;
    };

    expect(body.services.media?.checks.mediasoup).toEqual({ status: 'up' });
    expect(body.services.media?.checks.postgres?.status).toBe('up');
    expect(body.services.media?.ready).toBe(true);
  });
});
