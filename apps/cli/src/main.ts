import { runCli } from './cli';

// Run from the repository root by `pnpm rapport …`: file names are relative to where the user typed it.
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progressStream: process.stderr,
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exitCode = code;
