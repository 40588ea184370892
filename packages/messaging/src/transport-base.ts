import { topics as contractTopics } from '@rapport/contracts';
import { defaultRedeliveryPolicy, type RedeliveryPolicy } from './redelivery';
import type { Subscription, TransportTopics } from './types';

/** What either transport may be told: its topics, the partitions of the topics it creates, the redelivery backoff. */
export interface CommonTransportOptions {
  /** Partitions of the topics this transport creates (default 3). */
  readonly partitions?: number;
  /** The contracts' topic names unless given. */
  readonly topics?: TransportTopics;
  /** Backoff before a batch whose handler threw is delivered again. */
  readonly redelivery?: RedeliveryPolicy;
}

/**
 * What Kafka and the in-process transport share: the common options with their defaults,
 * and the subscriptions handed out, every one of which stopping the transport stops.
 */
export abstract class TransportBase {
  readonly topics: TransportTopics;
  protected readonly partitions: number;
  protected readonly redelivery: RedeliveryPolicy;
  private readonly subscriptions = new Set<Subscription>();

  protected constructor(options: CommonTransportOptions) {
    this.topics = options.topics ?? { events: contractTopics.events, deadLetter: contractTopics.deadLetter };
    this.partitions = options.partitions ?? 3;
    this.redelivery = options.redelivery ?? defaultRedeliveryPolicy;
  }

  /** The subscription as handed out: kept until it is stopped, so that stopping the transport stops it too. */
  protected tracked(subscription: Subscription): Subscription {
    const tracked: Subscription = {
      stop: async () => {
        this.subscriptions.delete(tracked);
        await subscription.stop();
      },
    };
    this.subscriptions.add(tracked);
    return tracked;
  }

  protected async stopSubscriptions(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }
}
