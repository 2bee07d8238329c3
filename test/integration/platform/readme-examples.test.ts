import { readFileSync } from 'node:fs';

import { type DefinitionNode, Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemo } from '../../../seeds/demo.seed.js';
import { Role } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { testClock } from '../../support/clock.js';
import { truncateDomainTables } from '../../support/db.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

/**
 * Every GraphQL example of the README, run over HTTP against the demo data with a key of the
 * role its comment names (none for "anyone"): each answer has data, and no field of it is null
 * at the top. A `"…"` stands for the id (or, of an objection, the 受理编号) the block's previous
 * example answered.
 */
const env = useIntegration();
let http: HttpHarness;

interface Example {
  block: number;
  text: string;
  role: Role | null;
}

const ROLES = [Role.INSTITUTION, Role.REGULATOR, Role.PROVIDER, Role.ADMIN];

/** The examples of the README's ```graphql blocks, each with the role of its comments. */
function readmeExamples(): Example[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map(m => m[1]!);
  return blocks.flatMap((source, block) => {
    const definitions = parse(source).definitions as readonly DefinitionNode[];
    let role: Role | null = null;
    return definitions.map((definition, index) => {
      const start = index === 0 ? 0 : definitions[index - 1]!.loc!.end;
      const lineEnd = source.indexOf('\n', definition.loc!.end);
      const around = source.slice(start, lineEnd === -1 ? source.length : lineEnd);
      const comments = around
        .split('\n')
        .map(line => /#(.*)$/.exec(line)?.[1] ?? '')
        .join(' ');
      if (/\banyone\b/.test(comments)) {
        role = null;
      }
      const named = ROLES.find(r => new RegExp(`\\b${r}\\b`).test(comments));
      if (named !== undefined) {
        role = named;
      }
      return {
        block,
        text: source.slice(definition.loc!.start, definition.loc!.end),
        role,
      };
    });
  });
}

const examples = readmeExamples();
const keys = new Map<Role, string>();

beforeAll(async () => {
  http = await startHttp(env.database, env.server);
});
afterAll(async () => {
  await http.close();
  await truncateDomainTables(env.database);
});

/** The first `id` anywhere in an answer. */
function firstId(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    return value.map(firstId).find(id => id !== undefined);
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object['id'] === 'string') {
      return object['id'];
    }
    if (typeof object['trackingNumber'] === 'string') {
      return object['trackingNumber'];
    }
    return Object.values(object)
      .map(firstId)
      .find(id => id !== undefined);
  }
  return undefined;
}

describe('the README examples', () => {
  it('are found: every block, with its roles', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(new Set(examples.map(e => e.role))).toEqual(new Set([null, ...ROLES]));
  });

  it('each answer with data on the demo data, with the key of the role they name', async () => {
    await seedDemo(env.database.db, testClock.today());
    const viewerOf: Record<Role, (typeof viewers)[keyof typeof viewers]> = {
      [Role.PUBLIC]: viewers.anonymous,
      [Role.INSTITUTION]: viewers.institution,
      [Role.REGULATOR]: viewers.regulator,
      [Role.PROVIDER]: viewers.provider,
      [Role.ADMIN]: viewers.admin,
    };
    for (const role of ROLES) {
      const viewer = viewerOf[role];
      const created = await createApiKey(env.database.db, viewers.admin, testClock, {
        role,
        organizationName: viewer.organizationName!,
        organizationCode: viewer.organizationCode!,
      });
      keys.set(role, created.secret);
    }
    let previous: { block: number; id: string | undefined } = { block: -1, id: undefined };
    for (const example of examples) {
      let query = example.text;
      if (query.includes('"…"')) {
        expect(previous.block, query).toBe(example.block);
        expect(previous.id, query).toBeDefined();
        query = query.replaceAll('"…"', JSON.stringify(previous.id));
      }
      const definition = parse(query).definitions[0]!;
      const variables =
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.variableDefinitions?.some(v => v.variable.name.value === 'records')
          ? { records: [buildPenaltyInput()] }
          : {};
      const headers: Record<string, string> =
        example.role === null ? {} : { authorization: `Bearer ${keys.get(example.role)}` };
      const { json } = await http.post({ query, variables }, headers);
      const answer = json as { data?: Record<string, unknown> | null; errors?: unknown };
      expect(answer.errors, `${query}\n${JSON.stringify(answer.errors)}`).toBeUndefined();
      expect(answer.data, query).toBeTruthy();
      for (const [field, value] of Object.entries(answer.data!)) {
        expect(value, `${field} of\n${query}`).not.toBeNull();
        if (Array.isArray(value)) {
          expect(
            value.filter(v => v === null),
            `${field} of\n${query}`,
          ).toEqual([]);
        }
      }
      previous = { block: example.block, id: firstId(answer.data) };
    }
  });
});
