import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The contracts' files the SPAs bundle (libs/web-kit imports them by path): they must stay zod-free. */
const BROWSER_SAFE = ['error-codes.ts', 'value-lists.ts', 'expertise/form-rules.ts', 'identity/nir.ts'];

/** What a file imports at run time (`import type` is erased from bundles). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(join(__dirname, file), 'utf8');
  return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
}

describe('browser-safe contract files', () => {
  it.each(BROWSER_SAFE)('%s imports nothing at run time', (file) => {
    expect(runtimeImports(file)).toEqual([]);
  });

  it('tells a runtime import from a type-only one', () => {
    expect(runtimeImports('errors.ts')).toEqual(['zod', './error-codes']);
    expect(runtimeImports('expertise/form-rules.ts')).toEqual([]);
  });
});
