import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The raw read limit: a bare `node:http` server with a `pg` pool and no framework,
 * answering `GET /ties/{personId}` with that person's precomputed tie rows, read by
 * primary-key prefix and returned as JSON. Started as a process of its own (the
 * benchmark's load generator must not share its event loop), on DATABASE_URL and PORT.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
const server = createServer((request, response) => {
  const personId = /^\/ties\/([0-9a-f-]{36})$/.exec(request.url ?? '')?.[1];
  if (!personId) {
    response.writeHead(404).end();
    return;
  }
  pool.query('SELECT * FROM rm_pair_summaries WHERE person_id = $1', [personId]).then(
    ({ rows }) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ personId, ties: rows }));
    },
    (error: Error) => {
      response.writeHead(500).end(error.message);
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('raw read server ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
