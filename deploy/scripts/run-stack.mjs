#!/usr/bin/env node
// Runs every Passerelle service from its build against the local infrastructure, with demo data,
// until Ctrl-C. Configuration: the environment, then a `.env` file at the root (see .env.example).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'libs/testing/package.json'));
const { launchServices } = require('./dist/index.js');

const fileEnv = {};
const envFile = join(root, '.env');
if (existsSync(envFile)) {
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match && match[2] !== '') fileEnv[match[1]] = match[2].replace(/^['"]|['"]$/g, '');
  }
}
const env = { NODE_ENV: 'development', DEMO_MODE: 'true', DEV_OUTBOX: 'true', ...fileEnv, ...pickDefined(process.env) };
const port = Number(env.PORT ?? 8080);
const origin = env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;

console.log('[passerelle] starting the services…');
let running;
try {
  running = await launchServices({ repoRoot: root, env: { ...env, PUBLIC_ORIGIN: origin }, gatewayPort: port, prefixOutput: process.env.PASSERELLE_VERBOSE === '1', logDir: join(root, '.cache/logs') });
} catch (error) {
  console.error(`[passerelle] ${error.message}\n  Service logs: ${join(root, '.cache/logs')}`);
  process.exit(1);
}

const demo = env.DEMO_MODE === 'true';
console.log(`
  Passerelle is running at ${origin}

    Requester portal   ${origin}/portal/
    Expert console     ${origin}/expert/
    Guest join         ${origin}/join/<token>   (links arrive in the outbox; device test: ${origin}/join/test)
    Dev outbox         ${origin}/portal/dev/outbox
    API docs           ${origin}/api/docs
    Health             ${origin}/api/v1/health
${demo ? `
  Demo accounts (password: demo-passerelle)
    requester@demo.test   requester
    expert@demo.test      expert
    admin@demo.test       administrator (and requester)
    colleague@demo.test   requester (tele-expertise transfers)
    pending@demo.test     external account waiting for approval (cannot sign in yet)
` : ''}
  Logs: ${join(root, '.cache/logs')}/<service>.log   (PASSERELLE_VERBOSE=1 to see them here)
  Ctrl-C stops everything.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[passerelle] stopping…');
    await running.stop();
    process.exit(0);
  });
}
for (const p of running.processes) {
  p.child.once('exit', (code) => {
    if (!stopping) console.error(`[passerelle] ${p.name} exited (code ${code}); see its log. Other services keep running.`);
  });
}

function pickDefined(source) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
}
