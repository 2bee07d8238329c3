import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { executeRows } from '../../src/db/execute.js';
import {
  SiteRecordDocument,
  SiteSearchCursorDocument,
  SiteSearchDocument,
  SiteSubjectDocument,
} from '../../src/site/__generated__/graphql.js';
import { ARTIFACTS, browserAvailable, screenshot } from '../support/browser.js';
import { type DemoSite, openDemoSite } from '../support/demo-site.js';
import type { HttpHarness } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { type SiteFixtures, lookUpFixtures } from '../support/site-pages.js';

/** The value beside a label in one of the site's bordered description tables. */
function described(page: Page, label: string) {
  return page.locator(`xpath=//th[normalize-space(.)="${label}"]/following-sibling::td[1]`);
}

/**
 * What the site says beyond listing records, checked in the browser on the demo data against
 * what the public API gives: the searched term marked, the 失信 flag, a jump to a page, 长期,
 * the person named by category, lateness as the department's, a record's two dates, the printed
 * report's running footer, and /verify telling a real report's code from an altered one.
 */
describe.runIf(browserAvailable())('what the public site says, checked in a browser', () => {
  let database: Database;
  let server: TestServer;
  let http: HttpHarness;
  let browser: Browser;
  let page: Page;
  let fixtures: SiteFixtures;
  const site = loadConfig({}).site;

  let demo: DemoSite | undefined;

  beforeAll(async () => {
    demo = await openDemoSite(site);
    ({ database, server, http, browser } = demo);
    fixtures = await lookUpFixtures(database, server);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await demo?.close();
  });

  /** The first of the records the query finds that the public API shows anonymously. */
  async function firstPublicRecord(ids: { id: string }[]) {
    for (const { id } of ids) {
      const record = (await server.execute(SiteRecordDocument, { id })).data?.creditRecord;
      if (record) {
        return record;
      }
    }
    throw new Error('no public record among the candidates');
  }

  async function search(term: string) {
    await page.goto(`${http.url}/?q=${encodeURIComponent(term)}`);
    const results = page.getByTestId('search-results');
    await results.waitFor();
    return results;
  }

  it('marks the searched term in every result', async () => {
    const results = await search(fixtures.searchTerm);
    const names = await results.getByRole('heading', { level: 2 }).allTextContents();
    expect(names).toHaveLength(10);
    for (const heading of await results.getByRole('heading', { level: 2 }).all()) {
      const marks = await heading.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every(mark => mark === fixtures.searchTerm)).toBe(true);
    }
    await screenshot(page, 'features-01-highlight');
  });

  it('flags 失信 exactly the subjects on the black list', async () => {
    const term = fixtures.subject.name;
    const results = await search(term);
    const api = (await server.execute(SiteSearchDocument, { query: term })).data!.searchSubjects;
    expect(api.edges.some(({ node }) => node.code === fixtures.subject.code)).toBe(true);
    for (const { node } of api.edges) {
      const card = results.getByRole('listitem').filter({
        has: page.locator(`a[href="/subjects/${node.code}"]`),
      });
      expect(await card.getByTestId('dishonest-flag').count()).toBe(node.black.length > 0 ? 1 : 0);
    }
    const flagged = results
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="/subjects/${fixtures.subject.code}"]`) });
    expect(await flagged.getByTestId('dishonest-flag').textContent()).toBe('失信');

    // A subject off the black list is not flagged.
    const [clean] = await executeRows<{ name: string; code: string }>(
      database.db,
      sql`select s.name, s.code from subjects s
          where s.category = 'LEGAL_ENTITY' and not exists
            (select 1 from list_entries e where e.subject_code = s.code and e.list_type = 'BLACK')
          order by s.code limit 1`,
    );
    const cleanResults = await search(clean!.name);
    const cleanCard = cleanResults
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="/subjects/${clean!.code}"]`) });
    await cleanCard.waitFor();
    expect(await cleanCard.getByTestId('dishonest-flag').count()).toBe(0);
    await screenshot(page, 'features-02-dishonest-flag');
  });

  it('jumps to a page of the results by its number', async () => {
    const term = fixtures.searchTerm;
    const total = (await server.execute(SiteSearchDocument, { query: term })).data!.searchSubjects
      .totalCount;
    expect(total).toBeGreaterThan(20);
    const cursor = (await server.execute(SiteSearchCursorDocument, { query: term, first: 20 }))
      .data!.searchSubjects.pageInfo.endCursor;
    const third = (
      await server.execute(SiteSearchDocument, { query: term, after: cursor })
    ).data!.searchSubjects.edges.map(({ node }) => node.name);

    const results = await search(term);
    await page.getByLabel('跳至').fill('3');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('page-indicator').filter({ hasText: '第 3 /' }).waitFor();
    expect(await page.getByTestId('page-indicator').textContent()).toBe(
      `第 3 / ${Math.ceil(total / 10)} 页，共 ${total} 条`,
    );
    await expect
      .poll(() => results.getByRole('heading', { level: 2 }).allTextContents())
      .toEqual(third);
    // 上一页 from a page reached by a jump goes to the page before it.
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByTestId('page-indicator').filter({ hasText: '第 2 /' }).waitFor();
    await screenshot(page, 'features-03-page-jump');
  });

  it('says 长期 for a licence valid until 2099-12-31', async () => {
    const candidates = await executeRows<{ id: string }>(
      database.db,
      sql`select 'licensing:' || id as id from licensing_records
          where valid_to = '2099-12-31' and published_at is not null and revoked_at is null
          order by id limit 20`,
    );
    const record = await firstPublicRecord(candidates);
    await page.goto(`${http.url}/records/${record.id}`);
    await page.getByRole('heading', { level: 1, name: '行政许可信息' }).waitFor();
    expect(await described(page, '有效期至').textContent()).toBe('长期');
    expect(await described(page, '公示截止日期').textContent()).toBe('长期（许可有效期内公示）');
    expect(await page.locator('main').textContent()).not.toContain('2099-12-31');
    await screenshot(page, 'features-04-open-ended-licence');
  });

  it('names the person by the counterpart category: 法定代表人, 经营者', async () => {
    const shops = await executeRows<{ code: string }>(
      database.db,
      sql`select code from subjects where category = 'INDIVIDUAL_BUSINESS'
          and legal_representative is not null order by code limit 20`,
    );
    let shop: { code: string; name: string; legalRepresentative: string } | null = null;
    for (const { code } of shops) {
      const subject = (await server.execute(SiteSubjectDocument, { code })).data?.subject;
      if (subject?.legalRepresentative) {
        shop = {
          code: subject.code,
          name: subject.name,
          legalRepresentative: subject.legalRepresentative,
        };
        break;
      }
    }
    expect(shop).not.toBeNull();
    await page.goto(`${http.url}/subjects/${shop!.code}`);
    await page.getByTestId('subject-name').waitFor();
    expect(await described(page, '经营者').textContent()).toBe(shop!.legalRepresentative);
    expect(await described(page, '法定代表人').count()).toBe(0);
    expect(await described(page, '主体类别').textContent()).toBe('个体工商户');
    await screenshot(page, 'features-05-operator');

    const results = await search(shop!.name);
    const card = results
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="/subjects/${shop!.code}"]`) });
    expect(await card.textContent()).toContain(`经营者：${shop!.legalRepresentative}`);

    const entity = (await server.execute(SiteSubjectDocument, { code: fixtures.subject.code }))
      .data!.subject!;
    expect(entity.category).toBe('LEGAL_ENTITY');
    await page.goto(`${http.url}/subjects/${entity.code}`);
    await page.getByTestId('subject-name').waitFor();
    expect(await described(page, '法定代表人').textContent()).toBe(
      entity.legalRepresentative ?? '—',
    );
    expect(await described(page, '经营者').count()).toBe(0);
  });

  it('says a late record is late by its department, with its publicity end and disclosure deadline', async () => {
    const candidates = await executeRows<{ id: string }>(
      database.db,
      sql`select 'penalty:' || id as id from penalty_records
          where published_on > disclosure_deadline and disclosure_required
            and published_at is not null and revoked_at is null and repaired_at is null
            and usage_scope = 'PUBLIC'
          order by id limit 20`,
    );
    const record = await firstPublicRecord(candidates);
    if (record.__typename !== 'PenaltyRecord') {
      throw new Error('expected a penalty');
    }
    expect(record.disclosure.status).toBe('LATE');
    const late = `${record.sourceUnit} 迟报 ${record.disclosure.workingDaysLate} 个工作日`;

    await page.goto(`${http.url}/records/${record.id}`);
    await page.getByRole('heading', { level: 1, name: '行政处罚信息' }).waitFor();
    expect(await page.getByTestId('disclosure-badge').textContent()).toMatch(
      new RegExp(`^${late}（公示时限 ${record.disclosure.deadline}`),
    );
    expect(await described(page, '报送情况').textContent()).toBe(
      `${late}（数据来源单位报送逾期，与行政相对人无关）`,
    );
    // Never the subject's: the wording names the department that reported late.
    expect(await page.locator('main').textContent()).not.toMatch(/逾期公示（迟/);

    expect(await described(page, '处罚决定日期').textContent()).toBe(record.decisionDate);
    const end = record.publicity.maximumEndDate;
    expect(await described(page, '公示截止日期').textContent()).toBe(
      end === null || end === undefined || end >= '2099-12-31' ? '长期' : end,
    );
    expect(await described(page, '公示时限').textContent()).toMatch(
      new RegExp(`^${record.disclosure.deadline} 前.*数据来源单位应在此日前报送并公示$`),
    );
    expect(await described(page, '公示时间').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/);
    await screenshot(page, 'features-06-late-record');
  });

  /** Opens the credit report of the fixture subject: its verification code and time of issue. */
  async function openReport() {
    await page.goto(`${http.url}/subjects/${fixtures.subject.code}/report`);
    const code = page.getByTestId('verification-code');
    await code.waitFor();
    const issued = page
      .getByTestId('report-meta')
      .locator('div')
      .filter({ has: page.locator('dt', { hasText: '生成时间' }) })
      .locator('dd');
    return { code: (await code.textContent())!, issued: (await issued.textContent())! };
  }

  it('prints the report with page numbers, issuer, time of generation and verification code', async () => {
    const { code, issued } = await openReport();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(issued).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByTestId('site-footer').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: '打印 / 另存为 PDF' }).isVisible()).toBe(false);
      const meta = await page.getByTestId('report-meta').textContent();
      expect(meta).toContain(site.operator);
      expect(meta).toContain(issued);
      expect(meta).toContain(code);

      // Every printed page's margin boxes: the running footer and 第 n 页 / 共 m 页, in an A4
      // page rule the browser has read (its margin boxes are not in the CSS object model).
      const pageRule = page.getByTestId('print-page');
      expect(await pageRule.textContent()).toContain(
        `@bottom-left { content: "出具单位：${site.operator}　生成时间：${issued}　核验码：${code}";`,
      );
      expect(await pageRule.textContent()).toContain(
        '@bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";',
      );
      const pageSizes = await page.evaluate(`[...document.styleSheets].flatMap(sheet =>
        [...sheet.cssRules]
          .filter(rule => rule.type === CSSRule.PAGE_RULE)
          .map(rule => rule.style.getPropertyValue('size').toLowerCase()))`);
      expect(pageSizes).toContain('a4');
      await screenshot(page, 'features-07-report-print');

      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      await writeFile(join(ARTIFACTS, 'features-07-report.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('verifies a report by its code and refuses an altered code', async () => {
    const { code } = await openReport();
    await page.goto(`${http.url}/verify`);
    const box = page.getByRole('searchbox', { name: '核验码' });
    await box.fill(code.toLowerCase());
    await page.getByRole('button', { name: '核验', exact: true }).click();
    const result = page.getByTestId('verify-result');
    await result.getByText('核验通过').waitFor();
    expect(await described(page, '主体名称').textContent()).toBe(fixtures.subject.name);
    expect(await described(page, '统一社会信用代码').textContent()).toBe(fixtures.subject.code);
    expect(page.url()).toContain(`/verify?code=${code}`);
    await screenshot(page, 'features-08-verify-valid');

    // One character changed: a code the platform never issued.
    const last = code.at(-1)!;
    const altered = `${code.slice(0, -1)}${last === '0' ? '1' : '0'}`;
    await box.fill(altered);
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await result.getByText('核验未通过').waitFor();
    expect(await result.getByText('核验通过').count()).toBe(0);
    expect(await result.textContent()).toContain(altered);
    await screenshot(page, 'features-09-verify-altered');

    // Not a code at all: said before asking the server.
    await box.fill('ABC');
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await page.getByText('核验码应为16位字母和数字').waitFor();
  });
});
