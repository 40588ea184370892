import { Body, Controller, Inject } from '@nestjs/common';
import { routes, type SignedInPrincipal, type SignInConfig } from '@rapport/contracts';
import { personById } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { CurrentPrincipal, namedPerson, type Principal } from './principal';
import { publicSignInConfig } from './sign-in-config';
import { TokenVerifier } from './token-verifier';

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
    const personId = namedPerson(principal);
    const person = personId ? await personById(this.runtime.db, this.runtime.personalData.kept, personId) : null;
    return {
      role: principal.role,
      personId,
      displayName: person?.displayName ?? null,
      expiresAt: principal.expiresAt ?? null,
    };
  }

  @Endpoint(routes.devToken)
  devToken(@Body() request: BodyOf<typeof routes.devToken>) {
    return this.verifier.issueDevToken(request.role, request.personId, this.runtime.clock.now());
  }
}
