import { type SQL, sql } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { SubmitRecordsPayload, rejectionsIn } from '../records/index.js';
import { Subject } from '../subjects/index.js';
import { ListType } from './list-entry.enums.js';
import { type ListEntryRow, listEntries } from './list-entry.table.js';
import { listEntryHistory } from './list-entry.history.js';
import { ListEntry, ListEntryEvent, ListEntryInput } from './list-entry.type.js';
import { removeListEntry, submitListEntries } from './list-entry.service.js';

/**
 * SQL: an entry's status as of today, as `listEntryNode` gives it: a repair removes the entry
 * too (lifecycle REPAIR), so REPAIRED is read first.
 */
export function listEntryStatusSql(today: string): SQL {
  return sql`case when ${listEntries.repairedAt} is not null then 'REPAIRED'
    when ${listEntries.removedAt} is not null then 'REMOVED'
    when ${listEntries.validUntil} is not null and ${listEntries.validUntil} < ${today}::date then 'EXPIRED'
    else 'ACTIVE' end`;
}

export function listEntryNode(row: ListEntryRow, today: string): ListEntry {
  const status =
    row.repairedAt !== null
      ? 'REPAIRED'
      : row.removedAt !== null
        ? 'REMOVED'
        : row.validUntil !== null && row.validUntil < today
          ? 'EXPIRED'
          : 'ACTIVE';
  return { ...row, id: `list:${row.id}`, status };
}

/** After a write, what the request's list-entry loaders hold may be stale. */
function forgetLoadedEntries(ctx: Context): void {
  ctx.loaders.listEntriesBySubject.clearAll();
  ctx.loaders.listEntryBySubjectAndId.clearAll();
  ctx.loaders.listEntryVersionsByEntry.clearAll();
}

@Resolver(() => ListEntry)
export class ListEntryResolver {
  @Mutation(() => SubmitRecordsPayload, {
    description:
      'Submits red and black list entries (the listing authority as PROVIDER, ADMIN). The stored entries are in `listEntries` of the payload; `records` stays empty.',
  })
  async submitListEntries(
    @Arg('entries', () => [ListEntryInput], { description: 'The entries.' })
    entries: ListEntryInput[],
    @Ctx() ctx: Context,
  ): Promise<SubmitRecordsPayload & { listEntries: ListEntry[] }> {
    const result = await submitListEntries(ctx.db, ctx.viewer, ctx.clock, entries);
    forgetLoadedEntries(ctx);
    return {
      ...result,
      rejected: rejectionsIn(result.rejected, ctx.language),
      records: [],
      listEntries: result.rows.map(row => listEntryNode(row, ctx.clock.today())),
    };
  }

  @Mutation(() => ListEntry, {
    description: 'Removes an entry from its list (its listing authority, ADMIN), with a reason.',
  })
  async removeListEntry(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (1–500 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ListEntry> {
    const row = await removeListEntry(ctx.db, ctx.viewer, ctx.clock, id, reason);
    forgetLoadedEntries(ctx);
    return listEntryNode(row, ctx.clock.today());
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The listed subject.' })
  async subject(@Root() entry: ListEntry, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectByCode.load(entry.subjectCode);
  }

  @FieldResolver(() => [ListEntryEvent], {
    description:
      'What happened to the entry, oldest first: received, published, each correction, and its removal or repair with the reason (regulators, the credit office, providers).',
  })
  async history(@Root() entry: ListEntry, @Ctx() ctx: Context): Promise<ListEntryEvent[]> {
    const versions = await ctx.loaders.listEntryVersionsByEntry.load({
      subjectCode: entry.subjectCode,
      id: Number(entry.id.slice('list:'.length)),
    });
    return listEntryHistory(entry, versions);
  }
}

@Resolver(() => SubmitRecordsPayload)
export class ListPayloadResolver {
  @FieldResolver(() => [ListEntry], {
    description: 'The list entries stored by submitListEntries; empty for record submissions.',
  })
  listEntries(@Root() payload: SubmitRecordsPayload & { listEntries?: ListEntry[] }): ListEntry[] {
    return payload.listEntries ?? [];
  }
}

@Resolver(() => Subject)
export class SubjectListsResolver {
  @FieldResolver(() => [ListEntry], {
    description:
      'Red-list (守信激励) and black-list (失信惩戒) entries, by listing date. The public, institutions and providers see the published public entries in force; regulators and the credit office see every entry, removed and repaired ones included, marked by `status` with their `history` and reason.',
  })
  async listEntries(
    @Root() subject: Subject,
    @Arg('type', () => ListType, { nullable: true, description: 'Only this list.' })
    type: ListType | null,
    @Ctx() ctx: Context,
  ): Promise<ListEntry[]> {
    const today = ctx.clock.today();
    const rows = await ctx.loaders.listEntriesBySubject.load(subject.code);
    return rows
      .filter(row => type === null || type === undefined || row.listType === type)
      .map(row => listEntryNode(row, today));
  }
}
