/** Where the browser tests find Chromium and how they launch it (shared by every test/e2e/browser suite). */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.AUSCULT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Why browser tests cannot run here (undefined when they can); throws when AUSCULT_REQUIRE_BROWSER=1 and they cannot. */
export function browserMissing(): string | undefined {
  const missing = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  if (missing && process.env.AUSCULT_REQUIRE_BROWSER === '1') throw new Error(`AUSCULT_REQUIRE_BROWSER=1 but ${missing}`);
  if (missing) process.stderr.write(`\n[auscult tests] browser tests SKIPPED: ${missing}\n\n`);
  return missing;
}
