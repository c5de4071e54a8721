import type { Page } from 'playwright-core';

/**
 * Collects every Content-Security-Policy complaint a page gets: the `securitypolicyviolation`
 * events (while JavaScript runs) and Chromium's console messages, which it writes with or
 * without JavaScript, for violations and for policies it ignores or cannot parse. Call before
 * the page navigates; the returned array fills as the page runs.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text()))
      violations.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, violation: string) =>
    violations.push(`${page.url()}: securitypolicyviolation: ${violation}`),
  );
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  return violations;
}
