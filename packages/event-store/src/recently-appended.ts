import type { Database, StoredEvent } from './types';

/**
 * Events this process appended and committed, by position, held briefly so a relay
 * running in the same process can publish them without reading them back from the
 * database. Only a convenience: the outbox still decides what is published and when it
 * is done; an event not held here (appended by another process, evicted, or held before
 * the relay started) is read from the database as before.
 *
 * It exists only while a relay runs on that database, so a process without one keeps
 * nothing; it keeps at most `capacity` events, the oldest leaving first.
 */
export class RecentlyAppended {
  private readonly events = new Map<string, StoredEvent>();

  constructor(private readonly capacity = 10_000) {}

  /** Called after commit with what the transaction appended. */
  add(events: readonly StoredEvent[]): void {
    for (const event of events) this.events.set(event.globalPosition, event);
    for (const position of this.events.keys()) {
      if (this.events.size <= this.capacity) break;
      this.events.delete(position);
    }
  }

  /** Hands out (and forgets) the events held for these positions; the rest come back as missing. */
  take(positions: readonly string[]): { found: StoredEvent[]; missing: string[] } {
    const found: StoredEvent[] = [];
    const missing: string[] = [];
    for (const position of positions) {
      const event = this.events.get(position);
      if (event) {
        found.push(event);
        this.events.delete(position);
      } else {
        missing.push(position);
      }
    }
    return { found, missing };
  }
}

const held = new WeakMap<Database, { cache: RecentlyAppended; relays: number }>();

/** The holder for this database while at least one relay runs on it, else undefined. */
export const recentlyAppendedFor = (db: Database): RecentlyAppended | undefined => held.get(db)?.cache;

/** A relay starts: events appended from now on are held for it. */
export function holdRecentlyAppended(db: Database): void {
  const entry = held.get(db);
  if (entry) entry.relays += 1;
  else held.set(db, { cache: new RecentlyAppended(), relays: 1 });
}

/** A relay stops: when none is left, nothing more is held. */
export function releaseRecentlyAppended(db: Database): void {
  const entry = held.get(db);
  if (!entry) return;
  entry.relays -= 1;
  if (entry.relays <= 0) held.delete(db);
}
