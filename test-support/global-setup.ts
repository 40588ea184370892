import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canConnect, testBackends } from '@rapport/test-support';

/**
 * Integration tests need a real PostgreSQL and a real Kafka broker. They are never
 * skipped: if a backend cannot be reached (and Kafka cannot be started with the
 * infra script), the run fails here with a clear message.
 */
export default async function setup(): Promise<void> {
  const pgHost = new URL(testBackends.postgresUrl);
  if (!(await canConnect(`${pgHost.hostname}:${pgHost.port || 5432}`))) {
    throw new Error(`PostgreSQL is not reachable at ${pgHost.host}; start it before running the tests`);
  }
  const broker = testBackends.kafkaBrokers[0] ?? '127.0.0.1:9092';
  if (!(await canConnect(broker))) {
    const script = fileURLToPath(new URL('../infra/kafka/kafka.sh', import.meta.url));
    execFileSync('bash', [script, 'start'], { stdio: 'inherit' });
    if (!(await canConnect(broker))) throw new Error(`Kafka is not reachable at ${broker}`);
  }
}
