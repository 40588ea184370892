import type { SqlExecutor } from '@rapport/event-store';
import { ERASED_PERSON_NAME, type KeptPersonalText } from '../personal-text';

export type IntroductionRequestStatus = 'open' | 'made' | 'declined';

/** One introduction request, names and note opened. */
export interface IntroductionRequestRecord {
  readonly requestId: string;
  readonly requesterId: string;
  readonly requesterName: string;
  readonly introducerId: string;
  readonly introducerName: string;
  readonly targetId: string;
  readonly targetName: string;
  /** The requester's note, opened; null without one or once someone involved was erased. */
  readonly note: string | null;
  readonly status: IntroductionRequestStatus;
  readonly requestedAt: string;
  readonly answeredAt: string | null;
}

interface RequestRow extends Record<string, unknown> {
  request_id: string;
  requester_id: string;
  introducer_id: string;
  target_id: string;
  note: string | null;
  status: IntroductionRequestStatus;
  requested_at: Date | string;
  answered_at: Date | string | null;
  requester_name: string | null;
  introducer_name: string | null;
  target_name: string | null;
  waiting: boolean;
}

/**
 * A person's introductions, in one statement: the open requests waiting for them as
 * introducer (oldest first; those whose requester or target has been erased left out, as
 * they can no longer be made), and the requests they made (newest first), at most
 * `limit` of each. Requests whose own event is not projected yet are not shown.
 */
export async function introductionRequestsOf(
  db: SqlExecutor,
  names: KeptPersonalText,
  personId: string,
  limit: number,
): Promise<{ waitingForMe: IntroductionRequestRecord[]; myRequests: IntroductionRequestRecord[] }> {
  const { rows } = await db.query<RequestRow>(
    `WITH waiting AS (
       SELECT r.*, true AS waiting FROM rm_introduction_requests r
        WHERE r.introducer_id = $1 AND r.status = 'open' AND r.requested_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM erased_people e WHERE e.person_id IN (r.requester_id, r.target_id))
        ORDER BY r.requested_at, r.request_id LIMIT $2
     ), mine AS (
       SELECT r.*, false AS waiting FROM rm_introduction_requests r
        WHERE r.requester_id = $1 AND r.requested_at IS NOT NULL
        ORDER BY r.requested_at DESC, r.request_id LIMIT $2
     )
     SELECT x.request_id, x.requester_id, x.introducer_id, x.target_id,
            -- The note is hidden once any of the three people is erased (the requester's key is gone then too).
            CASE WHEN EXISTS (SELECT 1 FROM erased_people e WHERE e.person_id IN (x.requester_id, x.introducer_id, x.target_id))
                 THEN NULL ELSE x.note END AS note,
            x.status, x.requested_at, x.answered_at, x.waiting,
            rp.display_name AS requester_name, ip.display_name AS introducer_name, tp.display_name AS target_name
       FROM (SELECT * FROM waiting UNION ALL SELECT * FROM mine) x
       LEFT JOIN rm_people rp ON rp.person_id = x.requester_id
       LEFT JOIN rm_people ip ON ip.person_id = x.introducer_id
       LEFT JOIN rm_people tp ON tp.person_id = x.target_id`,
    [personId, limit],
  );
  // Names are kept sealed with their owner's key, the note with the requester's: opened in one go.
  const kept = rows.flatMap((r) => [
    [r.requester_id, r.requester_name ?? ''] as const,
    [r.introducer_id, r.introducer_name ?? ''] as const,
    [r.target_id, r.target_name ?? ''] as const,
    [r.requester_id, r.note ?? ''] as const,
  ]);
  const opened = await names.openAll(db, kept);
  const records = rows.map((r, i): IntroductionRequestRecord & { waiting: boolean } => ({
    requestId: r.request_id,
    requesterId: r.requester_id,
    requesterName: opened[4 * i] || ERASED_PERSON_NAME,
    introducerId: r.introducer_id,
    introducerName: opened[4 * i + 1] || ERASED_PERSON_NAME,
    targetId: r.target_id,
    targetName: opened[4 * i + 2] || ERASED_PERSON_NAME,
    note: r.note === null ? null : (opened[4 * i + 3] ?? null),
    status: r.status,
    requestedAt: new Date(r.requested_at).toISOString(),
    answeredAt: r.answered_at === null ? null : new Date(r.answered_at).toISOString(),
    waiting: r.waiting,
  }));
  const strip = ({ waiting: _, ...record }: IntroductionRequestRecord & { waiting: boolean }) => record;
  return {
    waitingForMe: records
      .filter((r) => r.waiting)
      .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.requestId.localeCompare(b.requestId))
      .map(strip),
    myRequests: records
      .filter((r) => !r.waiting)
      .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || a.requestId.localeCompare(b.requestId))
      .map(strip),
  };
}

/** The requests a person has made that still wait for an answer: the three people of each. */
export async function openIntroductionRequestsOf(
  db: SqlExecutor,
  requesterId: string,
): Promise<Array<{ requesterId: string; introducerId: string; targetId: string }>> {
  const { rows } = await db.query<{ introducer_id: string; target_id: string }>(
    `SELECT introducer_id, target_id FROM rm_introduction_requests WHERE requester_id = $1 AND status = 'open'`,
    [requesterId],
  );
  return rows.map((r) => ({ requesterId, introducerId: r.introducer_id, targetId: r.target_id }));
}
