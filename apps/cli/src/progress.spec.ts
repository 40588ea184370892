import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from './progress';

const capture = () => {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
};

describe('progress', () => {
  it('draws a bar with the count, the throughput and an ETA when asked to draw', () => {
    const out = capture();
    const progress = new Progress('importing', 'rows', { stream: out.stream, always: true });
    progress.start(10);
    progress.advance(4);
    const done = progress.stop();
    expect(out.text()).toMatch(/importing .*\| 4\/10 rows \| \d+ rows\/s \| ETA/);
    expect(done).toMatchObject({ count: 4, label: 'importing' });
  });

  it('stays quiet on a stream that is not a terminal during a short operation', () => {
    const out = capture();
    const progress = new Progress('importing', 'rows', { stream: out.stream });
    progress.start(10);
    progress.advance(10);
    progress.stop();
    expect(out.text()).toBe('');
  });
});
