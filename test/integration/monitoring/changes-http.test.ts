import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Role } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import {
  MonitorSubjectsDocument,
  MonitoredSubjectsDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import {
  SUBJECT_CODE,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();
const ID_NUMBER = '11010519491231002X';
let http: HttpHarness;
const keys = {} as Record<'institution' | 'provider', string>;

beforeAll(async () => {
  http = await startHttp(env.database, env.server, { changesPollMs: 50 });
});
afterAll(async () => {
  await http.close();
});
beforeEach(async () => {
  const key = async (role: Role, organizationName: string, organizationCode: string) =>
    (
      await createApiKey(env.database.db, viewers.admin, testClock, {
        role,
        organizationName,
        organizationCode,
      })
    ).secret;
  keys.institution = await key(
    Role.INSTITUTION,
    viewers.institution.organizationName,
    viewers.institution.organizationCode,
  );
  keys.provider = await key(
    Role.PROVIDER,
    viewers.provider.organizationName,
    viewers.provider.organizationCode,
  );
  const monitored = await env.server.execute(
    MonitorSubjectsDocument,
    { codes: [SUBJECT_CODE], purpose: '贷后管理' },
    { as: viewers.institution },
  );
  expect(monitored.data!.monitorSubjects.added).toBe(1);
});

async function submitPenalty(): Promise<string> {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    {
      records: [
        buildPenaltyInput({
          legalRepresentativeIdType: '身份证',
          legalRepresentativeIdNumber: ID_NUMBER,
        }),
      ],
    },
    { as: viewers.provider },
  );
  return result.data!.submitPenaltyRecords.records[0]!.id;
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

/** The lines of a whole (non-following) stream, once it holds `count` of them. */
async function lines(query = '', count = 0): Promise<Record<string, any>[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${http.url}/changes${query}`, {
      headers: auth(keys.institution),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const text = await response.text();
    const parsed =
      text === ''
        ? []
        : text
            .trimEnd()
            .split('\n')
            .map(line => JSON.parse(line));
    if (parsed.length >= count || Date.now() > deadline) {
      return parsed;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('GET /changes (NDJSON)', () => {
  it('streams the backlog one change a line with its cursor, the subject masked as a query shows it, and resumes after a cursor', async () => {
    const first = await submitPenalty();
    const second = await submitPenalty();
    const all = await lines('', 2);
    expect(all.map(line => [line['kind'], line['recordId']])).toEqual([
      ['RECORD_PUBLISHED', first],
      ['RECORD_PUBLISHED', second],
    ]);
    expect(all[0]!['subject']).toMatchObject({
      code: SUBJECT_CODE,
      legalRepresentativeIdNumber: '110105********002X',
    });
    expect(typeof all[0]!['cursor']).toBe('string');
    const rest = await lines(`?after=${encodeURIComponent(all[0]!['cursor'])}`);
    expect(rest.map(line => line['recordId'])).toEqual([second]);
    expect(await lines(`?after=${encodeURIComponent(all[1]!['cursor'])}`)).toEqual([]);
  });

  it('with follow=1 stays open and sends a change committed after it started', async () => {
    const controller = new AbortController();
    const response = await fetch(`${http.url}/changes?follow=1`, {
      headers: auth(keys.institution),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const id = await submitPenalty();
    let text = '';
    while (!text.includes('\n')) {
      const { value, done } = await reader.read();
      expect(done).toBe(false);
      text += Buffer.from(value!).toString('utf8');
    }
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({
      kind: 'RECORD_PUBLISHED',
      recordId: id,
    });
    controller.abort();
  });

  it('refuses no key (401), a key of another role (403) and a malformed cursor (400)', async () => {
    const none = await fetch(`${http.url}/changes`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const provider = await fetch(`${http.url}/changes`, { headers: auth(keys.provider) });
    expect(provider.status).toBe(403);
    expect(((await provider.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const malformed = await fetch(`${http.url}/changes?after=xyz`, {
      headers: auth(keys.institution),
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      reason: 'MALFORMED_CURSOR',
    });
  });
});

describe('POST /monitoring/codes (a list as a file)', () => {
  it('adds the codes of a CSV file, names a bad line, and removes them again', async () => {
    const codes = [enterpriseCode(), enterpriseCode(), enterpriseCode()];
    const file = [
      '统一社会信用代码,名称',
      `${codes[0]},甲公司`,
      '91110108MA01C3D470,乙公司',
      '',
      `${codes[1]}`,
      `"${codes[2]}",丙公司`,
      `${codes[0]},甲公司`,
    ].join('\r\n');
    const added = await fetch(
      `${http.url}/monitoring/codes?purpose=${encodeURIComponent('贷后管理')}`,
      {
        method: 'POST',
        headers: { ...auth(keys.institution), 'content-type': 'text/csv' },
        body: file,
      },
    );
    expect(added.status).toBe(200);
    const body = (await added.json()) as any;
    expect(body).toMatchObject({ added: 3, removed: 0, unchanged: 0 });
    expect(body.rejected.map((r: any) => [r.line, r.code])).toEqual([[3, 'INVALID_CREDIT_CODE']]);
    const list = await env.server.execute(
      MonitoredSubjectsDocument,
      {},
      { as: viewers.institution },
    );
    expect(list.data!.monitoredSubjects.totalCount).toBe(4);

    const removed = await fetch(`${http.url}/monitoring/codes?action=remove`, {
      method: 'POST',
      headers: { ...auth(keys.institution), 'content-type': 'text/plain' },
      body: codes.join('\n'),
    });
    expect(await removed.json()).toMatchObject({
      added: 0,
      removed: 3,
      unchanged: 0,
      rejected: [],
    });
    const noPurpose = await fetch(`${http.url}/monitoring/codes`, {
      method: 'POST',
      headers: { ...auth(keys.institution), 'content-type': 'text/plain' },
      body: codes[0],
    });
    expect(noPurpose.status).toBe(400);
    expect(((await noPurpose.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
    const provider = await fetch(`${http.url}/monitoring/codes?purpose=x`, {
      method: 'POST',
      headers: { ...auth(keys.provider), 'content-type': 'text/plain' },
      body: codes[0],
    });
    expect(provider.status).toBe(403);
  });
});
