import { createHash } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { ensureAdminKey } from '../../../src/bootstrap.js';
import type { Database } from '../../../src/db/client.js';
import { authenticate } from '../../../src/modules/api-keys/index.js';
import { testClock } from '../../support/clock.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await truncateDomainTables(database);
});

/** What the start-up writes to stdout, collected. */
function capture(): { write(text: string): boolean; text: string } {
  return {
    text: '',
    write(text: string) {
      this.text += text;
      return true;
    },
  };
}

type KeyRow = { role: string; secret_hash: string; revoked_at: Date | null };

const keys = () =>
  database.query<KeyRow>(
    'select role::text, secret_hash, revoked_at from api_keys order by created_at',
  );

describe('the first start without an ADMIN key', () => {
  it('creates an ADMIN key, prints it once with how to use it, and stores only its sha256', async () => {
    const out = capture();
    await ensureAdminKey(database.db, testClock, { bootstrapAdminKey: undefined, port: 4000 }, out);

    const secret = /^ {4}(cpk_[A-Za-z0-9_-]{43})$/m.exec(out.text)?.[1];
    expect(secret, out.text).toBeDefined();
    expect(out.text).toContain('只显示这一次');
    expect(out.text).toContain(`Authorization: Bearer ${secret}`);
    expect(out.text).toContain('BOOTSTRAP_ADMIN_KEY');

    const stored = await keys();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      role: 'ADMIN',
      secret_hash: createHash('sha256').update(secret!).digest('hex'),
      revoked_at: null,
    });
    const everything = JSON.stringify(await database.query('select * from api_keys'));
    expect(everything).not.toContain(secret!);
    const audit = JSON.stringify(await database.query('select * from audit_events'));
    expect(audit).toContain('api_key.first_admin');
    expect(audit).not.toContain(secret!);

    const viewer = await authenticate(database.db, secret!);
    expect(viewer.role).toBe('ADMIN');
  });

  it('prints no new key on a restart: the key made on the first start stays the only one', async () => {
    const first = capture();
    await ensureAdminKey(
      database.db,
      testClock,
      { bootstrapAdminKey: undefined, port: 4000 },
      first,
    );
    expect(first.text).toContain('cpk_');

    const again = capture();
    await ensureAdminKey(
      database.db,
      testClock,
      { bootstrapAdminKey: undefined, port: 4000 },
      again,
    );
    expect(again.text).toBe('');
    expect(await keys()).toHaveLength(1);
  });

  it('creates one key between instances that start at once', async () => {
    const outs = [capture(), capture(), capture()];
    await Promise.all(
      outs.map(out =>
        ensureAdminKey(database.db, testClock, { bootstrapAdminKey: undefined, port: 4000 }, out),
      ),
    );
    expect(outs.filter(out => out.text.includes('cpk_'))).toHaveLength(1);
    expect(await keys()).toHaveLength(1);
  });

  it('prints nothing with BOOTSTRAP_ADMIN_KEY, whose key is the ADMIN key', async () => {
    const out = capture();
    const secret = 'a-bootstrap-secret-of-the-operator-0123';
    await ensureAdminKey(database.db, testClock, { bootstrapAdminKey: secret, port: 4000 }, out);
    expect(out.text).toBe('');
    expect((await keys()).map(k => k.role)).toEqual(['ADMIN']);
    expect((await authenticate(database.db, secret)).role).toBe('ADMIN');
  });

  it('makes a new one when every ADMIN key has been revoked', async () => {
    await ensureAdminKey(
      database.db,
      testClock,
      { bootstrapAdminKey: undefined, port: 4000 },
      capture(),
    );
    await database.query('update api_keys set revoked_at = $1', [testClock.now().toISOString()]);
    const out = capture();
    await ensureAdminKey(database.db, testClock, { bootstrapAdminKey: undefined, port: 4000 }, out);
    expect(out.text).toContain('cpk_');
    expect((await keys()).filter(k => k.revoked_at === null)).toHaveLength(1);
  });
});
