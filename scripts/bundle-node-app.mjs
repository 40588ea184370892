// Bundles a Node service for production: Rapport's own workspace packages are compiled in,
// every third-party package stays an ordinary import resolved from node_modules.
// Usage: node scripts/bundle-node-app.mjs <entry.ts> <out.js>   (run from the app's folder)
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: bundle-node-app.mjs <entry.ts> <out.js>');
  process.exit(2);
}

const missing = new Set();
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  tsconfig: 'tsconfig.json',
  plugins: [
    {
      name: 'third-party-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@rapport/')) return undefined;
          if (args.path.startsWith('node:')) return { path: args.path, external: true };
          // The bundle runs from the app's folder: every package it imports must be the app's own dependency.
          const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
          if (!existsSync(`node_modules/${name}`)) missing.add(name);
          return { path: args.path, external: true };
        });
      },
    },
  ],
});

if (missing.size > 0) {
  console.error(`add these to the app's dependencies: ${[...missing].join(', ')}`);
  process.exit(1);
}
