import { describe, expect, it } from 'vitest';
import { spreadsheetText } from './spreadsheet-text';

describe('spreadsheetText', () => {
  it('prefixes an apostrophe to a value a spreadsheet would read as a formula', () => {
    for (const value of ['=1+1', '+1', '-2+3', '@SUM(1)', '\t=1+1', '\r=1+1']) expect(spreadsheetText(value)).toBe(`'${value}`);
  });

  it('leaves every other value as it is', () => {
    for (const value of ['Ana Ruiz', '', ' =1+1', "'quoted", '1-2', 'Zoë = 1']) expect(spreadsheetText(value)).toBe(value);
  });
});
