import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, identityPatientSearch } from '@passerelle/contracts';
import { In, Repository } from 'typeorm';
import { PatientIdentityEntity } from '../../infra/entities/patient-identity.entity';
import { APPROXIMATE_SIMILARITY_THRESHOLD, patientSearchSql } from '../../infra/patient-search-sql';
import { PatientRecords, assertMayHandlePatients } from '../shared/patient-access';

/**
 * Finds identities of the actor's organisation by name (exact, approximate or phonetic) and birth date,
 * best match first. Every identity returned is a read: each gets an audit line.
 */
@Injectable()
export class SearchPatientsUseCase {
  constructor(
    @InjectRepository(PatientIdentityEntity) private readonly identities: Repository<PatientIdentityEntity>,
    private readonly records: PatientRecords,
  ) {}

  async execute({ actor, query }: RpcCommand<typeof identityPatientSearch>): Promise<RpcResponse<typeof identityPatientSearch>> {
    assertMayHandlePatients(actor);
    const { sql, params } = patientSearchSql(actor.organisationId, query);
    const matches = await this.identities.manager.transaction(async (manager) => {
      // SET LOCAL cannot take a bind parameter; the threshold is a constant of this file's module.
      await manager.query(`SET LOCAL pg_trgm.similarity_threshold = ${APPROXIMATE_SIMILARITY_THRESHOLD}`);
      return (await manager.query(sql, params)) as { id: string; score: number | string }[];
    });
    if (matches.length === 0) return { items: [] };
    const byId = new Map((await this.identities.findBy({ id: In(matches.map((m) => m.id)) })).map((i) => [i.id, i]));
    const items = matches.flatMap(({ id, score }) => {
      const identity = byId.get(id);
      return identity ? [{ ...this.records.view(identity), score: Math.min(1, Math.max(0, Number(score))) }] : [];
    });
    await this.records.recordAccess(actor, 'search-result', items.map((item) => item.id));
    return { items };
  }
}
