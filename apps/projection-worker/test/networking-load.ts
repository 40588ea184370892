import { randomUUID } from 'node:crypto';
import { seeded } from './ingest-fixture';

/** Where a client can reach one event-service instance. */
export interface Endpoint {
  readonly name: string;
  readonly url: string;
}

export type CommandKind = 'register' | 'log' | 'correct' | 'retract';

/** A command the service accepted (2xx) and the events its answer says it recorded. */
export interface AcceptedCommand {
  readonly kind: CommandKind;
  readonly eventIds: readonly string[];
  /** The instance that answered, after any retry. */
  readonly via: string;
  /** The answer was a replay: an earlier attempt with the same Idempotency-Key had recorded it. */
  readonly replayed: boolean;
  /** Date.now() when the answer came. */
  readonly at: number;
}

interface KnownInteraction {
  readonly interactionId: string;
  version: number;
  /** The interaction as last logged or corrected (without its id). */
  meeting: Record<string, unknown>;
}

const attemptTimeoutMs = 15_000;
const maxAttempts = 50;
/** Clients pick what to correct or retract among the latest interactions, so they race for the same ones. */
const racedInteractions = 24;
const channels = ['in_person', 'video', 'call', 'chat'] as const;
const places = ['their_office', 'my_office', 'neutral', 'remote'] as const;

/**
 * Admin clients recording networking among a few people through every instance at once:
 * interactions, corrections and retractions, several clients racing for the same
 * interactions (a stale expectedVersion is a 409 and records nothing). Every command
 * carries an Idempotency-Key; an attempt that gets no answer (its instance killed or
 * restarting) goes again, same key, to the next instance, as behind a load balancer.
 */
export class NetworkingLoad {
  readonly accepted: AcceptedCommand[] = [];
  /** Answers other than 2xx, by status. */
  readonly refused = new Map<number, number>();
  /** Attempts that got no answer and were sent again to the next instance. */
  unanswered = 0;
  people: readonly string[] = [];
  private readonly recent: KnownInteraction[] = [];
  private readonly failures: unknown[] = [];
  private clients: Array<Promise<void>> = [];
  private running = false;
  private turn = 0;

  constructor(
    private readonly endpoints: readonly Endpoint[],
    private readonly token: string,
    private readonly pauseMs = 0,
  ) {}

  /** Registers `count` people in one batch command; every interaction names two or three of them. */
  async registerPeople(count: number): Promise<void> {
    const people = Array.from({ length: count }, (_, i) => ({
      personId: randomUUID(),
      displayName: `Member ${i}`,
      email: `member${i}-${randomUUID().slice(0, 8)}@example.com`,
      department: ['Finance', 'Sales', 'Legal'][i % 3]!,
      function: 'General',
      location: ['Lisbon', 'London'][i % 2]!,
      seniority: 1 + (i % 5),
      expertise: [`skill-${i % 4}`],
    }));
    const answer = await this.send('register', '/v1/people/batch', { people });
    if (!answer) throw new Error(`registering people was refused: ${JSON.stringify([...this.refused])}`);
    this.people = people.map((p) => p.personId);
  }

  start(clients: number, seed: number): void {
    this.running = true;
    this.clients = Array.from({ length: clients }, (_, i) => this.client(seeded(seed + i)));
  }

  /** What made a client give up, if one did ('' while all run). */
  get trouble(): string {
    return this.failures.length > 0 ? String((this.failures[0] as Error).stack ?? this.failures[0]) : '';
  }

  /** Lets every client finish the command in flight; throws what made a client give up. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.clients);
    if (this.failures.length > 0) throw this.failures[0];
  }

  acceptedVia(name: string, since = 0): number {
    return this.accepted.filter((command) => command.via === name && command.at >= since).length;
  }

  private async client(random: () => number): Promise<void> {
    try {
      while (this.running) {
        const known = this.recent.length > 0 ? this.recent[Math.floor(random() * this.recent.length)] : undefined;
        const choice = random();
        if (!known || choice < 0.55) await this.log(random);
        else if (choice < 0.85) await this.correct(known, random);
        else await this.retract(known);
        if (this.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, this.pauseMs));
      }
    } catch (error) {
      this.failures.push(error);
      this.running = false;
    }
  }

  private meeting(random: () => number): Record<string, unknown> {
    const pick = () => this.people[Math.floor(random() * this.people.length)]!;
    const initiatorId = pick();
    const participants = new Set([initiatorId]);
    const size = random() < 0.8 ? 2 : 3;
    while (participants.size < size) participants.add(pick());
    return {
      initiatorId,
      participantIds: [...participants],
      occurredAt: new Date(
        Date.UTC(2026, Math.floor(random() * 11), 1 + Math.floor(random() * 28), 8 + Math.floor(random() * 9)),
      ).toISOString(),
      channel: channels[Math.floor(random() * channels.length)],
      durationMinutes: 15 + Math.floor(random() * 75),
      location: places[Math.floor(random() * places.length)],
      kind: size === 2 ? 'one_on_one' : 'group',
    };
  }

  private async log(random: () => number): Promise<void> {
    const meeting = this.meeting(random);
    const interactionId = randomUUID();
    if (!(await this.send('log', '/v1/interactions', { ...meeting, interactionId }))) return;
    this.recent.push({ interactionId, version: 1, meeting });
    if (this.recent.length > racedInteractions) this.recent.shift();
  }

  private async correct(known: KnownInteraction, random: () => number): Promise<void> {
    const meeting = {
      ...known.meeting,
      channel: channels[Math.floor(random() * channels.length)],
      durationMinutes: 15 + Math.floor(random() * 75),
    };
    const request = { ...meeting, expectedVersion: known.version };
    const answer = await this.send('correct', `/v1/interactions/${known.interactionId}/corrections`, request);
    if (!answer) return;
    known.version = Math.max(known.version, answer.streamVersion);
    known.meeting = meeting;
  }

  private async retract(known: KnownInteraction): Promise<void> {
    const request = { reason: 'recorded by mistake', expectedVersion: known.version };
    const answer = await this.send('retract', `/v1/interactions/${known.interactionId}/retraction`, request);
    if (answer) known.version = Math.max(known.version, answer.streamVersion);
  }

  /** Sends one command until some instance answers; resolves to the accepted body, or null when refused. */
  private async send(kind: CommandKind, path: string, body: unknown): Promise<any> {
    const key = randomUUID();
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const endpoint = this.endpoints[this.turn++ % this.endpoints.length]!;
      let status: number;
      let replayed: boolean;
      let text: string;
      try {
        const response = await fetch(endpoint.url + path, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(attemptTimeoutMs),
        });
        status = response.status;
        replayed = response.headers.get('idempotent-replayed') === 'true';
        text = await response.text();
      } catch {
        this.unanswered += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      if (status < 200 || status > 299) {
        this.refused.set(status, (this.refused.get(status) ?? 0) + 1);
        return null;
      }
      const answer = JSON.parse(text);
      const eventIds: string[] = answer.eventIds ?? (answer.eventId ? [answer.eventId] : answer.people.map((p: any) => p.eventId));
      this.accepted.push({ kind, eventIds, via: endpoint.name, replayed, at: Date.now() });
      return answer;
    }
    throw new Error(`${kind} ${path}: no instance answered in ${maxAttempts} attempts`);
  }
}
