/**
 * What of an unexpected error may be logged. Driver errors carry query parameters and row details
 * (`parameters`, `detail`) that can hold patient data, so only the name, message, SQL state and stack go out.
 */
export function safeErrorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const withCode = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  return {
    name: error.name,
    message: error.message,
    code: typeof withCode.code === 'string' ? withCode.code : withCode.driverError?.code,
    stack: error.stack?.split('\n').slice(0, 8).join('\n'),
  };
}
