import { describe, expect, it } from 'vitest';

import { createLogger } from '../../../src/shared/logger.js';
import { maskDeep, maskText, sensitiveIn } from '../../../src/shared/redaction.js';

const KEY = 'cpk_Q2hlY2tUaGlzS2V5SXNMb25nRW5vdWdoVG9CZVJlYWwx';
const ID_NUMBER = '11010119900307123X';

function capture(level: 'debug' | 'info' | 'warn' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger(level, { destination: { write: line => lines.push(line) } });
  return { logger, lines, parsed: () => lines.map(line => JSON.parse(line)) };
}

describe('maskText', () => {
  it.each([
    [`key ${KEY} sent`, 'key cpk_[REDACTED] sent'],
    ['Authorization: Bearer some-bootstrap-secret-of-24-chars', 'Authorization: Bearer [REDACTED]'],
    [`身份证号${ID_NUMBER}。`, '身份证号110101************。'],
    ['id 110101199003071234', 'id 110101************'],
    ['电话13900001111', '电话139********'],
    ['tel +86 139-0000-1111 now', 'tel 139******** now'],
    ['landline 010-12345678', 'landline 010-********'],
    ['mail wang.wei@example.com', 'mail ***@example.com'],
  ])('masks %s', (text, masked) => {
    expect(maskText(text)).toBe(masked);
    expect(sensitiveIn(masked)).toEqual([]);
  });

  it('leaves credit codes, dates, durations, ids and timestamps alone', () => {
    for (const text of [
      '91110108MA01C3D473',
      '2026-12-03T11:48:54.688Z',
      'ms 1764763262000',
      'request 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      'cpk_wrong',
      'plan_0a1b2c3d4e5f6071',
    ]) {
      expect(maskText(text)).toBe(text);
    }
  });
});

describe('sensitiveIn', () => {
  it('finds what maskText masks', () => {
    expect(sensitiveIn(`a ${KEY} b ${ID_NUMBER} c 13900001111 d x@y.cn`)).toEqual([
      KEY,
      ID_NUMBER,
      '13900001111',
      'x@y.cn',
    ]);
  });
});

describe('maskDeep', () => {
  it('masks strings at every level, and errors by their message and stack', () => {
    const masked = maskDeep({
      a: [{ b: `phone 13900001111` }],
      error: new Error(`no subject for ${ID_NUMBER}`),
      n: 3,
      ok: true,
    }) as Record<string, any>;
    expect(masked['a'][0].b).toBe('phone 139********');
    expect(masked['error'].message).toBe('no subject for 110101************');
    expect(masked['error'].stack).not.toContain(ID_NUMBER);
    expect(masked['n']).toBe(3);
    expect(masked['ok']).toBe(true);
  });
});

describe('the logger', () => {
  it('writes one JSON line of time, level, message and fields', () => {
    const { logger, parsed } = capture();
    logger.info('serving', { port: 4000 });
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'info', message: 'serving', port: 4000 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('honours its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('no');
    logger.info('no');
    logger.warn('yes');
    logger.error('yes');
    expect(lines).toHaveLength(2);
  });

  it('replaces the known sensitive fields, at the top and one level down', () => {
    const { logger, parsed } = capture();
    logger.info('request', {
      headers: { authorization: `Bearer ${KEY}`, 'user-agent': 'curl' },
      contact: '13900001111',
      key: KEY,
      input: { idNumber: ID_NUMBER, filerName: '王伟' },
    });
    const [line] = parsed();
    expect(line.headers).toEqual({ authorization: '[REDACTED]', 'user-agent': 'curl' });
    expect(line.contact).toBe('[REDACTED]');
    expect(line.key).toBe('[REDACTED]');
    expect(line.input).toEqual({ idNumber: '[REDACTED]', filerName: '王伟' });
  });

  it('masks the patterns in messages, other fields, errors and child bindings', () => {
    const { logger, lines } = capture();
    logger
      .child({ requestId: 'r-1', caller: 'x@example.com' })
      .error(`failed for ${ID_NUMBER} with ${KEY}`, {
        note: 'call 13900001111',
        err: new Error(`duplicate 13900001111`),
        nested: { deeper: { text: `id ${ID_NUMBER}` } },
      });
    const text = lines.join('');
    expect(sensitiveIn(text)).toEqual([]);
    const [line] = lines.map(l => JSON.parse(l));
    expect(line.message).toBe('failed for 110101************ with cpk_[REDACTED]');
    expect(line.requestId).toBe('r-1');
    expect(line.caller).toBe('***@example.com');
    expect(line.note).toBe('call 139********');
    expect(line.err.message).toBe('duplicate 139********');
    expect(line.nested.deeper.text).toBe('id 110101************');
  });
});
