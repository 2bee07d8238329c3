import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Role } from '../../src/auth/viewer.js';
import { executeRows } from '../../src/db/execute.js';
import type { Database } from '../../src/db/client.js';
import { AcceptObjectionDocument, DecideObjectionDocument } from '../__generated__/graphql.js';
import { browserAvailable, screenshot } from '../support/browser.js';
import { type DemoSite, openDemoSite } from '../support/demo-site.js';
import type { HttpHarness } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { viewers } from '../support/viewers.js';

describe.runIf(browserAvailable())('an objection followed by its tracking number', () => {
  let database: Database;
  let server: TestServer;
  let http: HttpHarness;
  let browser: Browser;
  let page: Page;

  let demo: DemoSite | undefined;

  beforeAll(async () => {
    demo = await openDemoSite();
    ({ database, server, http, browser } = demo);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('is filed on the site, decided by the department and followed to its decision', async () => {
    // A public penalty of a legal entity with no objection open against it.
    const [record] = await executeRows<{ id: number }>(
      database.db,
      sql`select p.id from penalty_records p
          where p.published_at is not null and p.revoked_at is null and p.repaired_at is null
            and p.usage_scope = 'PUBLIC' and p.subject_code is not null
            and not exists (select 1 from objections o
                            where o.target_kind = 'PENALTY' and o.target_id = p.id)
          order by p.decision_date desc, p.id limit 1`,
    );
    await page.goto(`${http.url}/records/penalty:${record!.id}`);
    await page.getByRole('button', { name: '提出异议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('李四');
    await dialog.getByLabel('联系方式').fill('139 1000 2345');
    await dialog.getByLabel('异议理由').fill('该处罚决定已经行政复议撤销，请核实后更正公示信息。');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await dialog.getByText('异议已提交').waitFor();
    const trackingNumber = (await dialog.getByTestId('tracking-number').textContent())!.trim();
    expect(trackingNumber).toMatch(/^YY-\d{8}-[0-9A-HJKMNP-TV-Z]{10}$/);
    await screenshot(page, 'objection-status-01-filed');

    // The status page before any decision.
    await page.goto(`${http.url}/objections/status`);
    await page.getByLabel('受理编号').fill(trackingNumber.toLowerCase());
    await page.getByLabel('联系方式').fill('13910002345');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByTestId('objection-status').getByText('已提交，待信用办受理').waitFor();

    // A wrong contact finds nothing.
    await page.getByLabel('联系方式').fill('13910009999');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('未找到对应的异议').waitFor();

    // The credit office accepts it, the department answers it through the API.
    const [objection] = await executeRows<{ id: string; unit: string }>(
      database.db,
      sql`select id, source_unit_code as unit from objections
          where tracking_number = ${trackingNumber}`,
    );
    const accepted = await server.execute(
      AcceptObjectionDocument,
      { id: objection!.id, accept: true },
      { as: viewers.admin },
    );
    expect(accepted.errors).toBeUndefined();
    const department = {
      role: Role.PROVIDER,
      keyId: null,
      organizationName: '数据提供单位',
      organizationCode: objection!.unit,
    };
    const decided = await server.execute(
      DecideObjectionDocument,
      { id: objection!.id, outcome: 'UPHELD' },
      { as: department },
    );
    expect(decided.errors).toBeUndefined();

    await page.getByLabel('联系方式').fill('+86 139-1000-2345');
    await page.getByRole('button', { name: '查询' }).click();
    const status = page.getByTestId('objection-status');
    await status.getByText('已办结').waitFor();
    await status.getByText('维持：经核查，原信息无误').waitFor();
    await status.getByText('经核查', { exact: true }).waitFor();
    await status.getByText('材料齐全，予以受理').waitFor();
    await screenshot(page, 'objection-status-02-decided');
  });
});
