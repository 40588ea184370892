import type { RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import type { PersonalTextOpener } from '../personal-text';
import { columnsOf } from '../sql-arrays';

type Requested = Extract<RapportEvent, { type: 'IntroductionRequested' }>;
type Answered = Extract<RapportEvent, { type: 'IntroductionRequestAnswered' }>;

/** What one batch says about one request: the request itself, and its latest answer. */
interface RequestChange {
  readonly parties: readonly [requesterId: string, introducerId: string, targetId: string];
  requested: Requested | null;
  answer: { readonly status: string; readonly version: number; readonly at: string } | null;
}

/**
 * Introduction requests from one batch, written with one statement (docs/architecture-
 * projections.md, "Writing a batch"): a request's events are merged first, so a row is
 * written once per batch. The note is kept sealed (`opener.keep`) as the request gave it,
 * whatever else the batch holds: the answer hides it once any of the three people is
 * erased (introduction-requests.query.ts), so no order of delivery changes the row.
 */
export class IntroductionRequestChanges {
  private readonly requests = new Map<string, RequestChange>();

  add(event: Requested | Answered): void {
    const d = event.data;
    const key = d.requestId.toLowerCase();
    const change = this.requests.get(key) ?? {
      parties: [d.requesterId, d.introducerId, d.targetId] as const,
      requested: null,
      answer: null,
    };
    this.requests.set(key, change);
    if (event.type === 'IntroductionRequested') {
      change.requested ??= event;
      return;
    }
    if (!change.answer || change.answer.version < event.streamVersion) {
      change.answer = { status: event.data.answer, version: event.streamVersion, at: event.occurredAt };
    }
  }

  /** The events whose personal text this batch keeps (the keys to load). */
  get withNotes(): RapportEvent[] {
    return [...this.requests.values()].flatMap((c) => (c.requested?.data.note === undefined ? [] : [c.requested]));
  }

  async write(tx: SqlExecutor, opener: PersonalTextOpener): Promise<void> {
    if (this.requests.size > 0) await this.upsert(tx, opener);
  }

  private async upsert(tx: SqlExecutor, opener: PersonalTextOpener): Promise<void> {
    const rows = [...this.requests].map(([requestId, c]) => [
      requestId,
      ...c.parties,
      c.requested ? opener.keep(c.requested.data.note) : null,
      c.requested?.occurredAt ?? null,
      c.answer?.status ?? 'open',
      c.answer?.version ?? c.requested?.streamVersion ?? 0,
      c.answer?.at ?? null,
    ]);
    // The note and the time asked come only from the request; the status with the highest stream version wins.
    await tx.query(
      `INSERT INTO rm_introduction_requests AS r
         (request_id, requester_id, introducer_id, target_id, note, requested_at, status, status_version, answered_at)
       SELECT u.request_id, u.requester_id, u.introducer_id, u.target_id,
              u.note,
              u.requested_at, u.status, u.status_version, u.answered_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::int[], $9::timestamptz[])
           AS u(request_id, requester_id, introducer_id, target_id, note, requested_at, status, status_version, answered_at)
       ON CONFLICT (request_id) DO UPDATE SET
         note = CASE WHEN EXCLUDED.requested_at IS NULL THEN r.note ELSE EXCLUDED.note END,
         requested_at = coalesce(r.requested_at, EXCLUDED.requested_at),
         status = CASE WHEN EXCLUDED.status_version > r.status_version THEN EXCLUDED.status ELSE r.status END,
         answered_at = CASE WHEN EXCLUDED.status_version > r.status_version THEN EXCLUDED.answered_at ELSE r.answered_at END,
         status_version = greatest(r.status_version, EXCLUDED.status_version)`,
      columnsOf(rows, 9),
    );
  }
}
