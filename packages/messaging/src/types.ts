/** A message as Rapport sends it: key = stream id, value = the JSON envelope. */
export interface OutgoingMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ConsumedMessage extends OutgoingMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface BatchControl {
  /** Call during long batches so the group does not consider the member dead. */
  heartbeat(): Promise<void>;
  /** True once the subscription is stopping: finish quickly. */
  isStopping(): boolean;
  /** 1 on first delivery; counts redeliveries of the same batch start after handler errors (dead-letter policy). */
  readonly attempt: number;
}

/**
 * Handles one batch of one partition. Offsets are committed only after it resolves,
 * so a read-model transaction that commits inside it is never skipped. If it throws,
 * the batch is redelivered (after a backoff).
 */
export type BatchHandler = (messages: readonly ConsumedMessage[], control: BatchControl) => Promise<void>;

export interface SubscribeOptions {
  readonly groupId: string;
  readonly topic: string;
  /** Where a group without committed offsets starts. Rapport's projections use true. */
  readonly fromBeginning: boolean;
}

export interface TransportTopics {
  readonly events: string;
  readonly deadLetter: string;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** The small interface the rest of Rapport sees; Kafka and the in-process transport implement it. */
export interface MessageTransport {
  readonly kind: 'kafka' | 'in-process';
  /** The topic names this transport creates on start (the contracts names unless configured). */
  readonly topics: TransportTopics;
  /** Connects and creates the topics Rapport needs if they do not exist. */
  start(): Promise<void>;
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions, handler: BatchHandler): Promise<Subscription>;
  /** Consumer lag per partition for a group (messages not yet committed). */
  lag(groupId: string, topic: string): Promise<ReadonlyArray<{ partition: number; lag: number }>>;
  stop(): Promise<void>;
}
