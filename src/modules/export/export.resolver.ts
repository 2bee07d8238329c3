import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { RecordKind, recordGlobalId } from '../records/index.js';
import { countBatches, pageBatches, pageManifest } from './export.repository.js';
import { exportDownloadPath, exportFileName, exportRecords } from './export.service.js';
import type { ExportBatchInfo } from './export.table.js';
import {
  ExportBatch,
  ExportBatchConnection,
  ExportFormat,
  ExportManifestEntry,
  ExportManifestEntryConnection,
} from './export.type.js';

function batchNode(row: ExportBatchInfo): ExportBatch {
  return {
    id: row.id,
    kind: row.kind as RecordKind,
    from: row.periodFrom,
    to: row.periodTo,
    format: row.format as ExportFormat,
    layout: row.layout,
    rowCount: row.rowCount,
    byteSize: row.byteSize,
    sha256: row.sha256,
    fileName: exportFileName({ id: row.id, format: row.format as ExportFormat }),
    downloadUrl: exportDownloadPath(row.id),
    createdAt: row.createdAt,
  };
}

@Resolver(() => ExportBatch)
export class ExportResolver {
  @Mutation(() => ExportBatch, {
    description:
      'Issues the batch of records due for upload to the national platform (信用中国) for a kind and an ended period (ADMIN): the published, public records of the kind, neither revoked, withdrawn nor repaired, published on a day of [from, to] (China Standard Time), in the national V2 layout. Idempotent per (kind, from, to): asked again, it returns the batch issued before, with the same id, file and sha256 (another format is CONFLICT).',
  })
  async exportRecords(
    @Arg('kind', () => RecordKind, { description: 'LICENSING or PENALTY.' }) kind: RecordKind,
    @Arg('from', () => DateScalar, { description: 'First publication day of the period.' })
    from: string,
    @Arg('to', () => DateScalar, {
      description: 'Last publication day of the period; before today.',
    })
    to: string,
    @Arg('format', () => ExportFormat, {
      defaultValue: ExportFormat.XLSX,
      description: 'The file format (XLSX by default).',
    })
    format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<ExportBatch> {
    const { batch } = await exportRecords(ctx.db, ctx.viewer, ctx.clock, {
      kind,
      from,
      to,
      format,
    });
    return batchNode(batch);
  }

  @Query(() => ExportBatchConnection, {
    description: 'The export batches issued to the national platform, newest first (ADMIN).',
  })
  async exportBatches(
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ExportBatch>> {
    const size = pageSize(first);
    const position =
      after === null || after === undefined
        ? null
        : decodeCursor(after, ['instant', 'uuid'] as const);
    const rows = await pageBatches(
      ctx.db,
      size + 1,
      position === null ? null : { createdAt: position[0], id: position[1] },
    );
    return toConnection(
      rows,
      size,
      batchNode,
      row => encodeCursor([row.createdAt.toISOString(), row.id]),
      countBatches(ctx.db),
      position !== null,
    );
  }

  @FieldResolver(() => ExportManifestEntryConnection, {
    description:
      'The manifest: each row of the file with the record, version and content hash it was written from, in file order.',
  })
  async manifest(
    @Root() batch: ExportBatch,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ExportManifestEntry>> {
    const size = pageSize(first);
    const afterRow =
      after === null || after === undefined ? null : decodeCursor(after, ['number'] as const)[0];
    const rows = await pageManifest(ctx.db, batch.id, size + 1, afterRow);
    return toConnection(
      rows,
      size,
      row => ({
        row: row.rowNumber,
        recordId: recordGlobalId(batch.kind, row.recordId),
        recordVersion: row.recordVersion,
        contentHash: row.contentHash,
      }),
      row => encodeCursor([row.rowNumber]),
      batch.rowCount,
      afterRow !== null,
    );
  }
}
