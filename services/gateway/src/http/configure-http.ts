import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { httpRequests } from '@passerelle/nest-kit';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { GatewayConfig } from '../config';
import { defaultSpaRoot, mountSpas } from '../spa/spa-static';

const BODY_LIMIT = '1mb';

export function configureHttp(app: INestApplication, config: GatewayConfig): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', 'loopback, linklocal, uniquelocal');
  express.disable('x-powered-by');
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
      .setDescription('The gateway: the only door for browsers. Errors are `{ code, message, errorId? }`.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  mountSpas(express.getHttpAdapter().getInstance(), config.SPA_ROOT ?? defaultSpaRoot());
}
