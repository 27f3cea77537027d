import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { DomainError, ErrorCode } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable, from, switchMap } from 'rxjs';
import { GatewayConfig } from '../config';

export const UPLOAD_FIELD = 'file';

/**
 * Reads one multipart file (field `file`) into memory, capped at UPLOAD_MAX_BYTES. Runs after the guards,
 * so nobody unauthenticated gets a byte buffered. Errors use chat's vocabulary: an oversize file is
 * 422 UNPROCESSABLE `file: too_large` (the same answer chat gives), not a bare 413.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly readFile: RequestHandler;

  constructor(@InjectConfig() config: GatewayConfig) {
    this.readFile = multer({
      storage: multer.memoryStorage(),
      // Browsers send UTF-8 file names; busboy would otherwise decode them as latin1.
      defParamCharset: 'utf8',
      limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
    }).single(UPLOAD_FIELD);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const read = new Promise<void>((resolve, reject) =>
      this.readFile(request, response, (error?: unknown) => (error ? reject(uploadError(error)) : resolve())),
    );
    return from(read).pipe(switchMap(() => next.handle()));
  }
}

function uploadError(error: unknown): DomainError {
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new DomainError(ErrorCode.UNPROCESSABLE, 'The file is too large', [{ path: UPLOAD_FIELD, problem: 'too_large' }]);
    }
    return new DomainError(ErrorCode.VALIDATION_FAILED, 'Send one file in the form field "file"', [
      { path: UPLOAD_FIELD, problem: error.code.toLowerCase() },
    ]);
  }
  // busboy's parse errors (truncated or malformed multipart bodies).
  return new DomainError(ErrorCode.VALIDATION_FAILED, 'The upload is not a valid multipart form');
}

/** The file multer read, or VALIDATION_FAILED when the form had none. */
export function uploadedFile(request: Request): Express.Multer.File {
  if (!request.file) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Send one file in the form field "file"', [
      { path: UPLOAD_FIELD, problem: 'required' },
    ]);
  }
  return request.file;
}
