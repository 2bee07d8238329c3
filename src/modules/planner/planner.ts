import { createHash } from 'node:crypto';

import { fillPlaceholders } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getVariableValues,
} from 'graphql';

import type { Context } from '../../context.types.js';
import { loggableError } from '../../db/errors.js';
import { firstValue } from '../../db/raw.js';
import type { Db } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import type { Logger } from '../../shared/logger.js';
import { Unplannable } from './collect.js';
import { type JsonPiece, PlannedJson, textOf } from './planned-json.js';
import {
  type CompiledOperation,
  type Finish,
  type RequestValues,
  compileOperation,
  finishValue,
} from './compile.js';

/** A plan ready to run: the statement's text and parameters, placeholders still open. */
interface Plan {
  text: string;
  params: unknown[];
  compute: CompiledOperation['params'];
  finish: Finish | undefined;
  writes: boolean;
  cacheable: boolean;
  batch: CompiledOperation['batch'];
  /** The prepared statement's name; undefined runs the statement unprepared (see remember). */
  name: string | undefined;
}

/**
 * A batch of more subjects than this runs as parts of this size, side by side on the pool's
 * connections: one statement builds ~100 profiles at one core's speed, parts use them all.
 */
const BATCH_PART = 25;

/** What the planner has done, for /healthz and the benchmarks. */
interface PlannerStats {
  planned: number;
  fallbacks: number;
  /** Fallbacks by reason: an unplanned field, a refused field, invalid input, an error. */
  reasons: Record<string, number>;
  plans: number;
  /** The plans' estimated memory, and how many statements are prepared by name. */
  planBytes: number;
  preparedStatements: number;
}

interface PlannerOptions {
  /** Plans kept, least recently used dropped first. */
  maxPlans?: number;
  /** The plans' estimated memory at most, in bytes (32 MB by default). */
  maxPlanBytes?: number;
  /**
   * Distinct statements run prepared at most (64 by default); a plan beyond them runs
   * unprepared. postgres.js keeps a prepared statement on each connection until the connection
   * closes, and PostgreSQL keeps its plan in the backend.
   */
  maxPreparedStatements?: number;
  /** Rules broken on purpose, for the differential test's proof that it catches them. */
  faults?: ReadonlySet<string>;
  logger?: Logger;
}

/** The SQL dialect of the application's drizzle databases (columns in snake_case). */
const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * Plans each query, and the mutations it knows, into one statement (compile.ts) and runs it as
 * a prepared statement. Plans are cached per document, operation, role, organisation, day and
 * set of given variables, so a profile query costs one lookup, the parameters and one round
 * trip. `answer` returns null when the resolvers must answer: the reason is counted and logged
 * once per plan.
 */
export class QueryPlanner {
  private readonly plans = new Map<string, Plan | Unplannable>();
  private readonly maxPlans: number;
  private readonly maxPlanBytes: number;
  private planBytes = 0;
  private readonly prepared = new Set<string>();
  private readonly maxPrepared: number;
  private readonly counters: Omit<PlannerStats, 'planBytes' | 'preparedStatements'> = {
    planned: 0,
    fallbacks: 0,
    reasons: {},
    plans: 0,
  };

  constructor(private readonly options: PlannerOptions = {}) {
    this.maxPlans = options.maxPlans ?? 1000;
    this.maxPlanBytes = options.maxPlanBytes ?? 32 * 1024 * 1024;
    this.maxPrepared = options.maxPreparedStatements ?? 64;
  }

  stats(): PlannerStats {
    return {
      ...this.counters,
      reasons: { ...this.counters.reasons },
      plans: this.plans.size,
      planBytes: this.planBytes,
      preparedStatements: this.prepared.size,
    };
  }

  private fallback(reason: string): null {
    this.counters.fallbacks += 1;
    this.counters.reasons[reason] = (this.counters.reasons[reason] ?? 0) + 1;
    return null;
  }

