#!/usr/bin/env node
// Checks every locale folder of the front end (web-kit's and each app's src/locales): each language has
// exactly the keys of en.json, keys are sorted (by code point, like `jq -S`), no value is empty, each
// translation uses the same {placeholders} as English, and no message holds a bare character that vue-i18n's
// message syntax would misread (@ $; write {'@'} for a literal). Exits 1 with one line per problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = ['en', 'fr', 'ar', 'es', 'ru', 'uk'];
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const folders = [
  'libs/web-kit/src/locales',
  ...readdirSync(join(root, 'apps')).map((app) => `apps/${app}/src/locales`),
].filter((folder) => existsSync(join(root, folder)));

const problems = [];

function flatten(tree, file, prefix = '', out = new Map()) {
  const keys = Object.keys(tree);
  const sorted = [...keys].sort();
  if (keys.join('\0') !== sorted.join('\0')) problems.push(`${file}: keys of "${prefix || '(root)'}" are not sorted`);
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = tree[key];
    if (value !== null && typeof value === 'object') flatten(value, file, path, out);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`${file}: "${path}" is empty or not a string`);
    else {
      if (/[@$]/.test(value.replace(/\{'[^']*'\}/g, ''))) problems.push(`${file}: "${path}" has a bare @ or $`);
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text) => [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]).sort().join(',');

for (const folder of folders) {
  const read = (locale) => {
    const file = join(root, folder, `${locale}.json`);
    if (!existsSync(file)) {
      problems.push(`${relative(root, file)}: missing`);
      return new Map();
    }
    return flatten(JSON.parse(readFileSync(file, 'utf8')), relative(root, file));
  };
  const english = read('en');
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const messages = read(locale);
    const file = `${folder}/${locale}.json`;
    for (const [key, text] of english) {
      if (!messages.has(key)) problems.push(`${file}: "${key}" is missing`);
      else if (placeholders(messages.get(key)) !== placeholders(text))
        problems.push(`${file}: "${key}" does not use the placeholders of en.json`);
    }
    for (const key of messages.keys()) if (!english.has(key)) problems.push(`${file}: "${key}" is not in en.json`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales OK (${folders.join(', ')})`);
