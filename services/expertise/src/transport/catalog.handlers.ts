import { Controller } from '@nestjs/common';
import {
  RpcCommand,
  expertiseServiceAdminList,
  expertiseServiceCreate,
  expertiseServiceList,
  expertiseServiceUpdate,
  expertiseTypeCreate,
  expertiseTypeList,
  expertiseTypeUpdate,
} from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { ListServicesUseCase } from '../usecases/list-services/list-services.usecase';
import { ListTypesUseCase } from '../usecases/list-types/list-types.usecase';
import { SaveServiceUseCase } from '../usecases/save-service/save-service.usecase';
import { SaveTypeUseCase } from '../usecases/save-type/save-type.usecase';

@Controller()
export class CatalogHandlers {
  constructor(
    private readonly listTypes: ListTypesUseCase,
    private readonly saveType: SaveTypeUseCase,
    private readonly listServices: ListServicesUseCase,
    private readonly saveService: SaveServiceUseCase,
  ) {}

  @RpcRoute(expertiseTypeList)
  onTypeList(@RpcPayload(expertiseTypeList) command: RpcCommand<typeof expertiseTypeList>) {
    return this.listTypes.execute(command);
  }

  @RpcRoute(expertiseTypeCreate)
  onTypeCreate(@RpcPayload(expertiseTypeCreate) command: RpcCommand<typeof expertiseTypeCreate>) {
    return this.saveType.execute(command);
  }

  @RpcRoute(expertiseTypeUpdate)
  onTypeUpdate(@RpcPayload(expertiseTypeUpdate) command: RpcCommand<typeof expertiseTypeUpdate>) {
    return this.saveType.execute(command);
  }

  @RpcRoute(expertiseServiceList)
  onServiceList(@RpcPayload(expertiseServiceList) command: RpcCommand<typeof expertiseServiceList>) {
    return this.listServices.execute(command);
  }

  @RpcRoute(expertiseServiceAdminList)
  onServiceAdminList(@RpcPayload(expertiseServiceAdminList) command: RpcCommand<typeof expertiseServiceAdminList>) {
    return this.listServices.forAdmin(command.actor);
  }

  @RpcRoute(expertiseServiceCreate)
  onServiceCreate(@RpcPayload(expertiseServiceCreate) command: RpcCommand<typeof expertiseServiceCreate>) {
    return this.saveService.execute(command);
  }

  @RpcRoute(expertiseServiceUpdate)
  onServiceUpdate(@RpcPayload(expertiseServiceUpdate) command: RpcCommand<typeof expertiseServiceUpdate>) {
    return this.saveService.execute(command);
  }
}
