import { describe, expect, it } from 'vitest';
import { createTransport } from './create-transport';

describe('createTransport', () => {
  it('builds the transport the configuration names, with the contracts topic names by default', () => {
    const inProcess = createTransport({ kind: 'in-process' });
    const kafka = createTransport({ kind: 'kafka', brokers: ['127.0.0.1:9092'], clientId: 'factory-test' });
    expect(inProcess.kind).toBe('in-process');
    expect(kafka.kind).toBe('kafka');
    expect(kafka.topics).toEqual({ events: 'rapport.events', deadLetter: 'rapport.events.dlq' });
    expect(inProcess.topics).toEqual(kafka.topics);
  });
});
