import postgres from 'postgres';

/**
 * The database roles on a PostgreSQL server. The owner role owns every table and runs the
 * migrations; the API connects as a login that owns nothing, so it can neither alter a table nor
 * disable a trigger, and `session_replication_role` is a superuser's setting. On the append-only
 * logs it may only insert and read (DESIGN §3.5); the hash chains' heads it may only read (their
 * trigger, of the owner, writes them). PGlite has one role, which owns everything.
 */

/**
 * The tables the API's login may only append to and read: the logs, the export batches issued
 * to the national platform with their manifests, which stand as proof of what was sent, the
 * credit reports the site generated, which their verification codes vouch for, and the change
 * feed's outbox, which consumers replay by cursor.
 */
const APPEND_ONLY_TABLES = [
  'access_log',
  'audit_events',
  'change_outbox',
  'export_batches',
  'export_batch_records',
  'credit_reports',
] as const;

/** Written by the chain trigger alone (as the owner); the API's login may read them. */
const READ_ONLY_TABLES = ['log_chain_heads'] as const;

/** The role a connection string logs in as, and the database it names. */
export interface Login {
  role: string;
  password: string | undefined;
  database: string;
}

export function loginOf(url: string): Login {
  const parsed = new URL(url);
  const role = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (role === '' || database === '') {
    throw new Error(`${redacted(url)} must name a role and a database`);
  }
  return {
    role,
    password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
    database,
  };
}

function redacted(url: string): string {
  const parsed = new URL(url);
  parsed.password = parsed.password === '' ? '' : '***';
  return parsed.toString();
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Runs `statement`, ignoring the error of a role created meanwhile by a concurrent setup. */
async function createRole(sql: postgres.Sql, statement: string): Promise<void> {
  try {
    await sql.unsafe(statement);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '42710' && code !== '23505') {
      throw error;
    }
  }
}

/**
 * Creates the owner role and the API's login named by the two URLs (passwords from the URLs), on
 * the database they name, through a superuser's (or a CREATEROLE member's) connection to it.
 * Idempotent. An existing owner keeps its attributes; the API's login loses CREATEDB,
 * CREATEROLE, REPLICATION and BYPASSRLS, and must not be a superuser or a member of the owner.
 * Whatever the login owns is handed to the owner (a deployment that ran on one role), and the
 * login is granted what the API needs on the tables that exist (grantApiLogin; migrations grant
 * again on the tables they add).
 */
export async function setupDatabaseRoles(
  adminUrl: string,
  ownerUrl: string,
  apiUrl: string,
): Promise<void> {
  const owner = loginOf(ownerUrl);
  const api = loginOf(apiUrl);
  const admin = loginOf(adminUrl);
  if (owner.database !== api.database || admin.database !== api.database) {
    throw new Error(
      `the owner, the API's login and the admin connection must name one database (got ${owner.database}, ${api.database}, ${admin.database})`,
    );
  }
  if (owner.role === api.role) {
    throw new Error(`the API's login must not be the owner role (${owner.role})`);
  }
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const existing = async (role: string) =>
      (
        await sql<{ rolsuper: boolean }[]>`select rolsuper from pg_roles where rolname = ${role}`
      )[0];
    if ((await existing(owner.role)) === undefined) {
      await createRole(sql, `create role ${ident(owner.role)} login`);
    }
    const apiRole = await existing(api.role);
    if (apiRole?.rolsuper === true) {
      throw new Error(
        `the API's login ${api.role} is a superuser; give the API a login of its own`,
      );
    }
    if (apiRole === undefined) {
      await createRole(sql, `create role ${ident(api.role)} login`);
    }
    await sql.unsafe(
      `alter role ${ident(api.role)} login nocreatedb nocreaterole noreplication nobypassrls`,
    );
    for (const { role, password } of [owner, api]) {
      if (password !== undefined) {
        await sql.unsafe(`alter role ${ident(role)} password ${literal(password)}`);
      }
    }
    const [membership] = await sql<{ direct: boolean }[]>`
      select exists (select from pg_auth_members m
        join pg_roles o on o.oid = m.roleid join pg_roles a on a.oid = m.member
        where o.rolname = ${owner.role} and a.rolname = ${api.role}) as direct`;
    if (membership?.direct === true) {
      await sql.unsafe(`revoke ${ident(owner.role)} from ${ident(api.role)}`);
    }
    const [member] = await sql<{ is: boolean }[]>`
      select pg_has_role(${api.role}, ${owner.role}, 'MEMBER') as is`;
    if (member?.is === true) {
      throw new Error(`the API's login ${api.role} is a member of the owner role ${owner.role}`);
    }
    const database = ident(api.database);
    await sql.unsafe(
      `grant connect, temporary, create on database ${database} to ${ident(owner.role)}`,
    );
    await sql.unsafe(`grant connect, temporary on database ${database} to ${ident(api.role)}`);
    await sql.unsafe(`revoke create on schema public from public`);
    await sql.unsafe(`grant usage, create on schema public to ${ident(owner.role)}`);
    await sql.unsafe(`reassign owned by ${ident(api.role)} to ${ident(owner.role)}`);
    await grantApiLogin(sql, api.role);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Grants the API's login what it needs, run by the owner after every migration (idempotent):
 * reading and writing the ordinary tables and their sequences, only INSERT and SELECT on the
 * append-only logs, only SELECT on the chain heads, and reading the migrations table, so an API
 * started without the owner can see that nothing is pending. No TRUNCATE, REFERENCES or TRIGGER
 * anywhere.
 */
export async function grantApiLogin(sql: postgres.Sql, apiRole: string): Promise<void> {
  const role = ident(apiRole);
  const tables = (
    await sql<{ name: string }[]>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`
  ).map(row => row.name);
  await sql.unsafe(`grant usage on schema public to ${role}`);
  await sql.unsafe(`revoke create on schema public from ${role}`);
  if (tables.length > 0) {
    await sql.unsafe(
      `grant select, insert, update, delete on all tables in schema public to ${role}`,
    );
    await sql.unsafe(`grant usage, select on all sequences in schema public to ${role}`);
  }
  const restricted = [...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES].filter(t => tables.includes(t));
  if (restricted.length > 0) {
    await sql.unsafe(`revoke all on ${restricted.map(ident).join(', ')} from ${role}, public`);
    await sql.unsafe(`grant select on ${restricted.map(ident).join(', ')} to ${role}`);
  }
  const appendOnly = APPEND_ONLY_TABLES.filter(t => tables.includes(t));
  if (appendOnly.length > 0) {
    await sql.unsafe(`grant insert on ${appendOnly.map(ident).join(', ')} to ${role}`);
  }
  const [migrations] = await sql<{ exists: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
  if (migrations?.exists === true) {
    await sql.unsafe(`grant usage on schema drizzle to ${role}`);
    await sql.unsafe(`grant select on drizzle.__drizzle_migrations to ${role}`);
  }
}
