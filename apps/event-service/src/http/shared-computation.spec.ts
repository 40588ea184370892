import { describe, expect, it } from 'vitest';
import pLimit from 'p-limit';
import { SharedComputation } from './shared-computation';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('SharedComputation', () => {
  it('lets requests for the same key that arrive while it runs share one computation', async () => {
    const shared = new SharedComputation<number>();
    const gate = deferred<number>();
    let computed = 0;
    const compute = () => (computed++, gate.promise);
    const first = shared.run('cohort-1@t', compute);
    const second = shared.run('cohort-1@t', compute);
    const other = shared.run('cohort-2@t', () => Promise.resolve(7));
    expect(shared.size).toBe(2);
    gate.resolve(42);
    expect(await Promise.all([first, second, other])).toEqual([42, 42, 7]);
    expect(computed).toBe(1);
  });

  it('keeps nothing once settled: the next request computes afresh, also after a failure', async () => {
    const shared = new SharedComputation<number>();
    await expect(shared.run('k', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    expect(shared.size).toBe(0);
    expect(await shared.run('k', () => Promise.resolve(1))).toBe(1);
    expect(await shared.run('k', () => Promise.resolve(2))).toBe(2);
    expect(shared.size).toBe(0);
  });

  it('runs at most as many different computations at once as it has slots; the rest wait their turn', async () => {
    const shared = new SharedComputation<string>(pLimit(2));
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const answers = gates.map((gate, i) => shared.run(`manager-${i}`, () => (started.push(i), gate.promise)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([0, 1]);
    gates[0]!.resolve('a');
    await answers[0];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.resolve('b');
    gates[2]!.resolve('c');
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c']);
  });
});
