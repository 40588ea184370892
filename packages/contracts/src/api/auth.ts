import { z } from 'zod';
import { role } from './common';

export const devTokenRequest = z.strictObject({
  role,
  personId: z.uuid().toLowerCase().optional(),
});
export type DevTokenRequest = z.infer<typeof devTokenRequest>;

export const devTokenResponse = z.object({ token: z.string(), expiresAt: z.string() });

/**
 * How the admin app signs people in, published by the service: the demo sign-in of the
 * embedded default, or a redirect to the organisation's OIDC provider (Authorization Code
 * with PKCE, a public client: nothing here is secret).
 */
export const signInConfig = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('dev') }),
  z.object({
    mode: z.literal('oidc'),
    /** The provider's issuer; its discovery document lives under it. */
    issuer: z.string(),
    /** The admin app's public client id; null when the service has none configured. */
    clientId: z.string().nullable(),
    scope: z.string(),
    /** Resource indicator (RFC 8707) to ask for, so the access token is issued for this API. */
    resource: z.string().nullable(),
  }),
]);
export type SignInConfig = z.infer<typeof signInConfig>;

/** Who the bearer token signs in, as the service reads it. */
export const signedInPrincipal = z.object({
  role,
  personId: z.uuid().toLowerCase().nullable(),
  /** The person's name in the directory; null for a token that names no known person. */
  displayName: z.string().nullable(),
  /** When the token expires (ISO 8601); the session ends then. */
  expiresAt: z.string().nullable(),
});
export type SignedInPrincipal = z.infer<typeof signedInPrincipal>;
