import { routes, signedInPrincipal, type SignedInPrincipal } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Who a freshly issued token signs in, as the API reads it (role and person from its claims). */
export function fetchCurrentPrincipal(token: string): Promise<SignedInPrincipal> {
  return apiRequest(signedInPrincipal, { path: routes.currentPrincipal.path, token });
}
