import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import type { SiteInfo } from '../../src/http/site-info.js';
import { browserAvailable, screenshot, seriousAxeViolations } from '../support/browser.js';
import { type DemoSite, openDemoSite } from '../support/demo-site.js';
import type { HttpHarness } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { SITE_PAGES, type SiteFixtures, lookUpFixtures } from '../support/site-pages.js';

/** A phone (iPhone SE's width) and a desktop screen. */
const WIDTHS = [
  { width: 375, height: 740, isMobile: true },
  { width: 1280, height: 900, isMobile: false },
] as const;

/**
 * Every page of the public site, opened the way a person opens it on a phone and on a desktop,
 * against the demo data: its own title, the footer with the configured operator and 备案号, no
 * sideways scrolling on the phone, no error in the console, and no serious or critical finding
 * of axe-core. Each page is kept as a screenshot (test/artifacts/pages-<page>-<width>.png).
 */
describe.runIf(browserAvailable())('every page of the site, on a phone and a desktop', () => {
  let database: Database;
  let server: TestServer;
  let http: HttpHarness;
  let browser: Browser;
  let fixtures: SiteFixtures;
  // Not the defaults: the footer must show what the configuration says.
  const site: SiteInfo = loadConfig({
    SITE_NAME: '信用测试城市',
    SITE_OPERATOR: '测试市社会信用体系建设领导小组办公室',
    SITE_ICP: '测ICP备20260001号-3',
    SITE_PSB: '测公网安备11010502000001号',
  }).site;
  const titles = new Map<string, string>();

  let demo: DemoSite | undefined;

  beforeAll(async () => {
    demo = await openDemoSite(site);
    ({ database, server, http, browser } = demo);
    fixtures = await lookUpFixtures(database, server);
  });
  afterAll(async () => {
    await demo?.close();
  });

  /** A fresh tab at the given size that keeps every console error and uncaught exception. */
  async function openPage(size: (typeof WIDTHS)[number]) {
    const page: Page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      isMobile: size.isMobile,
      hasTouch: size.isMobile,
      locale: 'zh-CN',
    });
    const errors: string[] = [];
    page.on('console', message => {
      if (message.type() === 'error') {
        errors.push(message.text());
      }
    });
    page.on('pageerror', error => errors.push(`uncaught: ${error.message}`));
    return { page, errors };
  }

  describe.each(WIDTHS)('at $width px', size => {
    it.each(SITE_PAGES)('$name', async sitePage => {
      const { page, errors } = await openPage(size);
      try {
        await page.goto(`${http.url}${sitePage.path(fixtures)}`, { waitUntil: 'networkidle' });
        await sitePage.ready(page, fixtures);

        const expected = [...sitePage.title(fixtures), site.name].join(' - ');
        await expect.poll(() => page.title()).toBe(expected);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.length ?? 0).toBeGreaterThan(5);
        titles.set(sitePage.name, expected);

        const footer = page.getByTestId('site-footer');
        expect(await footer.isVisible()).toBe(true);
        const footerText = await footer.textContent();
        expect(footerText).toContain(`主办单位：${site.operator}`);
        expect(footerText).toContain(site.icp);
        expect(footerText).toContain(site.publicSecurityRecord);
        expect(await footer.getByRole('link', { name: site.icp }).getAttribute('href')).toBe(
          'https://beian.miit.gov.cn/',
        );

        if (size.width === 375) {
          // Evaluated in the page: a document wider than the screen scrolls sideways. A phone
          // widens its layout viewport to a wider document, so the screen's own width counts too;
          // the elements that reach past it (outside their own scrolling boxes) say why.
          const past = await page.evaluate(`(() => {
            const clipped = el => {
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              }
              return false;
            };
            return [...document.body.querySelectorAll('*')]
              .filter(el => el.getBoundingClientRect().right > ${size.width} + 0.5 && !clipped(el))
              .filter((el, _, all) => !all.some(other => other !== el && el.contains(other)))
              .slice(0, 5)
              .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ': ' + (el.textContent || '').slice(0, 40));
          })()`);
          expect(past).toEqual([]);
          const widths = (await page.evaluate(
            '[document.scrollingElement.scrollWidth, window.innerWidth]',
          )) as [number, number];
          expect(widths[0]).toBeLessThanOrEqual(widths[1]);
          expect(widths[0]).toBeLessThanOrEqual(size.width);
        }

        await screenshot(page, `pages-${sitePage.name}-${size.width}`);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it('gives every page a title of its own (the tabs of one profile share theirs)', () => {
    expect(titles.size).toBe(SITE_PAGES.length);
    const distinct = new Set(
      [...titles].filter(([name]) => !name.startsWith('subject-')).map(([, title]) => title),
    );
    expect(distinct.size).toBe(SITE_PAGES.filter(p => !p.name.startsWith('subject-')).length);
    for (const title of titles.values()) {
      expect(title).not.toBe(site.name);
    }
  });
});
