import net from 'node:net';

/** Where integration tests find the real backends; CI starts both before the run. */
export const testBackends = {
  postgresUrl: process.env.RAPPORT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  kafkaBrokers: (process.env.RAPPORT_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
};

export function canConnect(hostPort: string, timeoutMs = 1000): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host: host ?? '127.0.0.1', port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A fixed master key for personal data in tests that start Rapport on PostgreSQL. */
export const testMasterKey = Buffer.alloc(32, 0x5a).toString('base64');
