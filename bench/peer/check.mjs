// Self-check of the peer: starts server.mjs as a child process, asks it for the profile
// (profile.graphql) of 20 subjects that have records, and compares each answer with the floor's
// SQL (bench/floor.ts FLOOR_SQL, copied below) run directly on the same database: the subject,
// the totalCounts, hasNextPage, and the first 20 records of each kind, in order, field by field.
// Prints the comparison; exits non-zero on any difference.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/credit_city node bench/peer/check.mjs
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('check: set DATABASE_URL\n');
  process.exit(2);
}

// bench/floor.ts, verbatim but for the node of each record (no nested disclosure object).
const STATUS = `case when not r.disclosure_required then 'NOT_REQUIRED'
  when r.published_on is not null and r.published_on <= r.disclosure_deadline then 'ON_TIME'
  when r.published_on is not null then 'LATE'
  when r.disclosure_deadline < $2::date then 'OVERDUE' else 'PENDING' end`;
const PUBLIC = `r.subject_code = $1 and r.published_at is not null and r.revoked_at is null and r.repaired_at is null
  and r.usage_scope = 'PUBLIC' and r.counterpart_category <> 'NATURAL_PERSON'
  and r.catalog_item_code in (select code from catalog_items where usage_scope = 'PUBLIC')`;
const FLOOR_SQL = `select json_build_object(
    'code', s.code, 'name', s.name, 'category', s.category,
    'licensingRecords', json_build_object(
      'totalCount', (select count(*) from licensing_records r where ${PUBLIC} and r.valid_to >= $2::date),
      'edges', (select coalesce(json_agg(json_build_object('node', x)), '[]') from (
        select 'licensing:' || r.id as id, r.document_title as "documentTitle", r.document_number as "documentNumber",
          r.decision_date as "decisionDate", r.authority, r.valid_to as "validTo", ${STATUS} as "disclosureStatus"
        from licensing_records r where ${PUBLIC} and r.valid_to >= $2::date
        order by r.decision_date desc, r.id desc limit 20) x)),
    'penaltyRecords', json_build_object(
      'totalCount', (select count(*) from penalty_records r where ${PUBLIC} and r.publicity_max_end >= $2::date),
      'edges', (select coalesce(json_agg(json_build_object('node', x)), '[]') from (
        select 'penalty:' || r.id as id, r.document_number as "documentNumber", r.decision_date as "decisionDate",
          r.penalty_types as "penaltyTypes", r.fine_amount as "fineAmount", r.authority, ${STATUS} as "disclosureStatus"
        from penalty_records r where ${PUBLIC} and r.publicity_max_end >= $2::date
        order by r.decision_date desc, r.id desc limit 20) x)))
  as body from subjects s where s.code = $1`;

/** The China calendar date, as the platform's clock gives it (chinaDateOf). */
function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

async function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', chunk => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', code => reject(new Error(`server.mjs exited with ${code}`)));
  });
  const health = await fetch(new URL('/healthz', url));
  const healthText = await health.text();
  if (health.status !== 200 || healthText !== 'ok')
    throw new Error(`/healthz answered ${health.status} ${healthText}`);
  return { url, stop: () => child.kill('SIGTERM') };
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const server = await startServer();
let failures = 0;
try {
  const query = await readFile(new URL('./profile.graphql', import.meta.url), 'utf8');
  // The 10 subjects with the most penalty records and 10 more with licensing records, spread over
  // the code space: long lists (hasNextPage true) and short ones.
  const { rows: picked } = await pool.query(`
    (select subject_code as code from penalty_records where subject_code is not null
      group by subject_code order by count(*) desc, subject_code limit 10)
    union
    (select code from (select distinct on (left(subject_code, 8)) subject_code as code
      from licensing_records tablesample system (1)
      where subject_code is not null and published_at is not null and usage_scope = 'PUBLIC'
      order by left(subject_code, 8), subject_code) spread limit 10)`);
  const codes = picked.map(row => row.code).slice(0, 20);
  const today = chinaToday();
  process.stdout.write(`peer ${server.url}, today ${today}, ${codes.length} subjects\n`);
  process.stdout.write('subject             licensing(peer/floor) penalty(peer/floor)  result\n');

  for (const code of codes) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { code } }),
    });
    const result = await response.json();
    const { rows } = await pool.query(FLOOR_SQL, [code, today]);
    const floor = rows[0]?.body ?? null;
    const peer = result.data?.subjectByCode ?? null;
    const problems = [];
    if (result.errors) problems.push(`errors: ${JSON.stringify(result.errors)}`);
    if (!peer || !floor) {
      if (peer !== floor)
        problems.push(`subject: peer ${JSON.stringify(peer)}, floor ${JSON.stringify(floor)}`);
    } else {
      for (const key of ['code', 'name', 'category']) {
        if (peer[key] !== floor[key]) problems.push(`${key}: ${peer[key]} vs ${floor[key]}`);
      }
      for (const list of ['licensingRecords', 'penaltyRecords']) {
        const p = peer[list];
        const f = floor[list];
        if (p.totalCount !== f.totalCount)
          problems.push(`${list}.totalCount ${p.totalCount} vs ${f.totalCount}`);
        if (p.pageInfo.hasNextPage !== f.totalCount > 20)
          problems.push(`${list}.hasNextPage ${p.pageInfo.hasNextPage}`);
        const pIds = p.edges.map(e => e.node.id);
        const fIds = f.edges.map(e => e.node.id);
        if (pIds.join() !== fIds.join()) problems.push(`${list} ids [${pIds}] vs [${fIds}]`);
        p.edges.forEach(({ node }, i) => {
          const other = f.edges[i]?.node;
          if (!other) return;
          for (const [field, value] of Object.entries(node)) {
            const same =
              field === 'fineAmount'
                ? (value === null ? null : Number(value)) ===
                  (other[field] === null ? null : Number(other[field]))
                : JSON.stringify(value) === JSON.stringify(other[field]);
            if (!same)
              problems.push(
                `${node.id}.${field}: ${JSON.stringify(value)} vs ${JSON.stringify(other[field])}`,
              );
          }
        });
      }
    }
    const counts = (o, list) => (o ? `${o[list].totalCount}` : '-');
    process.stdout.write(
      `${code}  ${`${counts(peer, 'licensingRecords')}/${counts(floor, 'licensingRecords')}`.padEnd(21)} ` +
        `${`${counts(peer, 'penaltyRecords')}/${counts(floor, 'penaltyRecords')}`.padEnd(20)} ` +
        `${problems.length === 0 ? 'same' : 'DIFFERENT'}\n`,
    );
    for (const problem of problems.slice(0, 10)) process.stdout.write(`    ${problem}\n`);
    if (problems.length > 0) failures += 1;
  }
  if (codes.length < 20) {
    process.stdout.write(`only ${codes.length} subjects with records found (want 20)\n`);
    failures += 1;
  }
} finally {
  server.stop();
  await pool.end();
}
process.stdout.write(
  failures === 0 ? 'check: peer matches the floor\n' : `check: ${failures} difference(s)\n`,
);
process.exit(failures === 0 ? 0 : 1);
