import type { ConsumedMessage, MessageTransport } from '@rapport/messaging';

/** Sends a message that cannot be projected to `rapport.events.dlq`, with why, and moves on. */
export async function sendToDeadLetter(transport: MessageTransport, message: ConsumedMessage, reason: string): Promise<void> {
  await transport.publish(transport.topics.deadLetter, [
    {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        'dlq-reason': reason.slice(0, 1000),
        'dlq-source': `${message.topic}/${message.partition}/${message.offset}`,
      },
    },
  ]);
}
