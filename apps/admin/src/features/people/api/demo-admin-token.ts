import { devTokenResponse, routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';

/** A short-lived admin token from dev sign-in, used only to list the demo organisation. */
export async function requestDemoAdminToken(): Promise<string> {
  const answer = await apiRequest(devTokenResponse, { method: 'POST', path: routes.devToken.path, body: { role: 'admin' }, token: '' });
  return answer.token;
}