  async answer(input: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operation: OperationDefinitionNode;
    queryHash: string;
    variables: Record<string, unknown> | undefined;
    context: Context;
    /**
     * Whether the answer may be the statement's JSON text as it is (a PlannedJson): true for
     * an HTTP request, whose response is written by `stringifyResult`; an operation run in the
     * process (executeOperation) gets parsed data.
     */
    text?: boolean;
  }): Promise<{ data: Record<string, unknown> | PlannedJson } | null> {
    const { operation, context } = input;
    if (operation.operation === 'subscription') {
      return this.fallback(operation.operation);
    }
    const coerced = getVariableValues(
      input.schema,
      operation.variableDefinitions ?? [],
      input.variables ?? {},
    );
    if (coerced.errors !== undefined) {
      return this.fallback('variables');
    }
    const variables = coerced.coerced;
    const viewer = context.viewer;
    const today = context.clock.today();
    const key = JSON.stringify([
      input.queryHash,
      operation.name?.value ?? null,
      viewer.role,
      viewer.organizationCode,
      today,
      (operation.variableDefinitions ?? []).map(
        def =>
          variables[def.variable.name.value] !== null &&
          variables[def.variable.name.value] !== undefined,
      ),
    ]);
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = this.compile(input, variables, context, today);
      this.admit(plan);
      // Input a plan is refused for (a bad search text) is of this request only: not kept.
      if (plan instanceof Unplannable ? plan.reason !== 'input' : plan.cacheable) {
        this.remember(key, plan);
      }
    } else {
      // Most recently used last.
      this.plans.delete(key);
      this.plans.set(key, plan);
    }
    if (plan instanceof Unplannable) {
      return this.fallback(plan.reason.startsWith('refused') ? 'refused field' : 'not planned');
    }
    const values: RequestValues = { variables, viewer, now: context.clock.now() };
    const placeholders: Record<string, unknown> = {};
    try {
      for (const [name, compute] of plan.compute) {
        placeholders[name] = compute(values);
      }
    } catch {
      // Input the resolvers reject with their own errors (a bad page size, cursor or purpose).
      return this.fallback('input');
    }
    const db = plan.writes ? context.primary : context.db;
    const parts = batchParts(plan, placeholders);
    if (parts === undefined) {
      let answer: JsonPiece;
      try {
        answer = await run(db, plan, placeholders);
      } catch (error) {
        // One statement: it wrote nothing, so the resolvers may answer (with their own error).
        (context.logger ?? this.options.logger)?.warn(
          'planned statement failed; the resolvers answer',
          {
            operation: input.operation.name?.value ?? null,
            ...loggableError(error),
          },
        );
        return this.fallback('error');
      }
      this.counters.planned += 1;
      if (input.text === true && plan.finish === undefined) {
        return { data: new PlannedJson([answer]) };
      }
      return {
        data: finishValue(plan.finish, JSON.parse(textOf(answer))) as Record<string, unknown>,
      };
    }
    // A large batch: its parts run side by side, the first writing the access-log rows of all
    // the codes, in the order given (the log's chain admits one writer at a time: parts that
    // each wrote would queue on it). Once a part may have written, the resolvers must not
    // answer too (they would log the codes again): a failure is the request's error.
    const { param, logged, key: responseKey } = plan.batch!;
    const answers = await Promise.all(
      parts.map((part, i) =>
        run(db, plan, { ...placeholders, [param]: part, [logged]: i === 0 ? parts.flat() : [] }),
      ),
    );
    this.counters.planned += 1;
    if (input.text === true && plan.finish === undefined) {
      const joined = joinedPieces(responseKey, answers);
      if (joined !== undefined) {
        return { data: new PlannedJson(joined) };
      }
    }
    const joined = answers.flatMap(
      answer => (JSON.parse(textOf(answer)) as Record<string, unknown[]>)[responseKey]!,
    );
    return {
      data: finishValue(plan.finish, { [responseKey]: joined }) as Record<string, unknown>,
    };
  }

  private compile(
    input: { schema: GraphQLSchema; document: DocumentNode; operation: OperationDefinitionNode },
    variables: Record<string, unknown>,
    context: Context,
    today: CalendarDate,
  ): Plan | Unplannable {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments[definition.name.value] = definition;
      }
    }
    try {
      const compiled = compileOperation({
        schema: input.schema,
        operation: input.operation,
        fragments,
        variables,
        viewer: context.viewer,
        today,
        ...(this.options.faults === undefined ? {} : { faults: this.options.faults }),
      });
      const query = dialect.sqlToQuery(compiled.statement);
      return {
        text: query.sql,
        params: query.params,
        compute: compiled.params,
        finish: compiled.finish,
        writes: compiled.writes,
        cacheable: compiled.cacheable,
        batch: compiled.batch,
        name: `plan_${createHash('sha256').update(query.sql).digest('hex').slice(0, 16)}`,
      };
    } catch (error) {
      if (error instanceof Unplannable) {
        (context.logger ?? this.options.logger)?.info('operation answered by the resolvers', {
          operation: input.operation.name?.value ?? null,
          role: context.viewer.role,
          reason: error.reason,
        });
        return error;
      }
      // A planner defect must not fail a request the resolvers can answer.
      (context.logger ?? this.options.logger)?.error(
        'the planner failed on an operation; the resolvers answer it',
        {
          operation: input.operation.name?.value ?? null,
          ...loggableError(error),
        },
      );
      return new Unplannable('planner error');
    }
  }

  /**
   * Keeps a plan, least recently used out first, within `maxPlans` plans and `maxPlanBytes` of
   * their estimated memory; a plan larger than the whole budget is not kept.
   */
  private remember(key: string, plan: Plan | Unplannable): void {
    const bytes = planBytes(key, plan);
    if (bytes > this.maxPlanBytes) {
      return;
    }
    const previous = this.plans.get(key);
    if (previous !== undefined) {
      this.planBytes -= planBytes(key, previous);
      this.plans.delete(key);
    }
    this.plans.set(key, plan);
    this.planBytes += bytes;
    while (this.plans.size > this.maxPlans || this.planBytes > this.maxPlanBytes) {
      const oldest = this.plans.keys().next().value!;
      this.planBytes -= planBytes(oldest, this.plans.get(oldest)!);
      this.plans.delete(oldest);
    }
  }

  /**
   * Lets a new plan's statement be prepared while fewer than `maxPreparedStatements` distinct
   * statements are; beyond them it runs unprepared (parsed and planned by PostgreSQL each
   * time). postgres.js prepares a named statement on each connection for each distinct text
   * and cannot forget one before the connection closes, so evicting a plan would not free it:
   * without this bound, every document of a new shape (other aliases, other fields) would add
   * a statement to every connection, in the process and in its PostgreSQL backend.
   */
  private admit(plan: Plan | Unplannable): void {
    if (plan instanceof Unplannable || plan.name === undefined || this.prepared.has(plan.name)) {
      return;
    }
    if (this.prepared.size < this.maxPrepared) {
      this.prepared.add(plan.name);
    } else {
      plan.name = undefined;
    }
  }
}

