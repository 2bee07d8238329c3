import 'reflect-metadata';

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import postgres from 'postgres';

import { buildGraphQLSchema } from '../src/schema.js';
import { systemClock } from '../src/shared/dates.js';
import {
  PROFILE_QUERY,
  type Target,
  benchDatabase,
  busiestSubject,
  compare,
  serveSchema,
  table,
} from './support.js';

/**
 * The public profile served by the platform against the floor: the best the database can do
 * for the same answer, i.e. one SQL statement that builds the whole profile as JSON inside
 * PostgreSQL (the subject, the first 20 public records of each kind with their counts and
 * disclosure status), issued through postgres.js behind a bare Node HTTP server, with the same
 * request body and concurrency.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
  },
});

const STATUS = `case when not r.disclosure_required then 'NOT_REQUIRED'
  when r.published_on is not null and r.published_on <= r.disclosure_deadline then 'ON_TIME'
  when r.published_on is not null then 'LATE'
  when r.disclosure_deadline < $2::date then 'OVERDUE' else 'PENDING' end`;
const PUBLIC = `r.subject_code = $1 and r.published_at is not null and r.revoked_at is null and r.repaired_at is null
  and r.usage_scope = 'PUBLIC' and r.counterpart_category <> 'NATURAL_PERSON'
  and r.catalog_item_code in (select code from catalog_items where usage_scope = 'PUBLIC')`;
export const FLOOR_SQL = `select json_build_object('data', json_build_object('subject', (
  select json_build_object(
    'code', s.code, 'name', s.name, 'category', s.category,
    'licensingRecords', json_build_object(
      'totalCount', (select count(*) from licensing_records r where ${PUBLIC} and r.valid_to >= $2::date),
      'edges', (select coalesce(json_agg(json_build_object('node', x)), '[]') from (
        select 'licensing:' || r.id as id, r.document_title as "documentTitle", r.document_number as "documentNumber",
          r.decision_date as "decisionDate", r.authority, r.valid_to as "validTo", json_build_object('status', ${STATUS}) as disclosure
        from licensing_records r where ${PUBLIC} and r.valid_to >= $2::date
        order by r.decision_date desc, r.id desc limit 20) x)),
    'penaltyRecords', json_build_object(
      'totalCount', (select count(*) from penalty_records r where ${PUBLIC} and r.publicity_max_end >= $2::date),
      'edges', (select coalesce(json_agg(json_build_object('node', x)), '[]') from (
        select 'penalty:' || r.id as id, r.document_number as "documentNumber", r.decision_date as "decisionDate",
          r.penalty_types as "penaltyTypes", r.fine_amount as "fineAmount", r.authority, json_build_object('status', ${STATUS}) as disclosure
        from penalty_records r where ${PUBLIC} and r.publicity_max_end >= $2::date
        order by r.decision_date desc, r.id desc limit 20) x)))
  from subjects s where s.code = $1))) as body`;

async function serveFloor(url: string): Promise<Target> {
  const sql = postgres(url, { max: 8, onnotice: () => undefined });
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(raw) as { variables: { code: string } };
      sql
        .unsafe<{ body: unknown }[]>(FLOOR_SQL, [variables.code, systemClock.today()], {
          prepare: true,
        })
        .then(rows => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(rows[0]!.body));
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise(resolve => server.close(resolve));
      await sql.end();
    },
  };
}

const { database, url } = await benchDatabase('bench:profile');
const busiest = await busiestSubject(database);
const targets = {
  platform: await serveSchema(database, await buildGraphQLSchema()),
  floor: await serveFloor(url),
};
const figures = await compare(
  targets,
  JSON.stringify({ query: PROFILE_QUERY, variables: { code: busiest.code } }),
  {
    seconds: Number(values.seconds),
    rounds: Number(values.rounds),
    connections: Number(values.connections),
  },
);
process.stdout.write(
  `public profile of ${busiest.code} (${busiest.n} penalties), ${values.connections} connections, ${values.rounds} rounds of ${values.seconds} s each\n\n` +
    table([
      ['platform (GraphQL)', figures['platform']!],
      ['floor (one SQL statement building the JSON)', figures['floor']!],
    ]) +
    `\nplatform / floor = ${(figures['platform']!.rps / figures['floor']!.rps).toFixed(3)}\n`,
);
await targets.platform.close();
await targets.floor.close();
await database.close();
process.exit(0);
