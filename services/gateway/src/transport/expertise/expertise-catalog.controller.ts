import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  destinationServiceAdminSchema,
  destinationServiceBodySchema,
  destinationServiceSchema,
  expertiseServiceAdminList,
  expertiseServiceCreate,
  expertiseServiceList,
  expertiseServiceUpdate,
  expertiseTypeBodySchema,
  expertiseTypeCreate,
  expertiseTypeList,
  expertiseTypeSchema,
  expertiseTypeUpdate,
  listServicesQuerySchema,
  listTypesQuerySchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../../http/zod';

const STAFF_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'VALIDATION_FAILED'] as const;
const list = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });

/** Expertise types (with their forms) and destination services: read by staff, edited by administrators. */
@ApiTags('expertise')
@ApiBearerAuth()
@Controller('api/v1/expertise')
export class ExpertiseCatalogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('types')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ query: listTypesQuerySchema, response: list(expertiseTypeSchema), errors: [...STAFF_ERRORS] })
  types(@CurrentStaff() principal: StaffPrincipal, @Query(new ZodPipe(listTypesQuerySchema, 'query')) query: z.output<typeof listTypesQuerySchema>) {
    return this.rpc.request(expertiseTypeList, { actor: actorOf(principal), query });
  }

  @Post('types')
  @Roles('admin')
  @ApiContract({ body: expertiseTypeBodySchema, response: expertiseTypeSchema, status: 201, errors: [...STAFF_ERRORS, 'CONFLICT'] })
  createType(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(expertiseTypeBodySchema, 'expertise type')) body: z.output<typeof expertiseTypeBodySchema>,
  ) {
    return this.rpc.request(expertiseTypeCreate, { actor: actorOf(principal), body });
  }

  @Put('types/:id')
  @Roles('admin')
  @ApiContract({ body: expertiseTypeBodySchema, response: expertiseTypeSchema, errors: [...STAFF_ERRORS, 'NOT_FOUND', 'CONFLICT'] })
  updateType(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('type id')) typeId: string,
    @Body(new ZodPipe(expertiseTypeBodySchema, 'expertise type')) body: z.output<typeof expertiseTypeBodySchema>,
  ) {
    return this.rpc.request(expertiseTypeUpdate, { actor: actorOf(principal), typeId, body });
  }

  @Get('services')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ query: listServicesQuerySchema, response: list(destinationServiceSchema), errors: [...STAFF_ERRORS] })
  services(
    @CurrentStaff() principal: StaffPrincipal,
    @Query(new ZodPipe(listServicesQuerySchema, 'query')) query: z.output<typeof listServicesQuerySchema>,
  ) {
    return this.rpc.request(expertiseServiceList, { actor: actorOf(principal), query });
  }

  @Get('admin/services')
  @Roles('admin')
  @ApiContract({ response: list(destinationServiceAdminSchema), errors: [...STAFF_ERRORS] })
  adminServices(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(expertiseServiceAdminList, { actor: actorOf(principal) });
  }

  @Post('admin/services')
  @Roles('admin')
  @ApiContract({
    body: destinationServiceBodySchema,
    response: destinationServiceAdminSchema,
    status: 201,
    errors: [...STAFF_ERRORS, 'UNPROCESSABLE'],
  })
  createService(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(destinationServiceBodySchema, 'destination service')) body: z.output<typeof destinationServiceBodySchema>,
  ) {
    return this.rpc.request(expertiseServiceCreate, { actor: actorOf(principal), body });
  }

  @Put('admin/services/:id')
  @Roles('admin')
  @ApiContract({ body: destinationServiceBodySchema, response: destinationServiceAdminSchema, errors: [...STAFF_ERRORS, 'NOT_FOUND', 'UNPROCESSABLE'] })
  updateService(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('service id')) serviceId: string,
    @Body(new ZodPipe(destinationServiceBodySchema, 'destination service')) body: z.output<typeof destinationServiceBodySchema>,
  ) {
    return this.rpc.request(expertiseServiceUpdate, { actor: actorOf(principal), serviceId, body });
  }
}
