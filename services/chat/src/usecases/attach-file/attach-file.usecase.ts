import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHAT_FILES_BUCKET,
  CHAT_UPLOADS_BUCKET,
  DomainError,
  ErrorCode,
  Message,
  RpcCommand,
  chatFileAttach,
} from '@passerelle/contracts';
import { InjectConfig, cleanFileName, detectAllowedType, refuseUpload, safeErrorFields, sizeProblem } from '@passerelle/nest-kit';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChatConfig } from '../../config';
import { accessToSession, participantOf } from '../../domain/session-policy';
import { assertAcceptsMessages } from '../../domain/session-status';
import { FileEntity } from '../../infra/entities/file.entity';
import { ChatObjectStore } from '../../infra/object-store';
import { SessionRecords } from '../shared/session-records';
import { Thread } from '../shared/thread';

/**
 * The gateway stored an upload; chat decides whether it may enter the session: a participant, a
 * session that accepts messages, a non-empty file under the size cap whose first bytes are JPEG, PNG
 * or PDF. Accepted files move to the files bucket and become a file message. The upload is deleted
 * either way, so a refused file does not linger.
 */
@Injectable()
export class AttachFileUseCase {
  private readonly logger = new Logger('AttachFile');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SessionRecords,
    private readonly objects: ChatObjectStore,
    private readonly thread: Thread,
    @InjectConfig() private readonly config: ChatConfig,
  ) {}

  async execute(command: RpcCommand<typeof chatFileAttach>): Promise<Message> {
    try {
      return await this.attach(command);
    } finally {
      await this.objects.remove(CHAT_UPLOADS_BUCKET, command.uploadObject).catch((error: unknown) => {
        this.logger.warn({ err: safeErrorFields(error) }, 'Could not delete an upload');
      });
    }
  }

  private async attach(command: RpcCommand<typeof chatFileAttach>): Promise<Message> {
    const { session, participants } = await this.records.load(command.sessionId);
    const uploader = participantOf(accessToSession(command.actor, session, participants));
    assertAcceptsMessages(session.status);

    const info = await this.objects.info(CHAT_UPLOADS_BUCKET, command.uploadObject);
    if (!info) throw new DomainError(ErrorCode.NOT_FOUND, 'The upload was not found');
    const declared = sizeProblem(info.size, this.config.UPLOAD_MAX_BYTES);
    if (declared) throw refuseUpload(declared);
    const bytes = (await this.objects.read(CHAT_UPLOADS_BUCKET, command.uploadObject)) ?? new Uint8Array();
    const actual = sizeProblem(bytes.length, this.config.UPLOAD_MAX_BYTES);
    if (actual) throw refuseUpload(actual);
    const mimeType = detectAllowedType(bytes);
    if (!mimeType) throw refuseUpload('type_not_allowed');

    const fileId = randomUUID();
    const objectName = `${session.id}/${fileId}`;
    await this.objects.write(CHAT_FILES_BUCKET, objectName, bytes);
    let written: { id: string; created: boolean };
    try {
      written = await this.dataSource.transaction(async (manager) => {
        // Re-checked under the lock: a close that happened meanwhile wins.
        const locked = await this.records.load(session.id, { manager, lock: 'share' });
        assertAcceptsMessages(locked.session.status);
        await manager.insert(FileEntity, {
          id: fileId,
          sessionId: session.id,
          name: cleanFileName(command.fileName),
          mimeType,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          objectName,
          uploadedBy: uploader,
        });
        return this.thread.append(manager, { sessionId: session.id, authorParticipantId: uploader, kind: 'file', fileId });
      });
    } catch (error) {
      await this.objects.remove(CHAT_FILES_BUCKET, objectName).catch(() => undefined);
      throw error;
    }
    const message = await this.thread.read(written.id);
    await this.thread.announce(session.id, message);
    return message;
  }
}
