import { beforeEach, describe, expect, it } from 'vitest';

import { ObjectionStatusLimiter } from '../../../src/modules/objections/index.js';
import { chinaDateOf, fixedClock } from '../../../src/shared/dates.js';
import {
  AcceptObjectionDocument,
  DecideObjectionDocument,
  FileObjectionTrackedDocument,
  ObjectionStatusDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer, errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** 受理编号: YY, the filing day, ten characters of Crockford base 32. */
const TRACKING = /^YY-(\d{8})-[0-9A-HJKMNP-TV-Z]{10}$/;
const MOBILE = '13900001111';

let server: TestServer;
let penaltyId: string;

beforeEach(async () => {
  // Each test counts its own look-ups.
  server = await createTestServer(env.database, env.server.clock, {
    objectionStatusLimiter: new ObjectionStatusLimiter({ perIpPerDay: 30, perContactPerDay: 10 }),
  });
  const submitted = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput()] },
    { as: viewers.provider },
  );
  penaltyId = submitted.data!.submitPenaltyRecords.records[0]!.id;
});

async function file(contact = MOBILE) {
  const filed = await server.execute(FileObjectionTrackedDocument, {
    input: {
      targetId: penaltyId,
      filerName: '王伟',
      filerContact: contact,
      grounds: '处罚决定已被行政复议撤销',
    },
  });
  expect(filed.errors).toBeUndefined();
  return filed.data!.fileObjection;
}

const status = (trackingNumber: string, contact: string, ip?: string) =>
  server.execute(
    ObjectionStatusDocument,
    { trackingNumber, contact },
    ip === undefined ? {} : { ip },
  );

describe('a tracking number (受理编号) on filing', () => {
  it('is the filing day and ten random characters, different for every objection', async () => {
    const first = await file();
    const second = await file('wang.wei@example.com');
    for (const objection of [first, second]) {
      const day = TRACKING.exec(objection.trackingNumber)?.[1];
      expect(day, objection.trackingNumber).toBe(
        chinaDateOf(new Date(objection.filedAt)).replaceAll('-', ''),
      );
    }
    expect(first.trackingNumber).not.toBe(second.trackingNumber);
    expect(first.trackingNumber.slice(12)).not.toBe(second.trackingNumber.slice(12));
  });

  it('is stored under a unique index', async () => {
    const { trackingNumber } = await file();
    const [row] = await env.database.query<{ tracking_number: string }>(
      'select tracking_number from objections',
    );
    expect(row!.tracking_number).toBe(trackingNumber);
    const copy = env.database.query(
      `insert into objections (tracking_number, target_kind, target_id, target_version, subject_key,
         source_unit_code, filer_name, filer_contact, grounds, filed_at, accept_due, status)
       select tracking_number, target_kind, target_id, target_version, subject_key, source_unit_code,
         filer_name, filer_contact, grounds, filed_at, accept_due, status from objections`,
    );
    await expect(copy).rejects.toThrow(/objections_tracking_number_idx/);
  });
});

