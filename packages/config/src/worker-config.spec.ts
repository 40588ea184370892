import { describe, expect, it } from 'vitest';
import { ConfigError, loadServiceConfig, loadWorkerConfig } from './service-config';

const production = {
  DATABASE_URL: 'postgres://db/rapport',
  RAPPORT_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
  KAFKA_BROKERS: 'kafka:9092',
};

describe('a separate projection worker’s configuration', () => {
  it('asks for no sign-in or HTTP API settings, where the service asks for them', () => {
    expect(() => loadServiceConfig(production)).toThrow(/AUTH_ISSUER: required when AUTH_MODE=oidc/);
    const worker = loadWorkerConfig({ ...production, WORKER_HTTP_PORT: '9464', HOST: '0.0.0.0' });
    expect(worker).toMatchObject({
      storage: { kind: 'postgres', url: 'postgres://db/rapport' },
      transport: { kind: 'kafka', brokers: ['kafka:9092'] },
      workerHttpPort: 9464,
      host: '0.0.0.0',
    });
    expect(worker).not.toHaveProperty('auth');
    expect(worker).not.toHaveProperty('http');
  });

  it('still refuses what it needs, in one readable list', () => {
    expect(() => loadWorkerConfig({ DATABASE_URL: production.DATABASE_URL, KAFKA_PARTITIONS: '0' })).toThrow(ConfigError);
    try {
      loadWorkerConfig({ DATABASE_URL: production.DATABASE_URL, KAFKA_PARTITIONS: '0' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^KAFKA_PARTITIONS: /),
        'RAPPORT_MASTER_KEY: required with DATABASE_URL (openssl rand -base64 32)',
      ]);
    }
  });

  it('fetches up to 4 MiB a partition unless told otherwise, within 64 KiB and 64 MiB', () => {
    expect(loadWorkerConfig(production).transport).toMatchObject({ fetchBytesPerPartition: 4 * 1024 * 1024 });
    expect(loadWorkerConfig({ ...production, KAFKA_FETCH_BYTES_PER_PARTITION: '1048576' }).transport).toMatchObject({
      fetchBytesPerPartition: 1024 * 1024,
    });
    for (const bad of ['1024', '134217728', 'lots'])
      expect(() => loadWorkerConfig({ ...production, KAFKA_FETCH_BYTES_PER_PARTITION: bad })).toThrow(/KAFKA_FETCH_BYTES_PER_PARTITION: /);
  });

  it('gives the service the same storage, transport and projection settings from the same environment', () => {
    const env = { ...production, AUTH_MODE: 'dev', STRUCTURE_INTERVAL_SECONDS: '60', K_ANONYMITY: '7' };
    const service = loadServiceConfig(env);
    const worker = loadWorkerConfig(env);
    for (const key of Object.keys(worker) as (keyof typeof worker)[]) expect(service[key]).toEqual(worker[key]);
  });
});
