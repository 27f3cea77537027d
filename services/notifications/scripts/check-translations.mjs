#!/usr/bin/env node
// Lists the message templates that lack a language Passerelle writes to (en, fr, ar, es, ru, uk). Such a
// message is sent in English (the renderer's fallback); this check makes the gap visible and fails `check`
// until it is translated. Reads the built templates (services/notifications/dist): build first.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serviceDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(serviceDir, 'package.json'));
const { LANGUAGES, NOTIFICATION_TEMPLATES } = require('@passerelle/contracts');
const { TEMPLATES } = require(join(serviceDir, 'dist/domain/templates/registry.js'));
const PARTS = ['subject', 'text', 'html', 'sms'];

const missing = [];
for (const template of NOTIFICATION_TEMPLATES) {
  const translations = TEMPLATES[template] ?? {};
  if (!translations.en) missing.push(`${template}: no English text (the fallback itself is missing)`);
  for (const language of LANGUAGES) {
    const translation = translations[language];
    if (!translation) {
      if (language !== 'en') missing.push(`${template}/${language}: missing, sent in English`);
      continue;
    }
    const parts = PARTS.filter((part) => typeof translation[part] !== 'function');
    if (parts.length > 0) missing.push(`${template}/${language}: no ${parts.join(', ')}`);
  }
}

if (missing.length > 0) {
  console.error(`Missing message translations (${missing.length}):`);
  for (const line of missing) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Message templates: ${NOTIFICATION_TEMPLATES.length} kinds in ${LANGUAGES.length} languages, none missing.`);
