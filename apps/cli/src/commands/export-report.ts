import type { CliIo } from '../io';

/** Cohort reports need cohorts in the API; until then the command says so instead of pretending. */
export function exportReport(_io: CliIo): never {
  throw new Error('export: cohort report exports (CSV, XLSX, PDF) arrive with cohorts in the API; there is nothing to export yet');
}
