import { ClientProxy } from '@nestjs/microservices';
import { DomainError, defineRpc } from '@passerelle/contracts';
import { Observable, NEVER, of, throwError } from 'rxjs';
import { z } from 'zod';
import { KitConfig } from '../config/service-config';
import { RpcClient } from './rpc-client';

const contract = defineRpc('demo.thing.get.v1', z.object({ id: z.string().uuid() }).strict(), z.object({ name: z.string() }));
const config = { NATS_REQUEST_TIMEOUT_MS: 200 } as KitConfig;
const ID = '7a0b5d1e-3c1e-4f0a-9a53-3d2f1c0e9b11';

function unexpected(key: string | symbol): never {
  throw new Error(`unexpected use of the proxy: ${String(key)}`);
}

/** A proxy that answers one scripted way and fails the test on anything it was not told to expect. */
function proxyAnswering(answer: () => Observable<unknown>) {
  const sent: Array<{ subject: string; data: unknown }> = [];
  const proxy = {
    send: (subject: string, data: unknown) => {
      sent.push({ subject, data });
      return answer();
    },
    close: () => undefined,
  };
  return { proxy: new Proxy(proxy, { get: (t, k) => (k in t ? t[k as keyof typeof t] : unexpected(k)) }), sent };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('RpcClient', () => {
  it('parses what it sends and what it receives', async () => {
    const { proxy, sent } = proxyAnswering(() => of({ name: 'ok' }));
    const client = new RpcClient(proxy as unknown as ClientProxy, config);
    await expect(client.request(contract, { id: ID })).resolves.toEqual({ name: 'ok' });
    expect(sent).toEqual([{ subject: 'demo.thing.get.v1', data: { id: ID } }]);
  });

  it('refuses an invalid request before sending it', async () => {
    const { proxy, sent } = proxyAnswering(() => of({ name: 'ok' }));
    const client = new RpcClient(proxy as unknown as ClientProxy, config);
    expect(await codeOf(client.request(contract, { id: 'nope' }))).toBe('VALIDATION_FAILED');
    expect(sent).toHaveLength(0);
  });

  it('maps remote errors, timeouts, absent services and broken answers', async () => {
    const cases: Array<[() => Observable<unknown>, string]> = [
      [() => throwError(() => ({ code: 'NOT_FOUND', message: 'User not found' })), 'NOT_FOUND'],
      [() => NEVER, 'SERVICE_UNAVAILABLE'],
      [() => throwError(() => new Error('Empty response. There are no subscribers listening to that message')), 'SERVICE_UNAVAILABLE'],
      [() => of({ unexpected: true }), 'INTERNAL'],
      [() => throwError(() => ({ status: 'error', message: 'Internal server error' })), 'INTERNAL'],
    ];
    for (const [answer, code] of cases) {
      const client = new RpcClient(proxyAnswering(answer).proxy as unknown as ClientProxy, config);
      expect(await codeOf(client.request(contract, { id: ID }))).toBe(code);
    }
  });

  it('keeps the error id of a remote unexpected failure', async () => {
    const client = new RpcClient(
      proxyAnswering(() => throwError(() => ({ code: 'INTERNAL', message: 'Unexpected error', errorId: 'abc' })))
        .proxy as unknown as ClientProxy,
      config,
    );
    const error = await client.request(contract, { id: ID }).catch((e: DomainError) => e);
    expect((error as DomainError).errorId).toBe('abc');
  });
});
