// Runs axe-core in headless Chromium on one HTML file, in the light and the dark colour scheme, with the WCAG 2.0,
// 2.1 and 2.2 A and AA rules. Prints one line per violation and a closing count; exits 0 only with no violation.
// Usage: node src/test/node/axe-check.mjs FILE.html [FILE.html ...]
// Uses the system's Chromium (never a downloaded browser) and loads nothing from the network.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: node axe-check.mjs FILE.html [FILE.html ...]');
  process.exit(2);
}
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let violations = 0;
try {
  for (const file of files) for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    // The pack must work offline: any request that leaves the file is refused, so it would show as a failure.
    await context.route(url => !url.toString().startsWith('file:'), route => route.abort());
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 120000 });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(async tags => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) , count: v.nodes.length }));
    }, TAGS);
    for (const v of result) {
      violations += v.count;
      console.log(`${path.basename(file)} ${colorScheme}: ${v.id} (${v.impact}) ${v.help}: ${v.count} node(s)`);
      for (const n of v.nodes) console.log(`  ${n.replace(/\s+/g, ' ')}`);
    }
    console.log(`${path.basename(file)} ${colorScheme}: ${result.length} rule(s) violated`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`axe: ${violations} violation(s)`);
process.exit(violations === 0 ? 0 : 1);
