import { DomainError } from '@passerelle/contracts';

/** The DomainError a use case refused with; the test fails if it succeeded or failed otherwise. */
export async function refusalOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** A fake that fails the test on any use: for collaborators a refused request must never reach (storage, RPC). */
export function untouchable<T extends object>(): T {
  return new Proxy({} as T, {
    get: (_, property) => {
      throw new Error(`unexpected call: ${String(property)}`);
    },
  });
}
