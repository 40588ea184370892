import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routes } from './index';

const messages = (schema: z.ZodType, value: unknown) =>
  Object.fromEntries((schema.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('validation messages in plain words', () => {
  it('says what a field must be, in the words a person reads', () => {
    const schema = z.object({
      name: z.string().min(1),
      at: z.iso.datetime(),
      email: z.email(),
      id: z.uuid(),
      minutes: z.number().int().min(0).max(1440),
      channel: z.enum(['in_person', 'video']),
      people: z.array(z.string()).min(1),
      code: z.string().max(3),
      count: z.number(),
    });
    expect(
      messages(schema, {
        name: '',
        at: 'yesterday',
        email: 'ana',
        id: '1',
        minutes: 2000,
        channel: 'fax',
        people: [],
        code: 'abcd',
        count: '5',
      }),
    ).toEqual({
      name: 'must not be empty',
      at: 'must be a date and time, such as 2026-12-05T09:30:00Z',
      email: 'must be an e-mail address, such as ana.ruiz@example.com',
      id: 'must be an id (a UUID, such as 0190d8c4-5e1a-7000-8000-000000000001)',
      minutes: 'must be at most 1440',
      channel: 'must be one of: in_person, video',
      people: 'must name at least one',
      code: 'must be at most 3 characters',
      count: 'must be a number',
    });
    expect(messages(z.object({ minutes: z.number().int() }), { minutes: 1.5 })).toEqual({ minutes: 'must be a whole number' });
  });

  it('says a missing field is required, and keeps a message a schema gives itself', () => {
    expect(messages(z.object({ email: z.string() }), {})).toEqual({ email: 'is required' });
    expect(
      messages(
        z.string().refine(() => false, { message: 'name at least one field to change' }),
        'x',
      ),
    ).toEqual({
      '': 'name at least one field to change',
    });
  });

  it('applies to the contracts themselves: registering a person with an empty e-mail', () => {
    const body = routes.registerPerson.body!;
    const said = Object.values(messages(body, { displayName: '', department: 'Finance' }));
    expect(said.join(' | ')).not.toMatch(/Invalid|Too small|expected/);
  });
});
