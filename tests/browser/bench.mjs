// Widget benchmark in headless Chromium (software WebGL, so GPU-bound numbers are pessimistic):
//   - time to the first interactive frame (navigation start → ready), empty and with a 50 KB
//     article in Read mode;
//   - frame CPU time (mean and max) while scrolling that article in Read mode;
//   - the engine's analysis time for it;
//   - the longest main-thread frame gap and long task while that article is re-analysed after
//     an edit, in the analysis worker and on the page's thread (?worker=0), next to the median
//     frame gap of the same page idle before the edit.
//   node tests/browser/bench.mjs [--web build/web]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  editAndFollow, launch, longArticle, openLongArticle, rect, startServer, waitReady,
} from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const i = process.argv.indexOf('--web');
const WEB = path.resolve(ROOT, i >= 0 ? process.argv[i + 1] : 'build/web');
const EVAL_DIR = process.env.CLAIMLIGHT_EVAL_DIR || path.resolve(ROOT, '../shared/eval/dev');

async function measure(browser, url, text) {
  const context = await browser.newContext();
  if (text) {
    await context.addInitScript((t) => {
      localStorage.setItem('claimlight.text', t);
      localStorage.setItem('claimlight.settings', JSON.stringify({ mode: 'read' }));
    }, text);
  }
  const page = await context.newPage();
  await page.goto(url);
  await waitReady(page, 120000);
  const ready = await page.evaluate(() => ({ at: window.claimlightReadyAt, main: window.claimlightFirstFrameMs }));
  let frames = null;
  if (text) {
    const r = await rect(page, 'article.read');
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
    await page.evaluate(() => window.Claimlight.frameStats());  // reset
    for (let k = 0; k < 40; ++k) {
      await page.mouse.wheel(0, k < 20 ? 240 : -240);
      await page.waitForTimeout(50);
    }
    frames = await page.evaluate(() => window.Claimlight.frameStats());
  }
  await context.close();
  return { ready, frames };
}

// An edit at the end of the long article, then its re-analysis (harness.mjs: openLongArticle,
// editAndFollow), with the analysis worker and without it (?worker=0: the page's thread).
async function measureEdit(browser, url, text) {
  const { context, page } = await openLongArticle(browser, url, text);
  const r = await editAndFollow(page, ' Chancellor Olaf Scholz met President Emmanuel Macron in Paris.');
  r.thread = await page.evaluate(() => window.Claimlight.analysisThread());
  await context.close();
  return r;
}

const server = await startServer(WEB, 0);
const b = await launch();
const empty = await measure(b.browser, server.url, '');
const text = longArticle(EVAL_DIR);
const big = await measure(b.browser, server.url, text);
const edits = [await measureEdit(b.browser, server.url, text), await measureEdit(b.browser, server.url + '?worker=0', text)];
await b.close();
await server.close();
const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
console.log(`bench: first interactive frame (empty article): ${empty.ready.at.toFixed(0)} ms after navigation start (${empty.ready.main.toFixed(0)} ms after main())`);
console.log(`bench: first interactive frame (${kb} KB article, Read mode): ${big.ready.at.toFixed(0)} ms after navigation start (${big.ready.main.toFixed(0)} ms after main())`);
console.log(`bench: Read mode, ${kb} KB, scrolling: frame CPU time mean ${big.frames.mean_ms.toFixed(2)} ms, max ${big.frames.max_ms.toFixed(2)} ms over ${big.frames.frames} frames; analysis ${big.frames.analysis_ms.toFixed(1)} ms`);
for (const e of edits) {
  console.log(`bench: re-analysis after an edit (${kb} KB, Edit mode, 640x480, ${e.thread === 'worker' ? 'in the worker' : 'on the page\'s thread (?worker=0)'}): longest frame gap ${e.maxGap.toFixed(0)} ms, longest long task ${e.longTask.toFixed(0)} ms over ${e.frames} frames (idle just before: median gap ${e.idleMedian.toFixed(1)} ms, max ${e.idleMax.toFixed(0)} ms); new report ${e.waited} ms after the last keystroke`);
}
