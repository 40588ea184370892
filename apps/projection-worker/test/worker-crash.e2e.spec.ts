import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import { rebuildReadModels } from '@rapport/projections';
import { readModelChecksum } from '@rapport/read-models';
import { SealedPersonalData } from '@rapport/personal-data';
import { testMasterKey, waitFor, type ServiceProcess } from '@rapport/test-support';
import { seeded, startFaultRig, type FaultRig } from './ingest-fixture';

/**
 * Fault: the projection worker is killed with SIGKILL at random moments while events
 * keep arriving, and restarted each time. In the end the read models must equal a
 * clean rebuild from the event store, row for row (compared by checksum).
 */
const KILLS = 5;
let rig: FaultRig;
let worker: ServiceProcess | undefined;

beforeAll(async () => {
  rig = await startFaultRig('worker_crash');
  rig.relay.start();
});
afterAll(async () => {
  await rig?.close();
});

describe('a projection worker killed at random points', () => {
  it('ends with read models identical to a clean rebuild', async () => {
    const random = seeded(8_128);
    let appended = rig.people.length;
    const killedAt: number[] = [];
    const appendedAtKill: number[] = [];
    worker = await rig.startWorker();
    // Kill after kill until KILLS of them struck mid-stream (projection is fast: a kill
    // that lands after a burst is fully projected is made, but not counted).
    for (let attempt = 0; killedAt.length < KILLS && attempt < 3 * KILLS; attempt++) {
      // A burst of interactions, then a kill at a random moment while the worker projects it.
      const before = await rig.processedCount();
      const burst = 4_000 + Math.floor(random() * 4_000);
      await rig.appendInteractions(burst, random);
      appended += burst;
      await waitFor(async () => (await rig.processedCount()) > before + 100, 'projection of the burst to start', 60_000, worker.output);
      await new Promise((r) => setTimeout(r, Math.floor(random() * 100)));
      const projected = await rig.processedCount();
      worker.process.kill('SIGKILL');
      if (projected < appended) {
        appendedAtKill.push(appended);
        killedAt.push(projected);
      }
      await waitFor(async () => worker!.process.exitCode !== null || worker!.process.signalCode !== null, 'worker death', 10_000);
      worker = await rig.startWorker();
    }
    await rig.appendInteractions(500, random);
    appended += 500;

    await waitFor(async () => (await rig.processedCount()) === appended, `all ${appended} events projected`, 120_000, worker.output);
    const afterCrashes = await readModelChecksum(rig.db);
    console.log(
      `worker SIGKILLed ${KILLS}× at ${killedAt.join(', ')} of ${appendedAtKill.join(', ')} events; ${appended} events in all; rows ${JSON.stringify(afterCrashes.rows)}`,
    );
    await worker.stop();
    worker = undefined;

    // With the workers' keys: names stay sealed, and people are found by the same keyed digests.
    await rebuildReadModels({
      db: rig.db,
      store: rig.store,
      strength: defaultStrengthParameters,
      personal: SealedPersonalData.withMasterKey(Buffer.from(testMasterKey, 'base64')),
    });
    const rebuilt = await readModelChecksum(rig.db);
    expect(killedAt).toHaveLength(KILLS);
    // Every kill struck mid-stream: events were waiting to be projected.
    killedAt.forEach((projected, i) => expect(projected).toBeLessThan(appendedAtKill[i]!));
    expect(afterCrashes.rows.rm_processed_events).toBe(appended);
    expect(afterCrashes.checksum).toBe(rebuilt.checksum);
  }, 300_000);
});
