import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import postgres from 'postgres';

import { systemClock } from '../src/shared/dates.js';
import type { Target } from './support.js';

/**
 * The floor of the public profile: the best the database can do for the same answer, one SQL
 * statement that builds the whole profile as JSON inside PostgreSQL (the subject, the first 20
 * public records of each kind with their counts and disclosure status) over the same indexes,
 * issued as a prepared statement through postgres.js behind a bare Node HTTP server that takes
 * the same request body as the platform.
 */
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

export async function serveFloor(url: string, port = 0): Promise<Target> {
  const sql = postgres(url, { max: 8, onnotice: () => undefined });
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
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
  server.listen(port, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise(resolve => server.close(resolve));
      await sql.end();
    },
  };
}
