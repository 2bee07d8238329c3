import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import postgres from 'postgres';

const run = promisify(execFile);

/** The binaries of the machine's PostgreSQL (Debian keeps them per major version). */
async function postgresBin(): Promise<string> {
  if (process.env['PG_BIN']) {
    return process.env['PG_BIN'];
  }
  const versions = (await readdir('/usr/lib/postgresql')).sort((a, b) => Number(b) - Number(a));
  return join('/usr/lib/postgresql', versions[0]!, 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** PostgreSQL refuses to run as root: as root, the server's tools run as the postgres user. */
async function asPostgres(bin: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  await (isRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args));
}

export interface Replica {
  /** The URL of the test database on the replica. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real streaming replica of the PostgreSQL server that `primaryUrl` points at: a base backup
 * (`pg_basebackup -R`, streaming its WAL) into a temporary folder, started as a hot standby on a
 * second port of the loopback interface. The primary must allow replication connections from
 * 127.0.0.1 (a `host replication` line in pg_hba.conf; CI adds it).
 */
export async function startStreamingReplica(primaryUrl: string): Promise<Replica> {
  const bin = await postgresBin();
  const primary = new URL(primaryUrl);
  const dir = await mkdtemp(join(tmpdir(), 'credit-replica-'));
  if (process.getuid?.() === 0) {
    await run('chown', ['postgres:postgres', dir]);
  }
  const data = join(dir, 'data');
  await asPostgres(join(bin, 'pg_basebackup'), [
    '-h',
    primary.hostname,
    '-p',
    primary.port || '5432',
    '-U',
    decodeURIComponent(primary.username || 'postgres'),
    '-D',
    data,
    '-X',
    'stream',
    '-R',
    '-c',
    'fast',
    '--no-sync',
  ]);
  const port = await freePort();
  // A hot standby needs at least the primary's value of these settings.
  const sql = postgres(primaryUrl, { max: 1, onnotice: () => undefined });
  const inherited = await sql<{ name: string; setting: string }[]>`
    select name, setting from pg_settings
    where name in ('max_connections', 'max_worker_processes', 'max_wal_senders',
                   'max_prepared_transactions', 'max_locks_per_transaction')`;
  await sql.end();
  const settings = [
    ...inherited.map(s => `${s.name} = ${s.setting}`),
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'hot_standby = on',
    'shared_buffers = 32MB',
    'fsync = off',
  ];
  await writeFile(join(data, 'postgresql.conf'), `${settings.join('\n')}\n`);
  await writeFile(
    join(data, 'pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 trust\n',
  );
  if (process.getuid?.() === 0) {
    await run('chown', ['-R', 'postgres:postgres', dir]);
  }
  await asPostgres(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const replica = new URL(primaryUrl);
  replica.hostname = '127.0.0.1';
  replica.port = String(port);
  return {
    url: replica.toString(),
    async stop() {
      await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}
