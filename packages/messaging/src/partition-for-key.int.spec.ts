import { Partitioners } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { partitionForKey } from './partition-for-key';

describe('partitionForKey', () => {
  it('puts every key on the partition kafkajs and the Java client choose', () => {
    const kafkaPartitioner = Partitioners.DefaultPartitioner();
    const partitionMetadata = Array.from({ length: 6 }, (_, partitionId) => ({
      partitionId,
      leader: 1,
      partitionErrorCode: 0,
      replicas: [1],
      isr: [1],
    }));
    const keys = ['', 'a', 'ab', 'abc', 'abcd', 'person:9f1c2d', 'cohort:é✓', ...Array.from({ length: 100 }, (_, i) => `stream-${i}`)];
    for (const key of keys) {
      expect(partitionForKey(key, 6)).toBe(kafkaPartitioner({ topic: 't', partitionMetadata, message: { key, value: null } }));
    }
  });
});
