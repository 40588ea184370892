import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { testBackends } from '@rapport/test-support';

export const kafka = new Kafka({ clientId: 'rapport-bench', brokers: [...testBackends.kafkaBrokers], logLevel: logLevel.NOTHING });

export async function createTopic(topic: string, partitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
}

/** The same producer settings Rapport's relay uses (idempotent, all in-sync replicas). */
export async function rawProducer(): Promise<Producer> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  return producer;
}
