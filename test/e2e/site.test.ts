import { sql } from 'drizzle-orm';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { seedDemo } from '../../seeds/demo.seed.js';
import { loadConfig } from '../../src/config.js';
import { executeRows } from '../../src/db/execute.js';
import type { Database } from '../../src/db/client.js';
import { SubjectProfileDocument } from '../__generated__/graphql.js';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.js';
import { openTestDatabase, truncateDomainTables } from '../support/db.js';
import { type HttpHarness, startHttp } from '../support/http.js';
import { type TestServer, createTestServer } from '../support/server.js';

/**
 * The public site in a real browser (Debian's Chromium, headless) against the server on the
 * demo data: search, a profile and its tabs, paging, a record, an objection and the report.
 * Every page is kept as a screenshot in test/artifacts.
 */
describe.runIf(browserAvailable())('public site', () => {
  let database: Database;
  let server: TestServer;
  let http: HttpHarness;
  let browser: Browser;
  let page: Page;
  const graphqlRequests: Request[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    server = await createTestServer(database);
    await truncateDomainTables(database);
    await seedDemo(database.db, server.clock.today());
    http = await startHttp(database, server, {
      siteDir: inject('siteDir'),
      siteInfo: loadConfig({}).site,
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page.on('request', request => {
      if (!request.url().startsWith(http.url)) {
        foreignRequests.push(request.url());
      } else if (new URL(request.url()).pathname === '/graphql') {
        graphqlRequests.push(request);
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await server?.apollo.stop();
    await database?.close();
  });

  /** What the public API gives an anonymous caller about a subject: the site may show no more. */
  async function anonymousTotals(code: string) {
    const result = await server.execute(SubjectProfileDocument, { code, first: 1 });
    return {
      licensing: result.data!.subject!.licensingRecords.totalCount,
      penalty: result.data!.subject!.penaltyRecords.totalCount,
    };
  }

  /**
   * Of the ten subjects with the most penalty records in the database, public or not, the one
   * whose profile shows the public the most penalties (which of them are still public depends on
   * the day the demo is seeded and read).
   */
  async function busiestSubject(): Promise<string> {
    const rows = await executeRows<{ code: string }>(
      database.db,
      sql`select subject_code as code from penalty_records where subject_code is not null
          group by subject_code order by count(*) desc, subject_code limit 40`,
    );
    let best = { code: rows[0]!.code, penalty: -1 };
    for (const { code } of rows) {
      const { penalty } = await anonymousTotals(code);
      if (penalty > best.penalty) {
        best = { code, penalty };
      }
    }
    return best.code;
  }

  it('searches by name, pages through the results and opens a profile', async () => {
    await page.goto(`${http.url}/`);
    await expect.poll(() => page.title()).toBe('信用信息查询 - 信用示范城市');
    await page.getByRole('searchbox', { name: '企业名称或统一社会信用代码' }).fill('科技');
    await page.keyboard.press('Enter');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    await expect(page.getByText(/与“科技”相关的主体共 \d+ 个/).isVisible()).resolves.toBe(true);
    const firstPageNames = await results.getByRole('link').allTextContents();
    expect(firstPageNames).toHaveLength(10);
    expect(firstPageNames.every(name => name.includes('科技'))).toBe(true);
    await screenshot(page, '01-search-results');

    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByTestId('page-indicator').filter({ hasText: '第 2 /' }).waitFor();
    await page.locator('section[aria-label="查询结果"][aria-busy="false"]').waitFor();
    const secondPageNames = await results.getByRole('link').allTextContents();
    expect(secondPageNames.some(name => firstPageNames.includes(name))).toBe(false);
    await page.getByRole('button', { name: '上一页' }).click();
    await page.getByTestId('page-indicator').filter({ hasText: '第 1 /' }).waitFor();
    await page.locator('section[aria-label="查询结果"][aria-busy="false"]').waitFor();
    expect(await results.getByRole('link').allTextContents()).toEqual(firstPageNames);

    await results.getByRole('link').first().click();
    await page.getByTestId('subject-name').waitFor();
    expect(await page.getByTestId('subject-name').textContent()).toBe(firstPageNames[0]);
    expect(page.url()).toMatch(/\/subjects\/[0-9A-Z]{18}$/);
  });

  it('says why a malformed credit code is wrong, before asking the server', async () => {
    await page.goto(`${http.url}/`);
    const before = graphqlRequests.length;
    const box = page.getByRole('searchbox', { name: '企业名称或统一社会信用代码' });
    await box.fill('91110108MA01C3D474');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('校验码错误：第18位应为“3”，实为“4”');
    expect(graphqlRequests.length).toBe(before);
    await screenshot(page, '02-malformed-code');

    await box.fill('不存在的主体名称甲乙丙');
    await page.keyboard.press('Enter');
    await page.getByText('未找到与“不存在的主体名称甲乙丙”相关的主体').waitFor();
  });

  it('shows a profile with its tabs, disclosure badges and paging, no more than the API gives the public', async () => {
    const code = await busiestSubject();
    const totals = await anonymousTotals(code);
    expect(totals.penalty).toBeGreaterThan(10);

    await page.goto(`${http.url}/subjects/${code}`);
    await page.getByTestId('subject-name').waitFor();
    await expect(page.getByText('统一社会信用代码', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('登记管理部门', { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, '03-profile-licensing');

    await page.getByRole('tab', { name: /行政处罚/ }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByTestId('record-card').first().waitFor();
    expect(await page.getByRole('tab', { name: /行政处罚/ }).textContent()).toContain(
      String(totals.penalty),
    );
    expect(await panel.getByTestId('record-card').count()).toBe(10);
    const badges = await panel.getByTestId('disclosure-badge').allTextContents();
    expect(badges).toHaveLength(10);
    // A late record is said as its department's, never as the subject's.
    expect(badges.every(text => /^(按时公示|\S+ 迟报 \d+ 个工作日)（公示时限/.test(text))).toBe(
      true,
    );
    const indicator = panel.getByTestId('page-indicator');
    expect(await indicator.textContent()).toBe(
      `第 1 / ${Math.ceil(totals.penalty / 10)} 页，共 ${totals.penalty} 条`,
    );
    await screenshot(page, '04-profile-penalty');

    const firstPage = await panel.getByTestId('record-card').allTextContents();
    await panel.getByRole('button', { name: '下一页' }).click();
    await indicator.filter({ hasText: '第 2 /' }).waitFor();
    // The pager moves at once; the list keeps the page shown, marked busy, until the next arrives.
    await panel.locator('[aria-busy="false"]').waitFor();
    const secondPage = await panel.getByTestId('record-card').allTextContents();
    expect(secondPage.some(text => firstPage.includes(text))).toBe(false);
    expect(page.url()).toContain('tab=penalty');
  });

  it('shows red and black list entries in their tabs', async () => {
    const [entry] = await executeRows<{ code: string; type: string; doc: string }>(
      database.db,
      sql`select subject_code as code, list_type as type, document_number as doc
          from list_entries where list_type = 'BLACK' order by id limit 1`,
    );
    await page.goto(`${http.url}/subjects/${entry!.code}`);
    await page.getByText('严重失信主体').waitFor();
    await page.getByRole('tab', { name: /失信惩戒/ }).click();
    const card = page
      .getByRole('tabpanel')
      .getByTestId('list-entry')
      .filter({ hasText: entry!.doc });
    await card.waitFor();
    expect(await card.textContent()).toContain('认定部门');
    await screenshot(page, '05-profile-black-list');
    await page.getByRole('tab', { name: /守信激励/ }).click();
    await page.getByRole('tabpanel').first().waitFor();
  });

  it('shows a record under objection as 异议处理中 once the credit office has accepted it', async () => {
    const [objection] = await executeRows<{ id: number }>(
      database.db,
      sql`select target_id as id from objections where target_kind = 'PENALTY' and status = 'ACCEPTED' order by filed_at limit 1`,
    );
    await page.goto(`${http.url}/records/penalty:${objection!.id}`);
    await page.getByTestId('under-objection').first().waitFor();
    expect(await page.getByRole('button', { name: '提出异议' }).count()).toBe(0);
    await screenshot(page, '06-record-under-objection');
  });

  it('files an objection against a record, with validation and a confirmation', async () => {
    const code = await busiestSubject();
    await page.goto(`${http.url}/subjects/${code}?tab=penalty`);
    const firstCard = page.getByRole('tabpanel').getByTestId('record-card').first();
    await firstCard.waitFor();
    await firstCard.getByRole('link').click();
    await page.getByRole('heading', { name: '行政处罚信息' }).waitFor();
    await expect(page.getByText('行政处罚决定书文号').isVisible()).resolves.toBe(true);
    await screenshot(page, '07-record');

    await page.getByRole('button', { name: '提出异议' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog zooms in from the button: a click while it grows can miss the moving button.
    await dialog.getByRole('button', { name: '提交异议' }).waitFor();
    await dialog.evaluate((el: any) =>
      Promise.all(el.getAnimations({ subtree: true }).map((a: any) => a.finished)),
    );
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await dialog.getByText('请填写姓名').waitFor();
    await dialog.getByText('请填写联系方式').waitFor();
    await dialog.getByText('请填写异议理由').waitFor();

    await dialog.getByLabel('姓名').fill('张三');
    await dialog.getByLabel('联系方式').fill('not a phone');
    await dialog.getByLabel('异议理由').fill('太短');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await dialog.getByText('请填写有效的手机号码或电子邮箱').waitFor();
    await dialog.getByText('请具体说明异议理由（至少10个字）').waitFor();
    await screenshot(page, '08-objection-validation');

    await dialog.getByLabel('联系方式').fill('13810001234');
    await dialog
      .getByLabel('异议理由')
      .fill('该处罚决定所载违法事实与实际不符，已提交整改材料，请予核实。');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await dialog.getByText('异议已提交').waitFor();
    expect(await dialog.textContent()).toMatch(/信用办将于 \d{4}-\d{2}-\d{2} 前决定是否受理/);
    await screenshot(page, '09-objection-filed');
    await dialog.getByRole('button', { name: '完成' }).click();
    // Filing alone marks nothing: 异议处理中 waits for the credit office's acceptance.
    await page.getByRole('button', { name: '提出异议' }).waitFor();
    expect(await page.getByTestId('under-objection').count()).toBe(0);

    const recordId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const [stored] = await executeRows<{ filer: string; contact: string }>(
      database.db,
      sql`select filer_name as filer, filer_contact as contact from objections
          where target_kind = 'PENALTY' and target_id = ${Number(recordId.split(':')[1])}`,
    );
    expect(stored).toEqual({ filer: '张三', contact: '13810001234' });
  });

  it('prints a credit report of the whole public profile', async () => {
    const code = await busiestSubject();
    const totals = await anonymousTotals(code);
    await page.goto(`${http.url}/subjects/${code}`);
    await page.getByRole('button', { name: '信用报告' }).click();
    const report = page.getByTestId('credit-report');
    await report.waitFor();
    await report.getByRole('heading', { name: '信用报告' }).waitFor();
    await report
      .getByRole('heading', { name: `二、行政许可信息（${totals.licensing} 条）` })
      .waitFor();
    await report
      .getByRole('heading', { name: `三、行政处罚信息（${totals.penalty} 条）` })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印 / 另存为 PDF' }).isVisible()).toBe(false);
    await screenshot(page, '10-credit-report-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('can be used from the keyboard alone', async () => {
    await page.goto(`${http.url}/`);
    // The page is drawn by its script: a person presses Tab once it is on the screen.
    await page.getByRole('searchbox', { name: '企业名称或统一社会信用代码' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('跳到正文');
    const box = page.getByRole('searchbox', { name: '企业名称或统一社会信用代码' });
    for (
      let i = 0;
      i < 10 && !(await box.evaluate(el => el === (globalThis as any).document.activeElement));
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('科技');
    await page.keyboard.press('Enter');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    const first = results.getByRole('link').first();
    for (
      let i = 0;
      i < 20 && !(await first.evaluate(el => el === (globalThis as any).document.activeElement));
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    const name = await first.textContent();
    await page.keyboard.press('Enter');
    await page.getByTestId('subject-name').filter({ hasText: name! }).waitFor();
    const tab = page.getByRole('tab', { name: /行政处罚/ });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toContain('tab=penalty');
  });

  it('is readable on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await phone.goto(`${http.url}/subjects/${await busiestSubject()}`);
    await phone.getByTestId('subject-name').waitFor();
    // Evaluated in the page: the document is wider than the screen when something overflows.
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow as number).toBeLessThanOrEqual(0);
    await screenshot(phone, '11-profile-phone');
    await phone.close();
  });

  it('only ever used the public API, anonymously, on its own origin', () => {
    expect(graphqlRequests.length).toBeGreaterThan(10);
    for (const request of graphqlRequests) {
      expect(request.headers()['authorization']).toBeUndefined();
    }
    expect(foreignRequests).toEqual([]);
  });
});
