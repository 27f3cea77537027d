import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AdminUserView,
  adminUserListSchema,
  adminUserViewSchema,
  identityAdminUserList,
  identityAdminUserReview,
  identityAdminUserSetRoles,
  identityTermsList,
  identityTermsPublish,
  listUsersQuerySchema,
  publishTermsBodySchema,
  setRolesBodySchema,
  termsVersionSchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';

const ADMIN_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN'] as const;

/** Administration of the administrator's own organisation: its users and the terms of use versions. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin')
export class AdminUsersController {
  constructor(private readonly rpc: RpcClient) {}

  /** Newest first; `?status=pending` lists the accounts waiting for a review. */
  @Get('users')
  @ApiContract({ query: listUsersQuerySchema, response: adminUserListSchema, errors: [...ADMIN_ERRORS, 'VALIDATION_FAILED'] })
  list(
    @CurrentStaff() principal: StaffPrincipal,
    @Query(new ZodPipe(listUsersQuerySchema, 'query')) query: z.output<typeof listUsersQuerySchema>,
  ) {
    return this.rpc.request(identityAdminUserList, { actor: actorOf(principal), query });
  }

  /** Pending → active; the person is e-mailed that they can sign in. 409 when the account is not pending. */
  @Post('users/:id/approve')
  @HttpCode(200)
  @ApiContract({ response: adminUserViewSchema, errors: [...ADMIN_ERRORS, 'NOT_FOUND', 'CONFLICT'] })
  approve(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('user id')) userId: string): Promise<AdminUserView> {
    return this.rpc.request(identityAdminUserReview, { actor: actorOf(principal), userId, decision: 'approve' });
  }

  @Post('users/:id/refuse')
  @HttpCode(200)
  @ApiContract({ response: adminUserViewSchema, errors: [...ADMIN_ERRORS, 'NOT_FOUND', 'CONFLICT'] })
  refuse(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('user id')) userId: string): Promise<AdminUserView> {
    return this.rpc.request(identityAdminUserReview, { actor: actorOf(principal), userId, decision: 'refuse' });
  }

  /** Replaces the user's roles (they apply from the user's next token refresh). */
  @Put('users/:id/roles')
  @ApiContract({
    body: setRolesBodySchema,
    response: adminUserViewSchema,
    errors: [...ADMIN_ERRORS, 'VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE'],
  })
  setRoles(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('user id')) userId: string,
    @Body(new ZodPipe(setRolesBodySchema, 'roles')) body: z.output<typeof setRolesBodySchema>,
  ): Promise<AdminUserView> {
    return this.rpc.request(identityAdminUserSetRoles, { actor: actorOf(principal), userId, body });
  }

  @Get('terms')
  @ApiContract({ response: z.object({ items: z.array(termsVersionSchema) }), errors: [...ADMIN_ERRORS] })
  listTerms(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(identityTermsList, { actor: actorOf(principal) });
  }

  /** Publishes a new version, current at once (everyone accepts it again); 409 for a label already used. */
  @Post('terms')
  @ApiContract({
    body: publishTermsBodySchema,
    response: termsVersionSchema,
    status: 201,
    errors: [...ADMIN_ERRORS, 'VALIDATION_FAILED', 'CONFLICT'],
  })
  publishTerms(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(publishTermsBodySchema, 'terms')) body: z.output<typeof publishTermsBodySchema>,
  ) {
    return this.rpc.request(identityTermsPublish, { actor: actorOf(principal), body });
  }
}
