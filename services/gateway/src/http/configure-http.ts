import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { httpRequests } from '@passerelle/nest-kit';
import { raw, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { GatewayConfig } from '../config';
import { defaultSpaRoot, mountSpas } from '../spa/spa-static';
import { PROVIDER_WEBHOOKS_PATH } from '../transport/provider-webhooks.controller';

const BODY_LIMIT = '1mb';

/** OpenAPI has no notion of sockets: the realtime protocol is documented here, in the API description. */
const API_DESCRIPTION = `The gateway: the only door for browsers. Errors are \`{ code, message, errorId?, issues? }\`.

## Realtime (socket.io at path \`/ws\`)
Connect with \`auth: { token: <access token> }\` (staff or guest). Refused handshakes carry the error code
(\`UNAUTHENTICATED\`, \`TOKEN_INVALID\`, \`TOKEN_EXPIRED\`) as the error message. The server first emits
\`ready\`. Staff sockets are in their user room and receive the waiting room events of their sessions.

Client → server (with acknowledgement \`{ ok: true }\` or \`{ ok: false, code }\`):
- \`session:join { sessionId }\`: enter the session room; the caller counts as present (the requester's
  portal rings when a guest joins an open session).
- \`session:leave { sessionId }\`.

Server → client:
- \`session.guest-waiting { sessionId, participantId, displayName }\`: a guest is connected and waits.
- \`session.guest-left { sessionId, participantId }\`: their last connection closed.
- \`session.updated { session }\`: started, terminated (closed or kept open), participants changed.
- \`message.posted { sessionId, message }\`: a new message; clients that missed some catch up with
  \`GET /api/v1/sessions/{id}/messages?after=<cursor>\`.`;

export function configureHttp(app: INestApplication, config: GatewayConfig): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', 'loopback, linklocal, uniquelocal');
  express.disable('x-powered-by');
  // Provider webhooks keep their bytes (signature checks); the JSON parser then leaves them alone.
  express.use(PROVIDER_WEBHOOKS_PATH, raw({ type: () => true, limit: BODY_LIMIT }));
  express.useBodyParser('json', { limit: BODY_LIMIT });

  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Swagger UI ships inline bootstrap code: its pages get helmet without the script policy.
  const docs = helmet({ contentSecurityPolicy: false });
  express.use((request: Request, response: Response, next: NextFunction) =>
    (request.path.startsWith('/api/docs') ? docs : strict)(request, response, next),
  );
  express.use((request: Request, response: Response, next: NextFunction) => {
    response.on('finish', () => httpRequests.inc({ method: request.method, status: `${Math.floor(response.statusCode / 100)}xx` }));
    next();
  });
  express.enableCors({ origin: [config.PUBLIC_ORIGIN], credentials: true });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Passerelle API')
      .setDescription(API_DESCRIPTION)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  mountSpas(express.getHttpAdapter().getInstance(), config.SPA_ROOT ?? defaultSpaRoot());
}
