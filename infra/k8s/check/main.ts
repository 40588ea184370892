import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifests } from './check-manifests';

/** `pnpm --filter @rapport/k8s-manifests check`: the manifests beside this folder, or those of the directory given. */
const directory = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const { objects, files, problems } = await checkManifests(directory);
for (const p of problems) console.error(`${p.file}: ${p.object}: ${p.message}`);
const verdict = problems.length === 0 ? 'valid' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
console.log(`${objects} objects in ${files} files: ${verdict}`);
process.exitCode = problems.length === 0 ? 0 : 1;
