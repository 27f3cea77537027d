import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PipeTransform,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DomainError, ErrorCode, RpcContract, parseOrThrow } from '@passerelle/contracts';
import { Observable, map } from 'rxjs';

class ContractRequestPipe implements PipeTransform {
  constructor(private readonly contract: RpcContract) {}
  transform(value: unknown) {
    return parseOrThrow(this.contract.request, value);
  }
}

/** The receiver also checks what it answers: a handler drifting from its contract fails loudly here. */
@Injectable()
class ContractResponseInterceptor implements NestInterceptor {
  constructor(private readonly contract: RpcContract) {}
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value) => {
        const parsed = this.contract.response.safeParse(value);
        if (!parsed.success) {
          throw new DomainError(ErrorCode.INTERNAL, `Handler of ${this.contract.subject} broke its contract`);
        }
        return parsed.data;
      }),
    );
  }
}

/** `@RpcRoute(contract)` on a handler: subscribes to the contract's subject and checks its answer. */
export function RpcRoute(contract: RpcContract) {
  return applyDecorators(
    MessagePattern(contract.subject),
    UseInterceptors(new ContractResponseInterceptor(contract)),
  );
}

/** `@RpcPayload(contract)` on the handler's parameter: the parsed, typed request. */
export function RpcPayload(contract: RpcContract) {
  return Payload(new ContractRequestPipe(contract));
}
