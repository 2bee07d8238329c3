import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type Browser, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), or the browser CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without a browser they are reported as skipped,
 * unless REQUIRE_BROWSER is set (as CI sets it), in which case its absence is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) {
    return true;
  }
  if (process.env['REQUIRE_BROWSER']) {
    throw new Error(`REQUIRE_BROWSER is set but there is no browser at ${CHROMIUM_PATH}.`);
  }
  process.stderr.write(`Browser tests skipped: no browser at ${CHROMIUM_PATH}.\n`);
  return false;
}

/** Headless Chromium with the flags a closed, sandboxed machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where the browser tests keep their screenshots (test/artifacts, not committed). */
export const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core's browser bundle, injected into the page under test. */
const AXE_SCRIPT = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

/** One accessibility rule a page breaks, with the first elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** axe's account of the first element: colours and ratio, or what is missing. */
  summary: string;
}

/**
 * The WCAG 2.1 A and AA rules (and axe's best practices) the page breaks with an impact of
 * serious or critical, as axe-core finds them in the page as it is now drawn.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const results = await axe.run((globalThis as any).document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return results.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  });
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
}