/** What a kept plan holds, estimated high: key and statement text (UTF-16), parameters, closures. */
function planBytes(key: string, plan: Plan | Unplannable): number {
  return plan instanceof Unplannable
    ? 2 * key.length + 256
    : 2 * (key.length + plan.text.length) + 64 * plan.params.length + 2048;
}

/** The parts of a large batch's codes, or undefined when the plan runs as one statement. */
function batchParts(plan: Plan, placeholders: Record<string, unknown>): string[][] | undefined {
  const codes = plan.batch === undefined ? undefined : (placeholders[plan.batch.param] as string[]);
  if (codes === undefined || codes.length <= BATCH_PART) {
    return undefined;
  }
  const parts: string[][] = [];
  for (let i = 0; i < codes.length; i += BATCH_PART) {
    parts.push(codes.slice(i, i + BATCH_PART));
  }
  return parts;
}

/**
 * The JSON of `{ key: [...] }` whose list joins the lists of the parts' answers, each
 * `{"key" : [...]}` as json_build_object writes it, in pieces that point into the parts (no
 * copy); undefined for a part of another shape.
 */
function joinedPieces(key: string, parts: readonly JsonPiece[]): JsonPiece[] | undefined {
  // A response key is a GraphQL Name: it needs no escaping in the pattern.
  const head = new RegExp(`^\\{\\s*"${key}"\\s*:\\s*\\[`);
  const pieces: JsonPiece[] = [`{"${key}":[`];
  for (const part of parts) {
    const list =
      typeof part === 'string'
        ? listInText(part, head, key.length + 16)
        : listInBytes(part, head, key.length + 16);
    if (list === undefined) {
      return undefined;
    }
    if (list !== null) {
      if (pieces.length > 1) {
        pieces.push(',');
      }
      pieces.push(list);
    }
  }
  pieces.push(']}');
  return pieces;
}

