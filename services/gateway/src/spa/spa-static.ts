import express, { Express } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** URL prefix → app folder. Each SPA is served from its Vite build with history-mode fallback. */
export const SPAS = [
  { prefix: '/portal', app: 'requester-portal' },
  { prefix: '/expert', app: 'expert-console' },
  { prefix: '/join', app: 'guest-join' },
] as const;

export function defaultSpaRoot(): string {
  return resolve(__dirname, '../../../../apps');
}

export function mountSpas(server: Express, spaRoot: string): void {
  for (const { prefix, app } of SPAS) {
    const dist = join(spaRoot, app, 'dist');
    const index = join(dist, 'index.html');
    // Vite's hashed assets never change; everything else (index.html, favicon) is revalidated so a
    // deploy reaches users at once.
    server.use(`${prefix}/assets`, express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d' }));
    server.use(prefix, express.static(dist, { index: false, maxAge: 0 }));
    server.get([prefix, `${prefix}/*splat`], (request, response, next) => {
      if (request.path.startsWith(`${prefix}/assets/`)) return next();
      if (!existsSync(index)) {
        response.status(503).type('text/plain').send(`The ${app} app is not built yet (run the build).`);
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  }
  server.get('/', (_request, response) => response.redirect(302, '/portal/'));
}
