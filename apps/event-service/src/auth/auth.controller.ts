import { Body, Controller, Inject } from '@nestjs/common';
import { devTokenRequest, routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { TokenVerifier } from './token-verifier';

@Controller()
export class AuthController {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Endpoint(routes.devToken)
  devToken(@Body() body: unknown) {
    const request = parseRequest(devTokenRequest, body, 'body');
    return this.verifier.issueDevToken(request.role, request.personId, this.runtime.clock.now());
  }
}
