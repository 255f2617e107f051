// Shared browser-test plumbing: Debian's Chromium through playwright-core, a loopback server,
// console capture, canvas pixel checks and screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Flags for headless Chromium on a machine with no GPU and a closed network.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage',
];

// Chromium with a fresh, throw-away profile (playwright-core makes a new --user-data-dir for
// every launch and removes it on close).
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    newContext: (opts = {}) => browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'dark', ...opts }),
    close: () => browser.close(),
  };
}

export { startServer };

// Records console errors and page errors of a page; `errors` lists them as lines.
export function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText}`));
  return errors;
}

// Ready: the app signalled its first interactive frame and the loading overlay has faded out.
export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => window.claimlightReady === true, null, { timeout });
  await page.waitForFunction(() => document.getElementById('cl-loading').hidden, null, { timeout: 5000 });
}

// Counts canvas pixels that differ from the background colour (read back from WebGL through a
// screenshot of the canvas element, which includes what WebGL drew).
export async function canvasStats(page) {
  const png = await page.locator('#canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4 * 7) {
      const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let bg = 0, bgCount = 0, total = 0;
    for (const [k, n] of counts) { total += n; if (n > bgCount) { bg = k; bgCount = n; } }
    return { width: c.width, height: c.height, colours: counts.size, nonBackground: (total - bgCount) / total,
             background: '#' + bg.toString(16).padStart(6, '0') };
  }, png.toString('base64'));
}

export async function rect(page, name, timeout = 10000) {
  await page.waitForFunction((n) => !!window.claimlightUi.rects[n], name, { timeout });
  return page.evaluate((n) => window.claimlightUi.rects[n], name);
}

// Clicks the centre of a named widget (its rectangle is published by the app every frame).
export async function clickWidget(page, name, opts = {}) {
  const r = await rect(page, name);
  const box = await page.locator('#canvas').boundingBox();
  const x = box.x + r.x + (opts.dx ?? r.w / 2);
  const y = box.y + r.y + (opts.dy ?? r.h / 2);
  await page.mouse.move(x, y);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  await nextFrames(page, 2);
}

export async function nextFrames(page, n = 1) {
  for (let i = 0; i < n; ++i) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

export async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// Frame gaps on the page's main thread: a requestAnimationFrame loop records the time between
// consecutive frames, and a PerformanceObserver the long tasks (> 50 ms). startFrameProbe()
// begins recording; stopFrameProbe() returns { gaps: [ms...], longTasks: [ms...] }.
export async function startFrameProbe(page) {
  await page.evaluate(() => {
    const probe = { gaps: [], longTasks: [], last: 0, on: true, observer: null };
    window.__frameProbe = probe;
    const tick = (t) => {
      if (probe.last) probe.gaps.push(t - probe.last);
      probe.last = t;
      if (probe.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      probe.observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longTasks.push(e.duration);
      });
      probe.observer.observe({ type: 'longtask', buffered: false });
    } catch (e) { /* no long-task API: the rAF gaps still tell */ }
  });
}

export async function stopFrameProbe(page) {
  return page.evaluate(() => {
    const probe = window.__frameProbe;
    probe.on = false;
    if (probe.observer) probe.observer.disconnect();
    return { gaps: probe.gaps, longTasks: probe.longTasks };
  });
}

export function median(values) {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// A ~50 KB article: the gold articles of `evalDir` one after another under one dateline.
export function longArticle(evalDir, bytes = 50 * 1024) {
  const texts = fs.readdirSync(evalDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(evalDir, f), 'utf8')).text);
  let out = ' date 2023-11-10\n';
  for (let k = 0; Buffer.byteLength(out) < bytes; ++k) out += texts[k % texts.length].replace(/^ date \S+\s*/, '') + '\n\n';
  return out;
}

// Opens `url` at 640x480 with `text` stored as the article, in Edit mode with the caret at the
// end. (640x480: headless Chromium's software GL runs such a page at 60 frames per second; a
// 1280x800 canvas drops to about 15, which would hide a stall behind the slow cadence.)
export async function openLongArticle(browser, url, text) {
  const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
  await context.addInitScript((t) => {
    localStorage.setItem('claimlight.text', t);
    localStorage.setItem('claimlight.settings', JSON.stringify({ mode: 'edit' }));
  }, text);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(url);
  await waitReady(page, 120000);
  await clickWidget(page, 'article.input');
  await page.keyboard.press('Control+End');
  await nextFrames(page, 5);
  return { context, page, errors };
}

// Types `addition` at the caret and follows the re-analysis: the idle frame gaps for a second
// before, then every frame gap and long task from the last keystroke until the new report is
// on screen (+0.5 s), and each state the widget published meanwhile.
export async function editAndFollow(page, addition) {
  await page.waitForTimeout(1500);  // the click's own work and any late analysis settle
  await startFrameProbe(page);
  await page.waitForTimeout(1000);
  const idle = await stopFrameProbe(page);
  const before = await page.evaluate(() => {
    window.__states = [];
    window.addEventListener('claimlight:state', (e) => window.__states.push(e.detail));
    return window.claimlightState;
  });
  await page.keyboard.type(addition, { delay: 15 });
  await startFrameProbe(page);
  const t0 = Date.now();
  // The state of the whole edited text (the last keystrokes may not have reached a frame yet,
  // and a pause in typing may have let a report of part of the addition through).
  const bytes = before.text_bytes + Buffer.byteLength(addition);
  await page.waitForFunction(([g, n]) => {
    const s = window.claimlightState;
    return s.analysis > g && !s.pending && s.text_bytes === n;
  }, [before.analysis, bytes], { timeout: 30000 });
  const waited = Date.now() - t0;
  await page.waitForTimeout(500);
  const after = await stopFrameProbe(page);
  const states = await page.evaluate(() => window.__states);
  return {
    before, states, after: states[states.length - 1], waited,
    idleMedian: median(idle.gaps), idleMax: Math.max(...idle.gaps),
    maxGap: Math.max(...after.gaps), longTask: Math.max(0, ...after.longTasks), frames: after.gaps.length,
  };
}
