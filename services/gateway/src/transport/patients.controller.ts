import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  PatientView,
  createPatientBodySchema,
  identityPatientCreate,
  identityPatientGet,
  identityPatientSearch,
  patientSearchResultSchema,
  patientViewSchema,
  searchPatientsQuerySchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';

const STAFF_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN'] as const;

/**
 * Patient identities for tele-expertise requests. Identity scopes every query to the caller's
 * organisation and audits each read. The search criteria travel in the query string, which the access
 * log never records (it logs the path only).
 */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('api/v1/patients')
export class PatientsController {
  constructor(private readonly rpc: RpcClient) {}

  /** Creates an unverified identity; a wrong NIR key is 400 with the issue `nir: invalid_key`. */
  @Post()
  @Roles('requester', 'expert', 'admin')
  @ApiContract({
    body: createPatientBodySchema,
    response: patientViewSchema,
    status: 201,
    errors: [...STAFF_ERRORS, 'VALIDATION_FAILED', 'CONFLICT'],
  })
  create(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(createPatientBodySchema, 'patient identity')) body: z.output<typeof createPatientBodySchema>,
  ): Promise<PatientView> {
    return this.rpc.request(identityPatientCreate, { actor: actorOf(principal), body });
  }

  /** Best match first; mode `exact`, `approximate` (typos) or `phonetic` (sounds alike in French). */
  @Get()
  @Roles('requester', 'expert', 'admin')
  @ApiContract({
    query: searchPatientsQuerySchema,
    response: patientSearchResultSchema,
    errors: [...STAFF_ERRORS, 'VALIDATION_FAILED'],
  })
  search(
    @CurrentStaff() principal: StaffPrincipal,
    @Query(new ZodPipe(searchPatientsQuerySchema, 'search')) query: z.output<typeof searchPatientsQuerySchema>,
  ): Promise<z.output<typeof patientSearchResultSchema>> {
    return this.rpc.request(identityPatientSearch, { actor: actorOf(principal), query });
  }

  @Get(':id')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ response: patientViewSchema, errors: [...STAFF_ERRORS, 'VALIDATION_FAILED', 'NOT_FOUND'] })
  get(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('patient id')) patientId: string): Promise<PatientView> {
    return this.rpc.request(identityPatientGet, { actor: actorOf(principal), patientId });
  }
}
