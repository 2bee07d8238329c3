import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { RecordKind } from '../records/index.js';
import { ConnectionType } from '../../shared/pagination.js';
import { DateScalar, DateTimeScalar } from '../../shared/scalars.js';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'The file format of an export batch.',
  valuesConfig: {
    XLSX: { description: 'An Excel workbook (.xlsx) of one sheet, every cell text.' },
    CSV: { description: 'A CSV file, UTF-8 with a byte-order mark so that Excel opens it.' },
  },
});

@ObjectType({
  description:
    'A batch of records due for upload to the national platform (信用中国), in the national V2 layout: issued once per kind and period and never changed afterwards, with its manifest.',
})
export class ExportBatch {
  @Field(() => ID, {
    description: 'Identifier of the batch, as the manifest and the file name give it.',
  })
  id!: string;

  @Field(() => RecordKind, { description: 'The kind of the records in the batch.' })
  kind!: RecordKind;

  @Field(() => DateScalar, {
    description: 'First day of the period (China Standard Time): records published from this day.',
  })
  from!: string;

  @Field(() => DateScalar, {
    description: 'Last day of the period (China Standard Time): records published up to this day.',
  })
  to!: string;

  @Field(() => ExportFormat, { description: 'The format the file is written in.' })
  format!: ExportFormat;

  @Field(() => String, { description: 'The national layout of the file (V2).' })
  layout!: string;

  @Field(() => Int, { description: 'How many records the file holds (its rows, header aside).' })
  rowCount!: number;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteSize!: number;

  @Field(() => String, { description: 'sha256 of the file, in hexadecimal.' })
  sha256!: string;

  @Field(() => String, { description: 'The name the file is downloaded under.' })
  fileName!: string;

  @Field(() => String, {
    description:
      'Where the file is downloaded (GET, with the same ADMIN key), relative to the API.',
  })
  downloadUrl!: string;

  @Field(() => DateTimeScalar, { description: 'When the batch was issued.' })
  createdAt!: Date;
}

@ObjectType({
  description:
    'One row of an export batch: the record it was written from, in the version and with the content hash it had then.',
})
export class ExportManifestEntry {
  @Field(() => Int, {
    description: 'The row of the file, 1 for the first record after the header.',
  })
  row!: number;

  @Field(() => ID, { description: 'The record (`licensing:…` or `penalty:…`).' })
  recordId!: string;

  @Field(() => Int, { description: 'The version of the record that was written.' })
  recordVersion!: number;

  @Field(() => String, {
    description:
      'sha256 of the record’s normalised fields in that version; a record whose hash differs now has been corrected since.',
  })
  contentHash!: string;
}

export const ExportBatchConnection = ConnectionType(
  ExportBatch,
  'ExportBatch',
  'A page of export batches, newest first.',
);

export const ExportManifestEntryConnection = ConnectionType(
  ExportManifestEntry,
  'ExportManifestEntry',
  'A page of the rows of an export batch, in file order.',
);
