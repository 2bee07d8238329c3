import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { STATUS_COLUMNS } from '../../../src/modules/record-lifecycle/index.js';

/**
 * The record lifecycle (src/modules/record-lifecycle) is the one place that changes the status
 * columns of records and list entries. This scan of src/ finds, outside it:
 * - an UPDATE of a record or list-entry table through drizzle (`.update(licensingRecords)`, or
 *   through the generic names these tables are reached by);
 * - an update of a table under another name whose `.set({ … })` names a status column (the
 *   tables of API keys and authorizations have a `revokedAt` of their own, and are let through);
 * - a raw `update … set` that names a status column.
 * Inserting a row with its initial state (published on receipt) is not a change and is allowed.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const LIFECYCLE = 'src/modules/record-lifecycle/';
const RECORD_TABLE_ARGUMENTS =
  /^(licensingRecords|penaltyRecords|catalogRecords|listEntries|t|table|commonColumns\(|TABLES\[|target\.table|recordLifecycle\(|\w+_LIFECYCLE)/;
/** Tables with a column of the same name that is no record's status (a key's or an authorization's revocation). */
const OTHER_TABLES = new Set([
  'apiKeys',
  'authorizations',
  'catalogItems',
  'objections',
  'repairApplications',
]);
const snake = (name: string) => name.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`);
const STATUS_KEY = new RegExp(`\\b(${STATUS_COLUMNS.join('|')})\\s*:`);
const STATUS_SQL = new RegExp(`\\b(${STATUS_COLUMNS.map(snake).join('|')})\\b`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === '__generated__' ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text of the call's parentheses that starts at `open` (the index of its "("). */
function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Every status-column write the scan can see in one file's text. */
function statusWrites(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\.update\(\s*/g)) {
    const start = match.index + match[0].length;
    const argument = text.slice(start, start + 40).split(/[)\n]/)[0]!;
    if (RECORD_TABLE_ARGUMENTS.test(argument)) {
      found.push(`.update(${argument})`);
      continue;
    }
    if (OTHER_TABLES.has(argument)) {
      continue;
    }
    // An update of a table reached by another name: its .set may not name a status column.
    const set = text.slice(start, start + 200).indexOf('.set(');
    if (set >= 0) {
      const key = STATUS_KEY.exec(callArguments(text, start + set + 4));
      if (key !== null) {
        found.push(`.update(${argument}).set({ ${key[1]} … })`);
      }
    }
  }
  for (const match of text.matchAll(/\bupdate\s+\$\{[^}]*\}\s+set\b[^`]*/gi)) {
    const column = STATUS_SQL.exec(match[0]);
    if (column !== null) {
      found.push(`update … set ${column[1]}`);
    }
  }
  return found;
}

describe('status columns', () => {
  it('are written only by the record lifecycle', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .map(path => relative(ROOT, path).split('\\').join('/'))
      .filter(path => !path.startsWith(LIFECYCLE))
      .flatMap(path =>
        statusWrites(readFileSync(join(ROOT, path), 'utf8')).map(write => `${path}: ${write}`),
      );
    expect(offenders).toEqual([]);
  });

  it('are found by the scan where they are written', () => {
    expect(
      statusWrites(readFileSync(join(ROOT, LIFECYCLE, 'lifecycle.statements.ts'), 'utf8')),
    ).toContain('.update(table)');
    expect(statusWrites('await tx.update(penaltyRecords).set({ updatedAt: now })')).toEqual([
      '.update(penaltyRecords)',
    ]);
    expect(
      statusWrites('await tx.update(entries).set({ note, removedAt: clock.now() }).where(x)'),
    ).toEqual(['.update(entries).set({ removedAt … })']);
    expect(
      statusWrites('await tx.update(apiKeys).set({ revokedAt: clock.now() }).where(x)'),
    ).toEqual([]);
    expect(statusWrites('sql`update ${t} set removed_at = ${at} where id = ${id}`')).toEqual([
      'update … set removed_at',
    ]);
    expect(
      statusWrites('sql`update ${t} set disclosure_deadline = v.deadline from (values ${v})`'),
    ).toEqual([]);
    expect(statusWrites("createHash('sha256').update(secret).digest('hex')")).toEqual([]);
  });
});
