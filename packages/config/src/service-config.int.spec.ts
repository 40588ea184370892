import { describe, expect, it } from 'vitest';
import { ConfigError, loadServiceConfig } from './service-config';

describe('service configuration', () => {
  it('defaults to the embedded engine, in-process transport and dev sign-in', () => {
    const config = loadServiceConfig({});
    expect(config.storage).toEqual({ kind: 'pglite', dataDir: '.rapport' });
    expect(config.transport).toEqual({ kind: 'in-process' });
    expect(config.auth.mode).toBe('dev');
    expect(config.http.port).toBe(3000);
    expect(config.seedDemo).toBe(true);
  });

  it('runs on PostgreSQL and Kafka when both are given', () => {
    const config = loadServiceConfig({
      DATABASE_URL: 'postgres://rapport@db:5432/rapport',
      KAFKA_BROKERS: 'k1:9092,k2:9092',
      AUTH_MODE: 'dev',
      RAPPORT_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config.storage).toMatchObject({ kind: 'postgres', url: 'postgres://rapport@db:5432/rapport' });
    expect(config.transport).toMatchObject({ kind: 'kafka', brokers: ['k1:9092', 'k2:9092'] });
    expect(config.seedDemo).toBe(false);
  });

  it('stops start-up with every bad variable listed at once', () => {
    try {
      loadServiceConfig({ PORT: 'eighty', KAFKA_BROKERS: 'no-port', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/KAFKA_BROKERS/);
      expect(problems).toMatch(/DATABASE_URL/);
    }
  });

  it('requires a master key for personal data on PostgreSQL', () => {
    expect(() => loadServiceConfig({ DATABASE_URL: 'postgres://db/rapport', AUTH_MODE: 'dev' })).toThrow(/RAPPORT_MASTER_KEY/);
    expect(() => loadServiceConfig({ RAPPORT_MASTER_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });

  it('carries the admin app’s public sign-in settings in OIDC mode, with a default scope', () => {
    const oidc = {
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: 'https://id.example.test',
      AUTH_AUDIENCE: 'urn:rapport:api',
      AUTH_JWKS_URL: 'https://id.example.test/jwks',
    };
    expect(loadServiceConfig({ ...oidc, AUTH_CLIENT_ID: 'rapport-admin', AUTH_RESOURCE: 'urn:rapport:api' }).auth).toMatchObject({
      mode: 'oidc',
      signIn: { clientId: 'rapport-admin', scope: 'openid profile', resource: 'urn:rapport:api' },
    });
    expect(loadServiceConfig(oidc).auth).toMatchObject({ signIn: { clientId: undefined, resource: undefined } });
    expect(() => loadServiceConfig({ ...oidc, AUTH_SCOPE: 'openid  profile' })).toThrow(/AUTH_SCOPE/);
  });

  it('requires the OIDC settings outside dev sign-in', () => {
    expect(() => loadServiceConfig({ DATABASE_URL: 'postgres://db/rapport' })).toThrow(
      /AUTH_ISSUER[\s\S]*AUTH_AUDIENCE[\s\S]*AUTH_JWKS_URL/,
    );
  });
});
