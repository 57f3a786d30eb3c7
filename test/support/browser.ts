import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator } from 'playwright-core';

/**
 * One shared way to start headless Chromium in tests: Debian's `chromium` package driven by playwright-core
 * (no browser download). `.ci/run` installs the package; locally: `apt-get install -y chromium`.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/** Where tests write screenshots and PDFs (created on demand; git-ignored). */
export function testOutputPath(...parts: string[]): string {
  const dir = join('test-output', ...parts.slice(0, -1));
  mkdirSync(dir, { recursive: true });
  return join(dir, parts[parts.length - 1] as string);
}

/** The computed value of a CSS property (kebab-case, e.g. `background-color`) of the first element of `locator`. */
export async function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(
    (el, p) => el.ownerDocument.defaultView?.getComputedStyle(el).getPropertyValue(p) ?? '',
    property,
  );
}

/** True when the first element of `locator` has the keyboard focus. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.ownerDocument.activeElement === el);
}
