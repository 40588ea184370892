import { Body, Controller, Inject } from '@nestjs/common';
import { devTokenRequest, routes, type SignedInPrincipal, type SignInConfig } from '@rapport/contracts';
import { personById } from '@rapport/read-models';
import { z } from 'zod';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { CurrentPrincipal, type Principal } from './principal';
import { publicSignInConfig } from './sign-in-config';
import { TokenVerifier } from './token-verifier';

const personIdFormat = z.uuid();

@Controller()
export class AuthController {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Endpoint(routes.signInConfig)
  signInConfig(): SignInConfig {
    return publicSignInConfig(this.runtime.config.auth);
  }

  @Endpoint(routes.currentPrincipal)
  async me(@CurrentPrincipal() principal: Principal): Promise<SignedInPrincipal> {
    // A person claim that is not a Rapport person id names nobody (and reaches no one's data).
    const personId = personIdFormat.safeParse(principal.personId).success ? principal.personId : null;
    const person = personId ? await personById(this.runtime.db, personId) : null;
    return {
      role: principal.role,
      personId,
      displayName: person?.displayName ?? null,
      expiresAt: principal.expiresAt ?? null,
    };
  }

  @Endpoint(routes.devToken)
  devToken(@Body() body: unknown) {
    const request = parseRequest(devTokenRequest, body, 'body');
    return this.verifier.issueDevToken(request.role, request.personId, this.runtime.clock.now());
  }
}
