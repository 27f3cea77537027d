import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CHAT_FILES_BUCKET, DomainError, ErrorCode, RpcCommand, RpcResponse, chatFileGet } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { accessToSession } from '../../domain/session-policy';
import { FileEntity } from '../../infra/entities/file.entity';
import { SessionRecords } from '../shared/session-records';

/** Authorises a download and tells the gateway where the bytes are. */
@Injectable()
export class GetFileUseCase {
  constructor(
    private readonly records: SessionRecords,
    @InjectRepository(FileEntity) private readonly files: Repository<FileEntity>,
  ) {}

  async execute(command: RpcCommand<typeof chatFileGet>): Promise<RpcResponse<typeof chatFileGet>> {
    const { session, participants } = await this.records.load(command.sessionId);
    accessToSession(command.actor, session, participants);
    const file = await this.files.findOneBy({ id: command.fileId, sessionId: session.id });
    if (!file) throw new DomainError(ErrorCode.NOT_FOUND, 'File not found');
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      size: file.size,
      bucket: CHAT_FILES_BUCKET,
      objectName: file.objectName,
    };
  }
}
