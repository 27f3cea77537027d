import { Controller } from '@nestjs/common';
import { RpcCommand, identityPatientCreate, identityPatientGet, identityPatientSearch } from '@passerelle/contracts';
import { RpcPayload, RpcRoute } from '@passerelle/nest-kit';
import { CreatePatientUseCase } from '../usecases/create-patient/create-patient.usecase';
import { GetPatientUseCase } from '../usecases/get-patient/get-patient.usecase';
import { SearchPatientsUseCase } from '../usecases/search-patients/search-patients.usecase';

/** Patient identities for tele-expertise requests (the gateway's /api/v1/patients). */
@Controller()
export class PatientHandlers {
  constructor(
    private readonly createPatient: CreatePatientUseCase,
    private readonly searchPatients: SearchPatientsUseCase,
    private readonly getPatient: GetPatientUseCase,
  ) {}

  @RpcRoute(identityPatientCreate)
  onCreate(@RpcPayload(identityPatientCreate) command: RpcCommand<typeof identityPatientCreate>) {
    return this.createPatient.execute(command);
  }

  @RpcRoute(identityPatientSearch)
  onSearch(@RpcPayload(identityPatientSearch) command: RpcCommand<typeof identityPatientSearch>) {
    return this.searchPatients.execute(command);
  }

  @RpcRoute(identityPatientGet)
  onGet(@RpcPayload(identityPatientGet) command: RpcCommand<typeof identityPatientGet>) {
    return this.getPatient.execute(command);
  }
}
