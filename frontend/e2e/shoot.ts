import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

// The two window sizes the desk must work at, a check that no status text is
// cut at them, and screenshots at both for a person to look at.

/** sizes are the window sizes every page must fit: a small laptop and a common desktop window. */
export const sizes = [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
];

/** The size the specs run at between screenshots (playwright.config.ts). */
const working = { width: 1360, height: 860 };

/**
 * clipped lists the status texts (badges, verdicts, drift summaries, anything
 * marked data-status) that do not fit where they are drawn, and says when the
 * page scrolls sideways. An empty list means nothing is cut.
 */
export async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways (${doc.scrollWidth}px in ${window.innerWidth}px)`);
    const scrolls = (s: CSSStyleDeclaration) => [s.overflowX, s.overflowY].some((o) => o === 'auto' || o === 'scroll');
    const hides = (s: CSSStyleDeclaration) => s.overflowX !== 'visible' || s.overflowY !== 'visible';
    const statuses = document.querySelectorAll<HTMLElement>('.mantine-Badge-root, [data-status], [data-testid="verdict"], [data-testid="drift-summary"]');
    for (const el of statuses) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not drawn (closed menu, hidden tab)
      const text = (el.textContent ?? '').trim();
      const label = el.querySelector<HTMLElement>('.mantine-Badge-label') ?? el;
      if (label.scrollWidth > label.clientWidth + 1) found.push(`“${text}” is cut (${label.scrollWidth}px of text in ${label.clientWidth}px)`);
      // Every ancestor that hides overflow must hold the status whole across.
      // Up and down, one that scrolls may show part of it (the rest is a scroll
      // away); one that does not must hold it whole too.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (!hides(s)) continue;
        const box = a.getBoundingClientRect();
        const inView = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
        if (!inView) break; // scrolled out of view, not cut
        const across = r.left < box.left - 1 || r.right > box.right + 1;
        const down = !scrolls(s) && (r.top < box.top - 1 || r.bottom > box.bottom + 1);
        if (across || down) {
          found.push(`“${text}” is cut by a ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`);
          break;
        }
      }
    }
    return found;
  });
}

/**
 * shoot checks that nothing is clipped at both window sizes and saves a
 * screenshot at each, as NAME-WIDTHxHEIGHT.png in SCREENSHOTS_DIR (make
 * screenshots) or build/screenshots: the window, scrolled to focus when
 * given, or the whole page with fullPage.
 */
export async function shoot(page: Page, name: string, { focus, fullPage = false }: { focus?: Locator; fullPage?: boolean } = {}) {
  const dir = process.env.SCREENSHOTS_DIR ?? path.resolve('../build/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await focus?.scrollIntoViewIfNeeded();
    // Let charts lay out again at the new width; Chromium paints a sandboxed
    // frame only once it has been in view for a moment.
    await page.waitForTimeout(300);
    expect(await clipped(page), `status text clipped on ${name} at ${size.width}×${size.height}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `${name}-${size.width}x${size.height}.png`), fullPage: fullPage && !focus });
  }
  await page.setViewportSize(working);
}
