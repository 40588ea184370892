import { appendToStreams } from './append-to-streams';
import { readStreamEvents, streamVersionsOf } from './event-queries';
import type { AppendResult, SqlExecutor, StoredEvent, StreamAppend, UnitOfWork } from './types';

/** A UnitOfWork bound to one open transaction; remembers what it appended for after-commit hooks. */
export class TransactionUnitOfWork implements UnitOfWork {
  readonly appended: StoredEvent[] = [];

  constructor(readonly tx: SqlExecutor) {}

  async append(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const results = await appendToStreams(this.tx, appends);
    for (const result of results) this.appended.push(...result.events);
    return results;
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return readStreamEvents(this.tx, streamId);
  }

  streamVersions(streamIds: readonly string[]): Promise<Map<string, number>> {
    return streamVersionsOf(this.tx, streamIds);
  }
}
