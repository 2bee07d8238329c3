import { beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../../src/shared/dates.js';
import {
  AcceptObjectionDocument,
  DecideObjectionDocument,
  FileObjectionContactDocument,
  PublicPenaltyObjectionsDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer, errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration({ pinnedAt: '2026-11-20T02:00:00Z' });

let penaltyId: string;

beforeEach(async () => {
  await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput()] },
    { as: viewers.provider },
  );
  const submitted = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput()] },
    { as: viewers.provider },
  );
  penaltyId = submitted.data!.submitPenaltyRecords.records[0]!.id;
});

const objection = (filerContact: string, grounds = '处罚决定已被行政复议撤销') => ({
  targetId: penaltyId,
  filerName: '王伟',
  filerContact,
  grounds,
});

/** A mobile number of its own for each n, so that only the limit under test is met. */
const mobile = (n: number) => `1390000${String(n).padStart(4, '0')}`;

async function file(
  server: TestServer,
  contact: string,
  options: { ip?: string; grounds?: string } = {},
) {
  return server.execute(
    FileObjectionContactDocument,
    { input: objection(contact, options.grounds) },
    options.ip === undefined ? {} : { ip: options.ip },
  );
}

async function stored(): Promise<number> {
  const [row] = await env.database.query<{ n: number }>(
    'select count(*)::int as n from objections',
  );
  return row!.n;
}

describe('filing an objection: contact and grounds', () => {
  it('accepts a mainland mobile number or an e-mail address, stored normalised', async () => {
    const cases: [string, string][] = [
      ['13800138000', '13800138000'],
      ['+86 138-0013-8001', '13800138001'],
      ['8619912345678', '19912345678'],
      ['  Wang.Wei+objection@Example.COM ', 'wang.wei+objection@example.com'],
      ['zhang@mail.gov.cn', 'zhang@mail.gov.cn'],
    ];
    for (const [given, kept] of cases) {
      const result = await file(env.server, given);
      expect(result.errors, given).toBeUndefined();
      expect(result.data!.fileObjection).toMatchObject({ status: 'FILED', filerContact: kept });
    }
  });

  it('refuses any other contact with BAD_USER_INPUT on filerContact, storing nothing', async () => {
    for (const contact of [
      'call me',
      '12345678901',
      '1380013800',
      '138001380000',
      '010-12345678',
      '12800138000',
      'wang@',
      'wang@localhost',
      '@example.com',
      'wang wei@example.com',
      'wang@example..com',
      '<script>@x.cn',
    ]) {
      const result = await file(env.server, contact);
      expect(result.errors?.[0]?.extensions, contact).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filerContact',
        reason: 'INVALID_CONTACT',
      });
    }
    expect(await stored()).toBe(0);
  });

  it('needs grounds of at least 10 characters', async () => {
    for (const grounds of ['不对', '我有异议请核实', 'wrong data']) {
      const result = await file(env.server, mobile(1), { grounds });
      if ([...grounds.trim()].length >= 10) {
        expect(result.errors, grounds).toBeUndefined();
      } else {
        expect(result.errors?.[0]?.extensions, grounds).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'grounds',
          reason: 'TOO_SHORT',
          min: 10,
        });
      }
    }
    expect(await stored()).toBe(1);
  });
});