/**
 * The members of the list in `{"key" : [...]}` (its head matched in the first `headLength`
 * characters): only the ends of the text are looked at, a part is a few hundred kilobytes. Null
 * for an empty list, undefined for another shape.
 */
function listInText(part: string, head: RegExp, headLength: number): string | null | undefined {
  const start = head.exec(part.slice(0, headLength))?.[0].length;
  const end = part.trimEnd().length - 1;
  const close = part.lastIndexOf(']', end);
  if (
    start === undefined ||
    part[end] !== '}' ||
    close < start ||
    part.slice(close + 1, end).trim() !== ''
  ) {
    return undefined;
  }
  const list = part.slice(start, close);
  return list.trim() === '' ? null : list;
}

/** `listInText` on the UTF-8 bytes of the part: the ends are ASCII, the members stay bytes. */
function listInBytes(
  part: Uint8Array,
  head: RegExp,
  headLength: number,
): Uint8Array | null | undefined {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const start = head.exec(bytes.toString('latin1', 0, headLength))?.[0].length;
  let end = bytes.length - 1;
  while (end >= 0 && isSpace(bytes[end]!)) {
    end -= 1;
  }
  const close = bytes.lastIndexOf(0x5d /* ] */, end);
  if (start === undefined || bytes[end] !== 0x7d /* } */ || close < start) {
    return undefined;
  }
  for (let i = close + 1; i < end; i += 1) {
    if (!isSpace(bytes[i]!)) {
      return undefined;
    }
  }
  let blank = true;
  for (let i = start; i < close && blank; i += 1) {
    blank = isSpace(bytes[i]!);
  }
  return blank ? null : bytes.subarray(start, close);
}

/** JSON's white space: space, tab, line feed, carriage return. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * The database a read runs on: one of the replicas when `db` reads from replicas (drizzle's
 * withReplicas sends only its own selects there), else `db` itself.
 */
function readerOf(db: Db): Db {
  const replicas = (db as Db & { $replicas?: readonly Db[] }).$replicas;
  return replicas === undefined || replicas.length === 0
    ? db
    : replicas[Math.floor(Math.random() * replicas.length)]!;
}

/**
 * Runs a plan as a prepared statement (unprepared when it has no name) and returns its answer:
 * the bytes the server sent on postgres.js, the text on the embedded database (db/raw.ts).
 */
async function run(db: Db, plan: Plan, placeholders: Record<string, unknown>): Promise<JsonPiece> {
  const answer = await firstValue(
    plan.writes ? db : readerOf(db),
    plan.text,
    fillPlaceholders(plan.params, placeholders),
    plan.name,
  );
  if (answer === null) {
    throw new Error('the planned statement returned no answer');
  }
  return answer;
}
