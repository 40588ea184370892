/**
 * Text a spreadsheet shows as text. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by Excel, LibreOffice and Google Sheets (CSV
 * injection); as OWASP recommends, such a value gets a leading apostrophe, which the
 * spreadsheet shows as text. Every CSV cell Rapport writes from a string goes through it;
 * numbers are written as they are (a negative change stays a number).
 */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** csv-stringify's `cast` option that neutralises every string cell. */
export const spreadsheetSafeCast = { string: (value: string): string => spreadsheetText(value) };
