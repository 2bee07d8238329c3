import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';

import type { Database } from '../../src/db/client.js';
import { executeRows } from '../../src/db/execute.js';
import {
  SiteLicensingPageDocument,
  SitePenaltyPageDocument,
  SiteSubjectDocument,
} from '../../src/site/__generated__/graphql.js';
import type { TestServer } from './server.js';

/** The demo data the page list opens: looked up on the seeded database before the visit. */
export interface SiteFixtures {
  /** A word many subjects' names contain: its results fill several pages. */
  searchTerm: string;
  /** A subject on the black list with public licences and penalties: every tab has content. */
  subject: { code: string; name: string };
  penalty: { id: string; documentNumber: string };
  licensing: { id: string; documentNumber: string };
}

/**
 * The fixtures on the demo data as the public sees it (the site's own queries, anonymous): of the
 * subjects on the black list, the first with public licences and penalties, preferring one also
 * on the red list, so that every tab of its profile shows entries.
 */
export async function lookUpFixtures(
  database: Database,
  server: TestServer,
): Promise<SiteFixtures> {
  const listed = await executeRows<{ code: string }>(
    database.db,
    sql`select distinct subject_code as code from list_entries
        where list_type = 'BLACK' and subject_code is not null order by subject_code limit 40`,
  );
  let best: { code: string; name: string; score: number } | null = null;
  for (const { code } of listed) {
    const subject = (await server.execute(SiteSubjectDocument, { code })).data?.subject;
    if (
      !subject ||
      subject.black.length === 0 ||
      subject.licensingRecords.totalCount === 0 ||
      subject.penaltyRecords.totalCount === 0
    ) {
      continue;
    }
    const score = subject.red.length > 0 ? 2 : 1;
    if (best === null || score > best.score) {
      best = { code: subject.code, name: subject.name, score };
    }
  }
  if (best === null) {
    throw new Error('the demo data has no black-listed subject with public licences and penalties');
  }
  const code = best.code;
  const penalty = (await server.execute(SitePenaltyPageDocument, { code, first: 1 })).data!.subject!
    .penaltyRecords.edges[0]!.node;
  const licensing = (await server.execute(SiteLicensingPageDocument, { code, first: 1 })).data!
    .subject!.licensingRecords.edges[0]!.node;
  return {
    searchTerm: '科技',
    subject: { code, name: best.name },
    penalty: { id: penalty.id, documentNumber: penalty.documentNumber },
    licensing: { id: licensing.id, documentNumber: licensing.documentNumber },
  };
}

/** One page of the public site, as a person opens it. */
export interface SitePage {
  /** Short and file-name safe: the screenshot is `pages-<name>-<width>.png`. */
  name: string;
  path(f: SiteFixtures): string;
  /** The page's own parts of its title, most specific first; the site's name follows them. */
  title(f: SiteFixtures): string[];
  /** Resolves once the page's own content is on the screen. */
  ready(page: Page, f: SiteFixtures): Promise<unknown>;
}

/** The profile with one tab open: its records (or its sentence for none) drawn in the panel. */
function profileTab(tab: 'licensing' | 'penalty' | 'red' | 'black', label: string): SitePage {
  return {
    name: `subject-${tab}`,
    path: f => `/subjects/${f.subject.code}?tab=${tab}`,
    title: f => [f.subject.name, '信用信息'],
    ready: async page => {
      await page.getByTestId('subject-name').waitFor();
      await page.getByRole('tab', { name: new RegExp(label), selected: true }).waitFor();
      const panel = page.getByRole('tabpanel');
      await panel
        .getByTestId(tab === 'licensing' || tab === 'penalty' ? 'record-card' : 'list-entry')
        .or(panel.locator('.empty-state'))
        .first()
        .waitFor();
    },
  };
}

/** Every page of the public site, in the order of the navigation a visitor follows. */
export const SITE_PAGES: readonly SitePage[] = [
  {
    name: 'home',
    path: () => '/',
    title: () => ['信用信息查询'],
    ready: page => page.getByRole('searchbox', { name: '企业名称或统一社会信用代码' }).waitFor(),
  },
  {
    name: 'search-results',
    path: f => `/?q=${encodeURIComponent(f.searchTerm)}`,
    title: f => [`“${f.searchTerm}”的查询结果`, '信用信息查询'],
    ready: page => page.getByTestId('search-results').waitFor(),
  },
  profileTab('licensing', '行政许可'),
  profileTab('penalty', '行政处罚'),
  profileTab('red', '守信激励'),
  profileTab('black', '失信惩戒'),
  {
    name: 'record-penalty',
    path: f => `/records/${f.penalty.id}`,
    title: f => [f.penalty.documentNumber, '行政处罚信息'],
    ready: page => page.getByRole('heading', { level: 1, name: '行政处罚信息' }).waitFor(),
  },
  {
    name: 'record-licensing',
    path: f => `/records/${f.licensing.id}`,
    title: f => [f.licensing.documentNumber, '行政许可信息'],
    ready: page => page.getByRole('heading', { level: 1, name: '行政许可信息' }).waitFor(),
  },
  {
    name: 'credit-report',
    path: f => `/subjects/${f.subject.code}/report`,
    title: f => [f.subject.name, '信用报告'],
    ready: page => page.getByTestId('verification-code').waitFor(),
  },
  {
    name: 'objection-status',
    path: () => '/objections/status',
    title: () => ['异议进度查询'],
    ready: page => page.getByLabel('受理编号').waitFor(),
  },
  {
    name: 'verify',
    path: () => '/verify',
    title: () => ['信用报告核验'],
    ready: page => page.getByRole('searchbox', { name: '核验码' }).waitFor(),
  },
  {
    name: 'office-reports',
    path: () => '/office/reports',
    title: () => ['信用办 报表'],
    ready: page => page.getByLabel('API 密钥').waitFor(),
  },
  {
    name: 'privacy',
    path: () => '/privacy',
    title: () => ['隐私政策'],
    ready: page => page.getByRole('heading', { level: 1, name: '隐私政策' }).waitFor(),
  },
  {
    name: 'not-found',
    path: () => '/no-such-page',
    title: () => ['页面不存在'],
    ready: page => page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor(),
  },
];
