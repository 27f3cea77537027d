import type { TestStack } from '../stack/test-stack';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __passerelleStack?: TestStack }).__passerelleStack;
  await stack?.stop();
}
