import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withAccessTable } from '../src/openapi/access-table';

// Regenerates the route × role table in docs/privacy.md from the route registry.
const file = fileURLToPath(new URL('../../../docs/privacy.md', import.meta.url));
writeFileSync(file, withAccessTable(readFileSync(file, 'utf8')));
console.log(`updated ${file.split('/').slice(-2).join('/')}`);
