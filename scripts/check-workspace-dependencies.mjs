// No app lists another app among its dependencies, and no package lists an app:
// apps are what runs, packages what is shared (the import rule lives in eslint.config.js).
// Usage: node scripts/check-workspace-dependencies.mjs   (run by `pnpm lint`)
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifestsIn = (folder) =>
  readdirSync(new URL(folder, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}/package.json`)
    .map((path) => ({ path, manifest: JSON.parse(readFileSync(new URL(path, root), 'utf8')) }));

const apps = manifestsIn('apps');
const appNames = new Set(apps.map(({ manifest }) => manifest.name));
const problems = [...apps, ...manifestsIn('packages')].flatMap(({ path, manifest }) =>
  Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies })
    .filter((name) => appNames.has(name))
    .map((name) => `${path} lists the app ${name}`),
);

if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nno app depends on another app and no package on an app: move what they share into packages/`);
  process.exit(1);
}
