import { InterruptibleDelay, redeliveryDelayMs, type RedeliveryPolicy } from './redelivery';
import type { BatchHandler, ConsumedMessage } from './types';

interface Member {
  readonly handler: BatchHandler;
  /** Where this member starts on partitions the group never committed. */
  readonly startOffsets: readonly number[];
  busy: boolean;
  stopping: boolean;
  /** Round-robin cursor so one busy partition does not starve the others. */
  nextPartition: number;
  idle: Array<() => void>;
}

/**
 * One consumer group reading one in-memory topic: committed offsets per partition,
 * partitions spread over the members (partition p belongs to member p mod n), one batch
 * at a time per member (as kafkajs does by default), offsets committed only after the
 * handler resolves, and redelivery after a backoff when it throws.
 */
export class InProcessGroup {
  private readonly committed: Array<number | undefined>;
  private readonly members: Member[] = [];
  private readonly inFlight = new Set<number>();
  private readonly failures = new Map<number, { firstOffset: number; count: number }>();
  private readonly backingOff = new Set<number>();
  private readonly delay = new InterruptibleDelay();
  private scheduled = false;

  constructor(
    private readonly log: ReadonlyArray<readonly ConsumedMessage[]>,
    private readonly redelivery: RedeliveryPolicy,
    private readonly maxBatchSize: number,
  ) {
    this.committed = log.map(() => undefined);
  }

  join(handler: BatchHandler, fromBeginning: boolean): { leave(): Promise<void> } {
    const member: Member = {
      handler,
      startOffsets: this.log.map((partition) => (fromBeginning ? 0 : partition.length)),
      busy: false,
      stopping: false,
      nextPartition: 0,
      idle: [],
    };
    this.members.push(member);
    this.schedule();
    return { leave: () => this.leave(member) };
  }

  /** Messages not yet committed, per partition. */
  lag(): Array<{ partition: number; lag: number }> {
    return this.log.map((messages, partition) => ({
      partition,
      lag: messages.length - (this.committed[partition] ?? 0),
    }));
  }

  /** Delivery always starts from a fresh macrotask, never inside the caller's stack. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private async leave(member: Member): Promise<void> {
    if (member.stopping) return;
    member.stopping = true;
    if (member.busy) await new Promise<void>((resolve) => member.idle.push(resolve));
    this.members.splice(this.members.indexOf(member), 1);
    if (this.members.length === 0) this.delay.interruptAll();
    this.schedule();
  }

  private pump(): void {
    for (const [index, member] of this.members.entries()) {
      if (member.busy || member.stopping) continue;
      const partitions = this.log.map((_, p) => p).filter((p) => p % this.members.length === index);
      const ready = partitions.filter((p) => this.hasWork(p, member));
      const next = ready.find((p) => p >= member.nextPartition) ?? ready[0];
      if (next !== undefined) void this.deliver(member, next);
    }
  }

  private position(partition: number, member: Member): number {
    return this.committed[partition] ?? member.startOffsets[partition] ?? 0;
  }

  private hasWork(partition: number, member: Member): boolean {
    const messages = this.log[partition] ?? [];
    return !this.inFlight.has(partition) && !this.backingOff.has(partition) && this.position(partition, member) < messages.length;
  }

  private async deliver(member: Member, partition: number): Promise<void> {
    const from = this.position(partition, member);
    const batch = (this.log[partition] ?? []).slice(from, from + this.maxBatchSize);
    const failure = this.failures.get(partition);
    const attempt = failure?.firstOffset === from ? failure.count + 1 : 1;
    member.busy = true;
    member.nextPartition = partition + 1;
    this.inFlight.add(partition);
    try {
      await member.handler(batch, { heartbeat: async () => {}, isStopping: () => member.stopping, attempt });
      this.committed[partition] = from + batch.length;
      this.failures.delete(partition);
    } catch {
      this.failures.set(partition, { firstOffset: from, count: attempt });
      this.backOff(partition, redeliveryDelayMs(attempt, this.redelivery));
    } finally {
      this.inFlight.delete(partition);
      member.busy = false;
      for (const resolve of member.idle.splice(0)) resolve();
      this.schedule();
    }
  }

  private backOff(partition: number, ms: number): void {
    this.backingOff.add(partition);
    void this.delay.wait(ms).then(() => {
      this.backingOff.delete(partition);
      this.schedule();
    });
  }
}
