// Debian's Chromium for the end-to-end tests, found on PATH (the `chromium` command); installed by
// scripts/ensure-chromium.sh when missing. When it cannot be had, launching throws: the tests fail, they
// never pass unchecked.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The `chromium` executable on PATH, or null. */
export function chromiumOnPath(path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

export async function launchChromium(): Promise<Browser> {
  if (chromiumOnPath() === null) execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  const executablePath = chromiumOnPath();
  if (executablePath === null) throw new Error('Chromium is required for the end-to-end tests and is not on PATH (scripts/ensure-chromium.sh)');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
