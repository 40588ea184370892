import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../test/render';
import { colleague, directoryAnswer } from '../test/colleague-directory-stub';
import { lookUpColleagues } from './colleague-directory';

const idOf = (n: number) => `0190d8c4-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('looking colleagues up by id', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks a hundred ids at a time, each id once, and names whoever the directory answers', async () => {
    const people = Array.from({ length: 150 }, (_, n) => colleague(idOf(n), `Person ${n}`));
    const { requests } = stubApi((request) => directoryAnswer(request.url, people.slice(0, 149)) ?? { status: 500, body: {} });
    const ids = [...people.map((p) => p.personId), idOf(0)];

    const found = await lookUpColleagues(ids);

    expect(requests.map((r) => new URL(r.url, 'http://admin.test').searchParams.get('ids')!.split(',').length)).toEqual([100, 50]);
    // The last person is not answered (erased, say): they are simply not named.
    expect(found.size).toBe(149);
    expect(found.get(idOf(120))?.displayName).toBe('Person 120');
    expect(found.has(idOf(149))).toBe(false);
  });
});
