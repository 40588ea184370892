import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { RouteContract } from '@rapport/contracts';
import { ROUTE_CONTRACT } from '../http/endpoint.decorator';
import { HttpProblemError } from '../http/http-error';
import { bearerToken } from './bearer-token';
import { ErasedSubjects } from './erased-subjects';
import { namedPerson, PRINCIPAL } from './principal';
import { TokenVerifier } from './token-verifier';

/**
 * Runs before every route: a route without a contract is refused, a public one is
 * open, every other one needs a valid bearer token whose role the contract allows and
 * whose person (if it names one) has not been erased;
 * `self` routes let a participant or manager reach only their own person id.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(ErasedSubjects) private readonly erasedSubjects: ErasedSubjects,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    if (!route) throw new HttpProblemError('forbidden', 'this route has no access rule');
    if (route.access.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new HttpProblemError('unauthenticated', 'send Authorization: Bearer <token>');
    const principal = await this.verifier.verify(token);
    // A person claim that is no person id names nobody, so nobody erased.
    const person = namedPerson(principal);
    if (person !== null && (await this.erasedSubjects.isErased(person))) {
      throw new HttpProblemError('unauthenticated', 'the person this token names has been erased');
    }

    if (!route.access.roles.includes(principal.role)) {
      throw new HttpProblemError('forbidden', `the ${principal.role} role cannot ${route.summary.toLowerCase()}`);
    }
    if (route.access.self && principal.role !== 'admin') {
      const target = request.params?.id;
      if (!principal.personId || target !== principal.personId) {
        throw new HttpProblemError('forbidden', `a ${principal.role} can only see their own data`);
      }
    }
    request[PRINCIPAL] = principal;
    return true;
  }
}