describe('filing an objection: daily limits', () => {
  it('lets one contact file 3 objections a day, however the number is written', async () => {
    for (const written of ['13800138000', '+86 13800138000', '138-0013-8000']) {
      expect((await file(env.server, written)).errors).toBeUndefined();
    }
    const fourth = await file(env.server, '138 0013 8000');
    expect(fourth.errors?.[0]?.extensions).toMatchObject({
      code: 'OBJECTION_LIMIT_REACHED',
      field: 'filerContact',
      limit: 'PER_CONTACT',
      max: 3,
      resetsOn: '2026-11-21',
    });
    expect(await stored()).toBe(3);
    // The day is China Standard Time on the injected clock: from 00:00 on 2026-11-21 (UTC+8).
    const lateSameDay = await createTestServer(env.database, fixedClock('2026-11-20T15:59:59Z'));
    const nextDay = await createTestServer(env.database, fixedClock('2026-11-20T16:00:00Z'));
    try {
      expect(errorCodes(await file(lateSameDay, '13800138000'))).toEqual([
        'OBJECTION_LIMIT_REACHED',
      ]);
      expect((await file(nextDay, '13800138000')).errors).toBeUndefined();
    } finally {
      await lateSameDay.apollo.stop();
      await nextDay.apollo.stop();
    }
  });

  it('lets one client address file 5 objections a day, whatever the contacts', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await file(env.server, mobile(i), { ip: '203.0.113.7' })).errors).toBeUndefined();
    }
    const sixth = await file(env.server, 'someone@example.com', { ip: '203.0.113.7' });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({
      code: 'OBJECTION_LIMIT_REACHED',
      field: 'input',
      limit: 'PER_IP',
      max: 5,
    });
    expect(
      (await file(env.server, 'someone@example.com', { ip: '198.51.100.2' })).errors,
    ).toBeUndefined();
    expect(await stored()).toBe(6);
  });

  it('takes its limits from the configuration', async () => {
    const strict = await createTestServer(env.database, env.server.clock, {
      objectionLimits: { perIpPerDay: 2, perContactPerDay: 1 },
    });
    try {
      expect((await file(strict, mobile(1), { ip: '203.0.113.9' })).errors).toBeUndefined();
      expect(
        (await file(strict, mobile(1), { ip: '203.0.113.10' })).errors?.[0]?.extensions,
      ).toMatchObject({ code: 'OBJECTION_LIMIT_REACHED', limit: 'PER_CONTACT', max: 1 });
      expect((await file(strict, mobile(2), { ip: '203.0.113.9' })).errors).toBeUndefined();
      expect(
        (await file(strict, mobile(3), { ip: '203.0.113.9' })).errors?.[0]?.extensions,
      ).toMatchObject({ code: 'OBJECTION_LIMIT_REACHED', limit: 'PER_IP', max: 2 });
    } finally {
      await strict.apollo.stop();
    }
  });

  it('holds the limits when filings arrive at once', async () => {
    const sameContact = await Promise.all(
      Array.from({ length: 6 }, () => file(env.server, '13700137000')),
    );
    expect(sameContact.filter(r => r.errors === undefined)).toHaveLength(3);
    expect(sameContact.flatMap(errorCodes)).toEqual(Array(3).fill('OBJECTION_LIMIT_REACHED'));
    const sameAddress = await Promise.all(
      Array.from({ length: 8 }, (_, i) => file(env.server, mobile(100 + i), { ip: '192.0.2.1' })),
    );
    expect(sameAddress.filter(r => r.errors === undefined)).toHaveLength(5);
    expect(await stored()).toBe(8);
  });
});

describe('异议处理中 only once the credit office accepts', () => {
  async function shown(server: TestServer = env.server): Promise<boolean> {
    const result = await server.execute(PublicPenaltyObjectionsDocument, { code: SUBJECT_CODE });
    expect(result.errors).toBeUndefined();
    return result.data!.subject!.penaltyRecords.edges[0]!.node.underObjection;
  }

  it('50 anonymous filings from one address: 5 are stored and none marks the record', async () => {
    const results = [];
    for (let i = 0; i < 50; i += 1) {
      results.push(await file(env.server, mobile(i), { ip: '203.0.113.50' }));
    }
    expect(results.filter(r => r.errors === undefined)).toHaveLength(5);
    expect(await stored()).toBe(5);
    expect(await shown()).toBe(false);
  });

  it('marks the record from acceptance until the answer, through the planner and the resolvers alike', async () => {
    const resolversOnly = await createTestServer(env.database, env.server.clock, {
      planner: null,
    });
    try {
      const filed = await file(env.server, mobile(1));
      const id = filed.data!.fileObjection.id;
      expect(await shown()).toBe(false);
      expect(await shown(resolversOnly)).toBe(false);

      const rejectedFirst = await file(env.server, mobile(2));
      await env.server.execute(
        AcceptObjectionDocument,
        { id: rejectedFirst.data!.fileObjection.id, accept: false },
        { as: viewers.admin },
      );
      expect(await shown()).toBe(false);
      expect(await shown(resolversOnly)).toBe(false);

      await env.server.execute(
        AcceptObjectionDocument,
        { id, accept: true },
        { as: viewers.admin },
      );
      expect(await shown()).toBe(true);
      expect(await shown(resolversOnly)).toBe(true);

      await env.server.execute(
        DecideObjectionDocument,
        { id, outcome: 'UPHELD' },
        { as: viewers.provider },
      );
      expect(await shown()).toBe(false);
      expect(await shown(resolversOnly)).toBe(false);
    } finally {
      await resolversOnly.apollo.stop();
    }
  });
});
