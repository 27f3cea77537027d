import { Controller, Get, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHAT_UPLOADS_BUCKET, Message, chatFileAttach, chatFileGet, messageSchema } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Request, Response } from 'express';
import { AllowGuests, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, actorOf } from '../auth/principal';
import { safeFileName } from '../files/content-disposition';
import { ObjectStorage } from '../files/object-storage';
import { sendObject } from '../files/send-object';
import { UPLOAD_FIELD, UploadInterceptor, uploadedFile } from '../files/upload.interceptor';
import { ApiContract, uuidParam } from '../http/zod';

const ATTACH_TIMEOUT_MS = 20_000;
const AUTH_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'] as const;

/**
 * Photos and PDFs in the chat. The bytes go through the JetStream object store (too big for NATS
 * messages); chat checks them (magic bytes, type allowlist, size) and authorises every download.
 */
@ApiTags('files')
@ApiBearerAuth()
@AllowGuests()
@Controller('api/v1/sessions/:id/files')
export class FilesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly storage: ObjectStorage,
  ) {}

  /** JPEG, PNG or PDF up to UPLOAD_MAX_BYTES: 201 with the file message; 422 `file: type_not_allowed | too_large | empty`. */
  @Post()
  @UseInterceptors(UploadInterceptor)
  @ApiContract({
    uploadField: UPLOAD_FIELD,
    response: messageSchema,
    status: 201,
    errors: [...AUTH_ERRORS, 'VALIDATION_FAILED', 'UNPROCESSABLE', 'CONFLICT'],
  })
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Req() request: Request,
  ): Promise<Message> {
    const file = uploadedFile(request);
    const uploadObject = await this.storage.putUnderRandomName(CHAT_UPLOADS_BUCKET, file.buffer);
    // Chat deletes the upload whether it accepts it or not, and one it never saw expires with the bucket's
    // TTL: deleting it here after a timeout could pull it from under an attach still running. Chat reads,
    // checks and copies up to UPLOAD_MAX_BYTES, hence more time than a plain request.
    return this.rpc.request(
      chatFileAttach,
      { actor: actorOf(principal), sessionId, uploadObject, fileName: safeFileName(file.originalname) },
      { timeoutMs: ATTACH_TIMEOUT_MS },
    );
  }

  /** The file, streamed: images inline, PDFs as attachments, never sniffed or cached. */
  @Get(':fileId')
  @ApiContract({ binary: 'application/octet-stream', errors: [...AUTH_ERRORS] })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Param('fileId', uuidParam('file id')) fileId: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.rpc.request(chatFileGet, { actor: actorOf(principal), sessionId, fileId });
    const object = await this.storage.open(file.bucket, file.objectName);
    await sendObject(response, object, {
      mimeType: file.mimeType,
      fileName: file.name,
      disposition: file.mimeType.startsWith('image/') ? 'inline' : 'attachment',
    });
  }
}
