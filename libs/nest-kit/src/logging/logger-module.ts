import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

/**
 * pino JSON logs. Request bodies, query strings and response headers are never logged: they can hold
 * patient data or credentials.
 */
export function loggerModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
      serializers: {
        // The query string may carry tokens (join links) or searched names; log the path only.
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url?.split('?')[0],
        }),
        // Response headers can carry patient data (an attachment's file name in Content-Disposition).
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
