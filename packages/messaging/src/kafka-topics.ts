import type { Admin } from 'kafkajs';

const LEADER_WAIT_MS = 30_000;
const POLL_MS = 200;

/** Creates the topics that do not exist yet, then waits until every partition can be used. */
export async function ensureTopics(admin: Admin, names: readonly string[], partitions: number): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = names.filter((name) => !existing.has(name));
  if (missing.length > 0) {
    // Several processes may start at once: createTopics answers false for a topic that already exists.
    await admin.createTopics({
      topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
      waitForLeaders: true,
    });
  }
  await waitForLeaders(admin, names);
}

/**
 * KRaft publishes a new topic's leaders before the broker hosts the partitions, and for a
 * moment answers "does not host this topic-partition". Ready means: every partition has a
 * leader and the broker answers a ListOffsets request for it.
 */
async function waitForLeaders(admin: Admin, names: readonly string[]): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  let lastProblem = 'no metadata yet';
  while (Date.now() < deadline) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [...names] });
      const leaderless = topics.flatMap((topic) =>
        topic.partitions.length === 0
          ? [`${topic.name} (no partitions)`]
          : topic.partitions.filter((p) => p.leader < 0).map((p) => `${topic.name}[${p.partitionId}]`),
      );
      if (leaderless.length === 0) {
        for (const name of names) await admin.fetchTopicOffsets(name);
        return;
      }
      lastProblem = `no leader for ${leaderless.join(', ')}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`Kafka topics ${names.join(', ')} not ready after ${LEADER_WAIT_MS} ms: ${lastProblem}`);
}
