import { z } from 'zod';

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a whole number',
  date: 'a date',
};

const formats: Record<string, string> = {
  email: 'an e-mail address, such as ana.ruiz@example.com',
  uuid: 'an id (a UUID, such as 0190d8c4-5e1a-7000-8000-000000000001)',
  guid: 'an id (a UUID, such as 0190d8c4-5e1a-7000-8000-000000000001)',
  datetime: 'a date and time, such as 2026-12-05T09:30:00Z',
  date: 'a date, such as 2026-12-05',
  time: 'a time, such as 09:30',
  url: 'a web address, such as https://example.com',
};

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

type PlainIssue = Parameters<z.core.$ZodErrorMap>[0];

/**
 * One rule in the words a person reads beside a field ("is required", "must be at most
 * 1440"), never the parser's own: Zod's messages ("Too small: expected string to have >=1 characters", "Invalid ISO
 * datetime", "Invalid input: expected string, received undefined") in plain words, for
 * every schema of the contracts: the API's field problems, the app's forms and the CLI's
 * rejects all say the same. A message a schema gives itself is kept.
 */
export function plainWords(issue: PlainIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${kinds[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string')
        return Number(min) <= 1 ? 'must not be empty' : `must be at least ${plural(min, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(min) <= 1 ? 'must name at least one' : `must have at least ${min} items`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${plural(max, 'item', 'items')}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'invalid_format':
      return formats[issue.format] ? `must be ${formats[issue.format]}` : 'is not in the expected form';
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? 'must be a whole number' : `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted forms';
    default:
      return undefined;
  }
}

z.config({ customError: plainWords });
