import { describe, expect, it } from 'vitest';
import { emailsIn } from './enrol-many';

describe('e-mail addresses in pasted text or a CSV file', () => {
  it('finds every address once, in order, whatever separates them', () => {
    const csv = 'Name,Email,Team\n"Ruiz, Ana",Ana.Ruiz@example.com,Finance\nBruno;bruno@example.org;Sales\n\n';
    expect(emailsIn(`${csv}ana.ruiz@EXAMPLE.com, zoe@example.co.uk.\n<kim@example.com>`)).toEqual([
      'Ana.Ruiz@example.com',
      'bruno@example.org',
      'zoe@example.co.uk',
      'kim@example.com',
    ]);
  });

  it('finds nothing in text without an address', () => {
    expect(emailsIn('Name,Email\nAna,\n@ not an address')).toEqual([]);
  });
});
