import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps calling out to a network it cannot reach here.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const HOW_TO_GET_CHROMIUM = `Browser tests need Chromium at ${CHROMIUM_PATH}: install it with "apt-get install chromium" (Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.`;

export const hasChromium = () => existsSync(CHROMIUM_PATH);

/** CHROMIUM_PATH, or an error that says how to get Chromium. */
export function chromiumPath(): string {
  if (!hasChromium()) throw new Error(HOW_TO_GET_CHROMIUM);
  return CHROMIUM_PATH;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
