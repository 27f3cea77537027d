import { Controller, Get, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  EXPERTISE_UPLOADS_BUCKET,
  RequestDocument,
  expertiseDocumentAttach,
  expertiseDocumentGet,
  expertiseRequestExport,
  requestDocumentSchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Request, Response } from 'express';
import { CurrentStaff, Roles } from '../../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../../auth/principal';
import { safeFileName } from '../../files/content-disposition';
import { ObjectStorage } from '../../files/object-storage';
import { sendObject } from '../../files/send-object';
import { UPLOAD_FIELD, UploadInterceptor, uploadedFile } from '../../files/upload.interceptor';
import { ApiContract, uuidParam } from '../../http/zod';

const ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'VALIDATION_FAILED', 'NOT_FOUND'] as const;
// Expertise reads and checks the whole file, and Chromium prints the export: more than a plain request.
const ATTACH_TIMEOUT_MS = 20_000;
const EXPORT_TIMEOUT_MS = 30_000;

/** A request's documents (photos, PDFs) and its PDF export; expertise authorises every read. */
@ApiTags('expertise')
@ApiBearerAuth()
@Controller('api/v1/expertise/requests/:id')
export class ExpertiseDocumentsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly storage: ObjectStorage,
  ) {}

  /** JPEG, PNG or PDF: 201; 422 `file: type_not_allowed | too_large | empty`. */
  @Post('documents')
  @Roles('requester', 'expert', 'admin')
  @UseInterceptors(UploadInterceptor)
  @ApiContract({ uploadField: UPLOAD_FIELD, response: requestDocumentSchema, status: 201, errors: [...ERRORS, 'UNPROCESSABLE', 'CONFLICT'] })
  async upload(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('request id')) requestId: string,
    @Req() request: Request,
  ): Promise<RequestDocument> {
    const file = uploadedFile(request);
    const uploadObject = await this.storage.putUnderRandomName(EXPERTISE_UPLOADS_BUCKET, file.buffer);
    // Expertise deletes the upload whether it accepts it or not; one it never saw expires with the bucket.
    return this.rpc.request(
      expertiseDocumentAttach,
      { actor: actorOf(principal), requestId, uploadObject, fileName: safeFileName(file.originalname) },
      { timeoutMs: ATTACH_TIMEOUT_MS },
    );
  }

  @Get('documents/:documentId')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ binary: 'application/octet-stream', errors: [...ERRORS] })
  async download(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('request id')) requestId: string,
    @Param('documentId', uuidParam('document id')) documentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.rpc.request(expertiseDocumentGet, { actor: actorOf(principal), requestId, documentId });
    const object = await this.storage.open(document.bucket, document.objectName);
    await sendObject(response, object, {
      mimeType: document.mimeType,
      fileName: document.fileName,
      disposition: document.mimeType.startsWith('image/') ? 'inline' : 'attachment',
    });
  }

  @Get('export.pdf')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ binary: 'application/pdf', errors: [...ERRORS, 'SERVICE_UNAVAILABLE'] })
  async export(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('request id')) requestId: string,
    @Res() response: Response,
  ): Promise<void> {
    const pdf = await this.rpc.request(expertiseRequestExport, { actor: actorOf(principal), requestId }, { timeoutMs: EXPORT_TIMEOUT_MS });
    const object = await this.storage.open(pdf.bucket, pdf.objectName);
    await sendObject(response, object, { mimeType: 'application/pdf', fileName: pdf.fileName, disposition: 'attachment' });
  }
}