describe('objectionStatus(trackingNumber, contact)', () => {
  it('finds the objection when both match, however the number and the contact are written', async () => {
    const filed = await file();
    const typed = ` ${filed.trackingNumber.toLowerCase().replace(/-/g, ' - ')} `;
    const found = await status(typed, '+86 139-0000-1111');
    expect(found.errors).toBeUndefined();
    expect(found.data!.objectionStatus).toMatchObject({
      id: filed.id,
      trackingNumber: filed.trackingNumber,
      targetId: penaltyId,
      status: 'FILED',
      outcome: null,
      decisionNote: null,
    });
    expect(found.data!.objectionStatus!.acceptDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is null for the wrong contact', async () => {
    const filed = await file();
    const result = await status(filed.trackingNumber, '13900002222');
    expect(result.errors).toBeUndefined();
    expect(result.data!.objectionStatus).toBeNull();
  });

  it('is null for the wrong number, another objection’s included', async () => {
    const mine = await file();
    const theirs = await file('li.na@example.com');
    const last = mine.trackingNumber.at(-1) === '2' ? '3' : '2';
    for (const number of [mine.trackingNumber.slice(0, -1) + last, theirs.trackingNumber]) {
      const result = await status(number, MOBILE);
      expect(result.errors, number).toBeUndefined();
      expect(result.data!.objectionStatus, number).toBeNull();
    }
    // …and the filer of the other one finds only their own.
    const other = await status(theirs.trackingNumber, 'LI.NA@example.com');
    expect(other.data!.objectionStatus!.id).toBe(theirs.id);
  });

  it('shows the acceptance, then the decision with its reason', async () => {
    const filed = await file();
    await env.server.execute(
      AcceptObjectionDocument,
      { id: filed.id, accept: true },
      { as: viewers.admin },
    );
    const accepted = (await status(filed.trackingNumber, MOBILE)).data!.objectionStatus!;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptanceNote: '材料齐全，予以受理' });
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.answerDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const decided = await env.server.execute(
      DecideObjectionDocument,
      { id: filed.id, outcome: 'UPHELD' },
      { as: viewers.provider },
    );
    expect(decided.errors).toBeUndefined();
    const answer = (await status(filed.trackingNumber, MOBILE)).data!.objectionStatus!;
    expect(answer).toMatchObject({ status: 'DECIDED', outcome: 'UPHELD', decisionNote: '经核查' });
    expect(answer.decidedAt).not.toBeNull();
  });

  it('needs both arguments', async () => {
    const result = await status('  ', MOBILE);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!['field']).toBe('trackingNumber');
  });
});

describe('objectionStatus: daily limits, like filing', () => {
  it('lets one contact look up a limited number of times a day, found or not', async () => {
    const limiter = new ObjectionStatusLimiter({ perIpPerDay: 100, perContactPerDay: 3 });
    const day = await createTestServer(env.database, fixedClock('2026-11-20T15:59:59Z'), {
      objectionStatusLimiter: limiter,
    });
    const nextDay = await createTestServer(env.database, fixedClock('2026-11-20T16:00:00Z'), {
      objectionStatusLimiter: limiter,
    });
    const lookUp = (s: TestServer, contact: string) =>
      s.execute(ObjectionStatusDocument, { trackingNumber: 'YY-20261120-0000000000', contact });
    for (const contact of ['13900001111', '+86 13900001111', '139 0000 1111']) {
      expect((await lookUp(day, contact)).errors, contact).toBeUndefined();
    }
    const refused = await lookUp(day, '13900001111');
    expect(errorCodes(refused)).toEqual(['OBJECTION_LIMIT_REACHED']);
    expect(refused.errors![0]!.extensions).toMatchObject({
      field: 'contact',
      limit: 'PER_CONTACT',
      max: 3,
      resetsOn: '2026-11-21',
    });
    expect((await lookUp(day, '13900002222')).errors).toBeUndefined();
    expect((await lookUp(nextDay, '13900001111')).errors).toBeUndefined();
  });

  it('lets one client address look up a limited number of times a day, whatever the contacts', async () => {
    const limited = await createTestServer(env.database, env.server.clock, {
      objectionStatusLimiter: new ObjectionStatusLimiter({ perIpPerDay: 2, perContactPerDay: 10 }),
    });
    const lookUp = (contact: string, ip: string) =>
      limited.execute(
        ObjectionStatusDocument,
        { trackingNumber: 'YY-20261120-0000000000', contact },
        { ip },
      );
    expect((await lookUp('13900000001', '198.51.100.7')).errors).toBeUndefined();
    expect((await lookUp('13900000002', '198.51.100.7')).errors).toBeUndefined();
    const refused = await lookUp('13900000003', '198.51.100.7');
    expect(errorCodes(refused)).toEqual(['OBJECTION_LIMIT_REACHED']);
    expect(refused.errors![0]!.extensions).toMatchObject({ limit: 'PER_IP', max: 2 });
    expect((await lookUp('13900000003', '198.51.100.8')).errors).toBeUndefined();
  });
});
