import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEventMessage } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import { rebuildReadModels } from '@rapport/projections';
import { readModelChecksum } from '@rapport/read-models';
import { SealedPersonalData } from '@rapport/personal-data';
import { testMasterKey, waitFor, type ServiceProcess } from '@rapport/test-support';
import { seeded, startFaultRig, type FaultRig } from './ingest-fixture';

/**
 * Two workers share one consumer group; a second member joins mid-stream and the first
 * leaves mid-stream (two rebalances), while already-delivered events are delivered
 * again. Every event counts once, and the result equals a single clean rebuild.
 */
let rig: FaultRig;

beforeAll(async () => {
  rig = await startFaultRig('worker_group');
  rig.relay.start();
});
afterAll(async () => {
  await rig?.close();
});

/** Reads a worker's own Prometheus counters from the port it reported at start. */
async function projectedBy(worker: ServiceProcess): Promise<{ applied: number; duplicate: number }> {
  const port = /"port":(\d+)/.exec(worker.output())?.[1];
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const read = (outcome: string) =>
    Number(new RegExp(`rapport_events_projected_total\\{outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { applied: read('applied'), duplicate: read('duplicate') };
}

describe('two workers in one consumer group', () => {
  it('count redelivered events once through rebalances and equal a single rebuild', async () => {
    const random = seeded(4_242);
    let appended = rig.people.length;
    let interactions = 0;
    const burst = async (n: number) => {
      await rig.appendInteractions(n, random);
      appended += n;
      interactions += n;
    };

    const first = await rig.startWorker();
    await burst(3_000);
    await waitFor(async () => (await rig.processedCount()) > 500, 'projection under way', 60_000);
    const second = await rig.startWorker(); // rebalance while the first is busy
    await burst(3_000);

    // Deliver the oldest 2,000 events a second time, as a relay retry would.
    const again = await rig.store.readAll({ limit: 2_000 });
    await rig.transport.publish(rig.transport.topics.events, again.map(toEventMessage));
    await waitFor(async () => (await rig.processedCount()) > 4_000, 'projection continuing', 60_000);
    const firstCounts = await projectedBy(first);
    await first.stop(); // the first leaves mid-stream: another rebalance
    await burst(2_000);

    await waitFor(async () => (await rig.processedCount()) === appended, `all ${appended} events projected`, 120_000, second.output);
    const secondCounts = await projectedBy(second);
    const live = await readModelChecksum(rig.db);
    console.log(
      `first worker applied ${firstCounts.applied} (skipped ${firstCounts.duplicate} duplicates), second applied ${secondCounts.applied} (skipped ${secondCounts.duplicate}); ${appended} events`,
    );

    // With the workers' keys: names stay sealed, and people are found by the same keyed digests.
    await rebuildReadModels({
      db: rig.db,
      store: rig.store,
      strength: defaultStrengthParameters,
      personal: SealedPersonalData.withMasterKey(Buffer.from(testMasterKey, 'base64')),
    });
    const rebuilt = await readModelChecksum(rig.db);
    expect(firstCounts.applied).toBeGreaterThan(0);
    expect(secondCounts.applied).toBeGreaterThan(0);
    // The first worker's counters were read just before it left, so they are a lower bound.
    expect(firstCounts.applied + secondCounts.applied).toBeLessThanOrEqual(appended);
    expect(firstCounts.duplicate + secondCounts.duplicate).toBeGreaterThan(0);
    expect(live.rows.rm_processed_events).toBe(appended);
    // Each interaction of two is one pair, stored once.
    expect(live.rows.rm_pair_contributions).toBe(interactions);
    expect(live.checksum).toBe(rebuilt.checksum);
  }, 300_000);
});
