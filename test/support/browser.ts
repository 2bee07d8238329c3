import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

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
