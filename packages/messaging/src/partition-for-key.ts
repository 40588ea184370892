/**
 * Kafka's default partitioner: murmur2 of the UTF-8 key, made positive, modulo the
 * partition count. The in-process transport uses it so a key lands on the same
 * partition number as it would on the broker (kafkajs's DefaultPartitioner agrees).
 */
export function partitionForKey(key: string, partitionCount: number): number {
  return (murmur2(Buffer.from(key, 'utf8')) & 0x7fffffff) % partitionCount;
}

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const byte = (i: number) => data[i] ?? 0;
  const fullWords = length - (length % 4);
  for (let i = 0; i < fullWords; i += 4) {
    let k = byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const tail = length % 4;
  if (tail >= 3) h ^= byte(fullWords + 2) << 16;
  if (tail >= 2) h ^= byte(fullWords + 1) << 8;
  if (tail >= 1) {
    h ^= byte(fullWords);
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}
