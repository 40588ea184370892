import { describe, expect, it } from 'vitest';
import { whoHelped, whoStarted, whoThanked } from './tie-wording';

const own = { personName: 'Aiko Tanaka', viewerIsPerson: true };
const admins = { personName: 'Aiko Tanaka', viewerIsPerson: false };
const balance = (initiatedByPerson: number, initiatedByCounterpart: number) => ({ value: 0.5, initiatedByPerson, initiatedByCounterpart });

describe('tie wording', () => {
  it('says "you" on the person’s own page and the person’s name on anyone else’s', () => {
    expect(whoStarted(own, 'Bruno Silva', balance(3, 1))).toBe('You started 3, Bruno Silva started 1');
    expect(whoStarted(admins, 'Bruno Silva', balance(3, 1))).toBe('Aiko Tanaka started 3, Bruno Silva started 1');
  });

  it('says neither started a contact when the pair only met in others’ meetings', () => {
    expect(whoStarted(own, 'Bruno Silva', balance(0, 0))).toBe('Neither of you started a contact');
    expect(whoStarted(admins, 'Bruno Silva', balance(0, 0))).toBe('Neither Aiko Tanaka nor Bruno Silva started a contact');
  });

  it('says who gave help and who sent notes, each way', () => {
    expect(whoHelped(own, 'Bruno Silva', { helpGiven: 2, helpReceived: 1, introductions: 0 })).toBe('You gave 2, Bruno Silva gave 1');
    expect(whoHelped(admins, 'Bruno Silva', { helpGiven: 0, helpReceived: 1, introductions: 0 })).toBe(
      'Aiko Tanaka gave 0, Bruno Silva gave 1',
    );
  });

  it('counts handwritten notes in the singular and the plural, and leaves them out when there are none', () => {
    expect(whoThanked(own, 'Bruno Silva', { byPerson: 1, byCounterpart: 0, handwritten: 1 })).toBe(
      'You sent 1, Bruno Silva sent 0; 1 was handwritten',
    );
    expect(whoThanked(admins, 'Bruno Silva', { byPerson: 2, byCounterpart: 1, handwritten: 3 })).toBe(
      'Aiko Tanaka sent 2, Bruno Silva sent 1; 3 were handwritten',
    );
    expect(whoThanked(own, 'Bruno Silva', { byPerson: 0, byCounterpart: 0, handwritten: 0 })).toBe('You sent 0, Bruno Silva sent 0');
  });
});
