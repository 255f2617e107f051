// Browser tests for the Claimlight widget, in Debian's headless Chromium via playwright-core.
//
//   node tests/browser/run.mjs [--web build/web] [--shots build/screenshots] [--only NAME]
//
// Environment: CLAIMLIGHT_CLI (a native claimlight binary: the paste test compares the widget's
// counts with the CLI's JSON report), CLAIMLIGHT_EVAL_DIR (gold articles; default
// ../shared/eval/dev beside the checkout).
//
// Prints one line per test and ends with "browser: N passed, M failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  canvasStats, clickWidget, editAndFollow, launch, longArticle, nextFrames, openLongArticle, rect,
  screenshot, startServer, waitReady, watchConsole,
} from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const WEB = path.resolve(ROOT, opt('--web', 'build/web'));
const SHOTS = path.resolve(ROOT, opt('--shots', 'build/screenshots'));
const ONLY = opt('--only', '');
const EVAL_DIR = process.env.CLAIMLIGHT_EVAL_DIR || path.resolve(ROOT, '../shared/eval/dev');
const CLI = process.env.CLAIMLIGHT_CLI || '';

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function goldArticle(prefix) {
  const file = fs.readdirSync(EVAL_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.json'));
  assert(file, `no ${prefix}*.json in ${EVAL_DIR}`);
  return JSON.parse(fs.readFileSync(path.join(EVAL_DIR, file), 'utf8'));
}

async function openPage(ctx, url, viewport = { width: 1280, height: 800 }) {
  const page = await ctx.context.newPage();
  await page.setViewportSize(viewport);
  const errors = watchConsole(page);
  await page.goto(url);
  await waitReady(page);
  await nextFrames(page, 3);
  return { page, errors };
}

async function waitAnalysis(page, predicate, arg = null, timeout = 15000) {
  await page.waitForFunction(predicate, arg, { timeout });
  await nextFrames(page, 3);
}

// Pastes through a DOM paste event carrying the text, as the browser fires it on Ctrl+V.
async function pasteText(page, text) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.activeElement || document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await nextFrames(page, 4);
}

async function clearArticle(page) {
  await page.evaluate(() => { localStorage.clear(); });
  await page.reload();
  await waitReady(page);
  await nextFrames(page, 3);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// ---------------------------------------------------------------------------------------------
test('smoke: first pixels, Unicode text, no console errors', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  await clearArticle(page);
  const before = await canvasStats(page);
  assert(before.nonBackground > 0.02, `canvas looks empty: ${JSON.stringify(before)}`);
  assert(before.colours > 8, `canvas has too few colours: ${JSON.stringify(before)}`);
  await clickWidget(page, 'article.input');
  const sample = 'Élysée Palace, Erdoğan in Łódź: “Quotes” — and dashes.';
  await page.keyboard.type(sample, { delay: 5 });
  await nextFrames(page, 3);
  const text = await page.evaluate(() => window.Claimlight.text());
  assert(text === sample, `typed text arrived as ${JSON.stringify(text)}`);
  await screenshot(page, ctx.shots, '01-smoke-1280x800');
  const after = await canvasStats(page);
  assert(after.nonBackground > before.nonBackground * 0.9, 'canvas lost content after typing');
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${(before.nonBackground * 100).toFixed(1)}% non-background pixels, ${before.colours} colours`;
});

test('paste the d01 article: counts equal the CLI report', async (ctx) => {
  const gold = goldArticle('d01');
  const { page, errors } = await openPage(ctx, ctx.url);
  await clearArticle(page);
  // The date field, typed like a person would.
  await clickWidget(page, 'topbar.date');
  await page.keyboard.type(gold.article_date, { delay: 5 });
  await clickWidget(page, 'article.input');
  await pasteText(page, gold.text);
  const bytes = Buffer.byteLength(gold.text, 'utf8');
  await waitAnalysis(page, (n) => window.claimlightState && window.claimlightState.text_bytes === n &&
    window.claimlightState.has_report && window.claimlightState.article_date_source === 'option', bytes, 20000)
    .catch(() => {}); // reported below with the state we have
  await page.waitForTimeout(400);
  await nextFrames(page, 3);
  const state = await page.evaluate(() => window.claimlightState);
  assert(state && state.text_bytes === bytes, `widget holds ${state && state.text_bytes} bytes, pasted ${bytes}`);
  assert(state.has_report, 'no analysis after the paste');
  assert(state.article_date === gold.article_date, `article date ${state.article_date}`);
  // The same text and date through the JS API must give the same JSON as the CLI.
  const apiJson = await page.evaluate(([t, d]) => window.Claimlight.check(t, d), [gold.text, gold.article_date]);
  const api = JSON.parse(apiJson);
  assert(api.schema === 'claimlight.report/1', `JS API returned ${apiJson.slice(0, 200)}`);
  let reference = api;
  let note = 'compared with the JS API';
  if (CLI && fs.existsSync(CLI)) {
    const out = execFileSync(CLI, ['check', '--date', gold.article_date, '--format', 'json', '-'],
      { input: gold.text, encoding: 'utf8' });
    reference = JSON.parse(out);
    assert(out.trim() === apiJson.trim(), 'JS API JSON differs from the CLI JSON');
    note = 'compared with the CLI';
  }
  // highlight(): the same claims with UTF-16 offsets that cut the same text out of a JS string.
  const hl = await page.evaluate(([t, d]) => window.Claimlight.highlight(t, d), [gold.text, gold.article_date]);
  for (const c of hl.claims) {
    assert(gold.text.slice(c.start16, c.end16) === c.text, `${c.id}: UTF-16 span gives ${JSON.stringify(gold.text.slice(c.start16, c.end16))}, text is ${JSON.stringify(c.text)}`);
  }
  assert(JSON.stringify(state.summary) === JSON.stringify(reference.summary),
    `widget summary ${JSON.stringify(state.summary)} != ${JSON.stringify(reference.summary)}`);
  const mode = await page.evaluate(() => window.claimlightState.mode);
  assert(mode === 'read', `after pasting a whole article the pane is in ${mode} mode`);
  await screenshot(page, ctx.shots, '02-paste-d01-read');
  await clickWidget(page, 'article.mode.edit');
  await nextFrames(page, 3);
  await screenshot(page, ctx.shots, '03-paste-d01-edit');
  await clickWidget(page, 'article.mode.read');
  await nextFrames(page, 3);
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${note}: ${JSON.stringify(state.summary)}`;
});

test('select the first contradicted or mixed claim: card with explanation and source', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);  // text and settings from localStorage
  const state = await page.evaluate(() => window.claimlightState);
  assert(state && state.has_report && state.claims, 'no report after reload');
  const target = state.claims.find((c) => c.verdict === 'contradicted' || c.verdict === 'mixed');
  assert(target, `no contradicted or mixed claim among ${state.claims.length}`);
  await clickWidget(page, 'tab.claims');
  await clickWidget(page, `claims.row.${target.id}`);
  await waitAnalysis(page, (id) => window.claimlightState.claims.some((c) => c.id === id && c.selected), target.id, 5000)
    .catch(() => {});
  const card = await page.evaluate(() => {
    const c = document.querySelector('#cl-mirror [data-role=card]');
    if (!c) return null;
    return {
      explanation: c.querySelector('[data-role=explanation]')?.textContent || '',
      sources: [...c.querySelectorAll('a[data-role=source]')].map((a) => a.href),
    };
  });
  assert(card, 'no card in the accessible mirror after selecting the claim');
  assert(card.explanation === target.explanation && card.explanation.length > 10, `card explanation: ${card.explanation}`);
  assert(card.sources.length > 0 && card.sources.every((u) => /^https:\/\//.test(u)), `card sources: ${card.sources}`);
  await rect(page, 'card.source.0');
  await screenshot(page, ctx.shots, '04-claim-card');
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${target.id} (${target.verdict}): ${card.sources[0]}`;
});

test('dataset browser: Pashinyan is Prime Minister of Armenia', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  await clickWidget(page, 'tab.dataset');
  await clickWidget(page, 'dataset.search');
  await page.keyboard.type('Pashinyan', { delay: 10 });
  await nextFrames(page, 3);
  await clickWidget(page, 'dataset.hit.0');
  await nextFrames(page, 3);
  const record = await page.evaluate(() => window.claimlightState.dataset && window.claimlightState.dataset.record);
  assert(record, 'no record page opened');
  const tenure = (record.timeline || []).find((b) => /Prime Minister of Armenia/.test(b.label));
  assert(tenure, `timeline: ${JSON.stringify(record.timeline)}`);
  const mirrorText = await page.evaluate(() => document.querySelector('#cl-mirror [data-role=timeline]')?.textContent || '');
  assert(/Prime Minister of Armenia/.test(mirrorText), 'the mirror does not show the tenure');
  await rect(page, 'dataset.timeline');
  await screenshot(page, ctx.shots, '05-dataset-pashinyan');
  // Esc goes back to the results; Enter in the search field opens the best hit again.
  await clickWidget(page, 'status.analysis');
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  const afterEsc = await page.evaluate(() => window.claimlightState.dataset.record || null);
  assert(afterEsc === null, 'Esc did not leave the record page');
  await clickWidget(page, 'dataset.search');
  await page.keyboard.press('Enter');
  await nextFrames(page, 3);
  const afterEnter = await page.evaluate(() => window.claimlightState.dataset.record);
  assert(afterEnter && afterEnter.id === record.id, `Enter opened ${afterEnter && afterEnter.id}`);
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${record.title}: ${tenure.label} ${tenure.start}–${tenure.end || 'present'}`;
});

test('reload keeps the article; 800x600 layout', async (ctx) => {
  const gold = goldArticle('d01');
  const { page, errors } = await openPage(ctx, ctx.url, { width: 800, height: 600 });
  const text = await page.evaluate(() => window.Claimlight.text());
  assert(text === gold.text, `after reload the widget holds ${text.length} chars, expected ${gold.text.length}`);
  // Typing and reloading at once loses nothing either (the page flushes on pagehide).
  await clickWidget(page, 'article.mode.edit');
  await clickWidget(page, 'article.input');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Extra words.');
  await nextFrames(page, 2);
  await page.reload();
  await waitReady(page);
  const again = await page.evaluate(() => window.Claimlight.text());
  assert(again === gold.text + ' Extra words.', `an immediate reload kept ${JSON.stringify(again.slice(-30))}`);
  await page.evaluate((t) => localStorage.setItem('claimlight.text', t), gold.text);
  await page.reload();
  await waitReady(page);
  await nextFrames(page, 3);
  const stats = await canvasStats(page);
  assert(stats.nonBackground > 0.02, `canvas looks empty at 800x600: ${JSON.stringify(stats)}`);
  await screenshot(page, ctx.shots, '06-reload-800x600');
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${text.length} chars restored`;
});

test('keyboard: J/K move between claims, Esc closes the card, Ctrl+C copies', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  await clickWidget(page, 'tab.claims');
  await clickWidget(page, 'status.analysis');  // somewhere neutral: no text field active
  const order = await page.evaluate(() => window.claimlightState.claims.filter((c) => c.visible).map((c) => c.id));
  const selected = () => page.evaluate(() => (window.claimlightState.claims.find((c) => c.selected) || {}).id || null);
  await page.keyboard.press('Escape');
  await nextFrames(page, 2);
  await page.keyboard.press('j');
  await nextFrames(page, 3);
  const first = await selected();
  await page.keyboard.press('j');
  await nextFrames(page, 3);
  const second = await selected();
  await page.keyboard.press('k');
  await nextFrames(page, 3);
  const back = await selected();
  await page.keyboard.press('Control+c');
  await nextFrames(page, 3);
  const copied = await page.evaluate(() => window.claimlightUi.lastCopied);
  const backText = await page.evaluate((id) => window.claimlightState.claims.find((c) => c.id === id)?.text, back);
  assert(copied === backText, `Ctrl+C copied ${JSON.stringify(copied)}, expected ${JSON.stringify(backText)}`);
  assert(first === order[0] && second === order[1] && back === order[0],
    `J/J/K selected ${first}, ${second}, ${back}; table order starts ${order.slice(0, 2)}`);
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  assert((await selected()) === null, 'Esc did not close the card');
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `J → ${first}, J → ${second}, K → ${back}, Esc → none`;
});

test('Ctrl+V from the system clipboard reaches the editor', async (ctx) => {
  const context = await ctx.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.url });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(ctx.url);
  await waitReady(page);
  await nextFrames(page, 3);
  await clickWidget(page, 'article.input');
  const text = 'President Recep Tayyip Erdoğan met Chancellor Olaf Scholz in Berlin on 17 November 2023.';
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
  await nextFrames(page, 4);
  const got = await page.evaluate(() => window.Claimlight.text());
  await context.close();
  assert(got === text, `after Ctrl+V the editor holds ${JSON.stringify(got)}`);
  assert(errors.length === 0, errors.join('\n'));
  return 'pasted through the browser\'s own paste event';
});

test('typing for every keyboard: dead keys, AltGr, soft keyboards (keyCode 229)', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  await clearArticle(page);
  await clickWidget(page, 'article.input');
  const cdp = await page.context().newCDPSession(page);
  // Plain keys through GLFW.
  await page.keyboard.type('Caf');
  // A dead key: the acute accent starts a composition, the next key commits "é".
  await cdp.send('Input.imeSetComposition', { text: '\u00b4', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '\u00e9' });
  await page.keyboard.type(' ');
  // AltGr+Q on a German layout: Ctrl+Alt held, the key yields "@".
  const altgr = { modifiers: 3, key: '@', code: 'KeyQ', windowsVirtualKeyCode: 81, nativeVirtualKeyCode: 81 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '@', unmodifiedText: 'q', ...altgr });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...altgr });
  // A soft keyboard: keydown with keyCode 229, then the text arrives as input.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Unidentified' });
  await cdp.send('Input.insertText', { text: '\u00f1' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 229, key: 'Unidentified' });
  await nextFrames(page, 4);
  const got = await page.evaluate(() => window.Claimlight.text());
  await page.close();
  assert(got === 'Caf\u00e9 @\u00f1', `the editor holds ${JSON.stringify(got)}`);
  assert(errors.length === 0, errors.join('\n'));
  return 'plain keys, a dead-key composition, AltGr and soft-keyboard input each arrived once';
});

test('HiDPI (devicePixelRatio 2), light theme, mouse mapping', async (ctx) => {
  const gold = goldArticle('d01');
  const context = await ctx.browser.newContext({ deviceScaleFactor: 2 });
  await context.addInitScript(([t]) => {
    if (!localStorage.getItem('claimlight.text')) {
      localStorage.setItem('claimlight.text', t);
      localStorage.setItem('claimlight.settings', JSON.stringify({ theme: 'light', mode: 'read' }));
    }
  }, [gold.text]);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(ctx.url);
  await waitReady(page);
  await nextFrames(page, 3);
  const size = await page.evaluate(() => ({ w: canvas.width, h: canvas.height, cw: canvas.clientWidth, dpr: devicePixelRatio }));
  assert(size.dpr === 2 && size.w === size.cw * 2, `canvas backing store ${size.w}px for ${size.cw} CSS px at dpr ${size.dpr}`);
  await clickWidget(page, 'tab.dataset');
  const tab = await page.evaluate(() => window.claimlightState.tab);
  assert(tab === 'dataset', `a click on the Dataset tab at dpr 2 left the tab at ${tab}`);
  await clickWidget(page, 'tab.claims');
  const stats = await canvasStats(page);
  assert(stats.nonBackground > 0.02, `canvas looks empty: ${JSON.stringify(stats)}`);
  await screenshot(page, ctx.shots, '07-hidpi-light-read');
  await context.close();
  assert(errors.length === 0, errors.join('\n'));
  return `${size.w}x${size.h} backing store for ${size.cw} CSS px`;
});

test('a dropped malformed dataset is refused; the previous one stays', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  const before = await page.evaluate(() => window.claimlightState.dataset_info);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{"format": "claimlight.bundle/1", "people": [ broken'], 'broken.json', { type: 'application/json' }));
    const c = document.getElementById('canvas');
    c.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    c.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await waitAnalysis(page, () => !!(window.claimlightState && window.claimlightState.error), null, 5000);
  const state = await page.evaluate(() => window.claimlightState);
  assert(/refused/.test(state.error), `banner: ${state.error}`);
  assert(state.dataset_info.records === before.records, 'the dataset changed');
  const still = JSON.parse(await page.evaluate(() => window.Claimlight.check('Prime Minister Nikol Pashinyan spoke.', '2023-11-10')));
  assert(still.dataset && still.dataset.records === before.records, 'checks no longer use the previous dataset');
  const alert = await page.evaluate(() => document.querySelector('#cl-mirror [role=alert]')?.textContent || '');
  assert(/refused/.test(alert), 'the error is not in the accessible mirror');
  await screenshot(page, ctx.shots, '08-malformed-dataset-banner');
  // A dropped .txt file becomes the article.
  const article = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on 26 October 2023.';
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, article);
  await page.waitForFunction((t) => window.Claimlight.text() === t, article, { timeout: 5000 });
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return state.error.slice(0, 100) + '…; a dropped .txt became the article';
});

test('zoom with Ctrl +/-/0; phone-sized stacked layout', async (ctx) => {
  const { page, errors } = await openPage(ctx, ctx.url);
  const zoom = () => page.evaluate(() => window.claimlightState.zoom);
  const z0 = await zoom();
  await page.keyboard.press('Control+Equal');
  await nextFrames(page, 3);
  const z1 = await zoom();
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await nextFrames(page, 3);
  const z2 = await zoom();
  await page.keyboard.press('Control+0');
  await nextFrames(page, 3);
  const z3 = await zoom();
  assert(z1 > z0 && z2 < z0 && Math.abs(z3 - 1) < 1e-6, `zoom ${z0} → ${z1} → ${z2} → ${z3}`);
  await page.close();
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 760 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const phone = await context.newPage();
  const phoneErrors = watchConsole(phone);
  await phone.goto(ctx.url);
  await waitReady(phone);
  await nextFrames(phone, 3);
  await screenshot(phone, ctx.shots, '09-phone-390x760');
  const r = await rect(phone, 'tab.claims');
  await context.close();
  assert(r.y > 200, `the claims pane is not stacked under the article (tab at y=${r.y})`);
  assert(errors.length === 0 && phoneErrors.length === 0, errors.concat(phoneErrors).join('\n'));
  return `zoom ${z0} → ${z1.toFixed(2)} → ${z2.toFixed(2)} → ${z3}`;
});

test('loading screen shows progress until the first frame', async (ctx) => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/claimlight.data', async (route) => { await gate; await route.continue(); });
  await page.goto(ctx.url);
  await page.waitForFunction(() => parseFloat(document.getElementById('cl-progress-bar').style.width) > 0, null, { timeout: 20000 });
  const mid = await page.evaluate(() => ({
    width: document.getElementById('cl-progress-bar').style.width,
    text: document.getElementById('cl-loading-text').textContent,
    visible: !document.getElementById('cl-loading').hidden,
    ready: window.claimlightReady,
  }));
  await screenshot(page, ctx.shots, '10-loading');
  release();
  await waitReady(page);
  await page.waitForFunction(() => document.getElementById('cl-loading').hidden, null, { timeout: 5000 });
  await context.close();
  assert(mid.visible && !mid.ready, `loading state: ${JSON.stringify(mid)}`);
  assert(errors.length === 0, errors.join('\n'));
  return `while the data was held back: bar ${mid.width}, "${mid.text}"`;
});

test('Export > JSON report downloads the CLI-identical report', async (ctx) => {
  const gold = goldArticle('d01');
  const { page, errors } = await openPage(ctx, ctx.url);
  await page.evaluate(([t, d]) => {
    localStorage.setItem('claimlight.text', t);
    localStorage.setItem('claimlight.settings', JSON.stringify({ date: d, mode: 'read' }));
  }, [gold.text, gold.article_date]);
  await page.reload();
  await waitReady(page);
  await nextFrames(page, 3);
  await clickWidget(page, 'menu.export');
  const downloading = page.waitForEvent('download', { timeout: 10000 });
  await clickWidget(page, 'export.claimlight-report.json');
  const download = await downloading;
  const file = path.join(ctx.shots, 'export-report.json');
  await download.saveAs(file);
  const exported = fs.readFileSync(file, 'utf8');
  const api = await page.evaluate(([t, d]) => window.Claimlight.check(t, d), [gold.text, gold.article_date]);
  assert(exported === api, `exported ${exported.length} bytes differ from the JS API's ${api.length}`);
  assert(download.suggestedFilename() === 'claimlight-report.json', download.suggestedFilename());
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  return `${exported.length} bytes, identical to Claimlight.check()`;
});

test('edit a 50 KB article: highlights update, analysed in the worker, no frame stalls', async (ctx) => {
  const text = longArticle(EVAL_DIR);
  const addition = ' Chancellor Olaf Scholz met President Emmanuel Macron in Paris.';
  const { context, page, errors } = await openLongArticle(ctx.browser, ctx.url, text);
  const thread = await page.evaluate(() => window.Claimlight.analysisThread());
  assert(thread === 'worker', `analyses run on the ${thread} thread`);
  const r = await editAndFollow(page, addition);
  // Where the caret was (Ctrl+End normally puts it at the end; the test does not depend on it).
  const edited = await page.evaluate(() => window.Claimlight.text());
  const at = edited.indexOf(addition);
  assert(at >= 0 && edited.length === text.length + addition.length, 'the typed sentence is not in the article');
  const after = await page.evaluate(() => window.claimlightState);
  assert(after.text_bytes === Buffer.byteLength(edited), `the widget holds ${after.text_bytes} bytes`);
  assert(after.off_thread, 'the new report was not made by the worker');
  // The highlights follow the edit: the report is the edited text's, as check() gives it.
  const reference = JSON.parse(await page.evaluate((t) => window.Claimlight.check(t, ''), edited));
  assert(JSON.stringify(after.summary) === JSON.stringify(reference.summary),
    `widget ${JSON.stringify(after.summary)} != check() ${JSON.stringify(reference.summary)}`);
  assert(after.summary.claims > r.before.summary.claims,
    `the added sentence added no claim (${r.before.summary.claims} → ${after.summary.claims})`);
  const from = Buffer.byteLength(edited.slice(0, at)), to = from + Buffer.byteLength(addition);
  const added = reference.claims.filter((c) => c.start >= from && c.end <= to);
  assert(added.length > 0 && added.every((c) => after.claims.some((w) => w.id === c.id && w.text === c.text)),
    `the claims of the added sentence are not on screen: ${JSON.stringify(added.map((c) => [c.id, c.text]))}; ` +
    `the widget's last claims: ${JSON.stringify(after.claims.slice(-4).map((c) => [c.id, c.text]))}`);
  // "analysing…" without flicker: the report never went away while the new one was coming.
  assert(r.states.some((s) => s.pending), 'no pending state was published after the edit');
  assert(r.states.every((s) => s.has_report), 'the report disappeared while the new one was coming');
  // No stall: every frame gap stays within a generous multiple of this page's idle frame time.
  const bound = 5 * r.idleMedian;
  assert(r.maxGap <= bound,
    `a ${r.maxGap.toFixed(0)} ms frame gap during the re-analysis; idle frames ${r.idleMedian.toFixed(1)} ms, bound ${bound.toFixed(0)} ms`);
  await screenshot(page, ctx.shots, '11-long-article-edited');
  await context.close();
  assert(errors.length === 0, errors.join('\n'));
  return `${after.summary.claims} claims after the edit; longest frame gap ${r.maxGap.toFixed(0)} ms ` +
    `(idle ${r.idleMedian.toFixed(1)} ms, bound ${bound.toFixed(0)} ms), long task ${r.longTask.toFixed(0)} ms, ` +
    `report ${r.waited} ms after the last keystroke`;
});

test('checkAsync/highlightAsync equal check(); no worker or a failed one: the page analyses itself', async (ctx) => {
  const gold = goldArticle('d01');
  const { page, errors } = await openPage(ctx, ctx.url);
  const [sync, async_, hl] = await page.evaluate(async ([t, d]) => [
    window.Claimlight.check(t, d), await window.Claimlight.checkAsync(t, d),
    await window.Claimlight.highlightAsync(t, d)], [gold.text, gold.article_date]);
  assert(async_ === sync, `checkAsync() gave ${async_.length} bytes, check() ${sync.length}`);
  for (const c of hl.claims) {
    assert(gold.text.slice(c.start16, c.end16) === c.text, `${c.id}: highlightAsync span gives ${JSON.stringify(gold.text.slice(c.start16, c.end16))}`);
  }
  const bad = JSON.parse(await page.evaluate(() => window.Claimlight.checkAsync('text', '2023-13-45')));
  assert(bad.error && bad.code === 3, `a malformed date gave ${JSON.stringify(bad)}`);
  assert(errors.length === 0, errors.join('\n'));
  await page.close();
  const expected = JSON.parse(sync).summary;
  const results = [];
  // ?worker=0, and a worker whose script cannot be loaded.
  for (const variant of ['?worker=0', 'worker-404']) {
    const context = await ctx.browser.newContext();
    await context.addInitScript(([t, d]) => {
      localStorage.setItem('claimlight.text', t);
      localStorage.setItem('claimlight.settings', JSON.stringify({ date: d, mode: 'read' }));
    }, [gold.text, gold.article_date]);
    const p = await context.newPage();
    const errs = watchConsole(p);
    if (variant === 'worker-404') await p.route('**/engine_worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    await p.goto(ctx.url + (variant.startsWith('?') ? variant : ''));
    await waitReady(p);
    await nextFrames(p, 3);
    const st = await p.evaluate(() => window.claimlightState);
    const thread = await p.evaluate(() => window.Claimlight.analysisThread());
    const viaAsync = await p.evaluate(([t, d]) => window.Claimlight.checkAsync(t, d), [gold.text, gold.article_date]);
    await context.close();
    assert(thread === 'main' && !st.off_thread, `${variant}: analyses ran on the ${thread} thread`);
    assert(JSON.stringify(st.summary) === JSON.stringify(expected), `${variant}: widget ${JSON.stringify(st.summary)}`);
    assert(viaAsync === sync, `${variant}: checkAsync() differs from check()`);
    const unexpected = errs.filter((e) => !/engine_worker\.js|404/.test(e));
    assert(unexpected.length === 0, unexpected.join('\n'));
    results.push(variant);
  }
  return `checkAsync() byte-identical to check(); ${results.join(' and ')} fell back to the page's thread`;
});

// ---------------------------------------------------------------------------------------------
async function main() {
  assert(fs.existsSync(path.join(WEB, 'index.html')), `${WEB}/index.html is missing: build first`);
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(WEB, 0);
  const browser = await launch();
  // One context (one localStorage) for the whole sequence, as one person's browser.
  const ctx = { url: server.url, shots: SHOTS, context: await browser.newContext(), browser };
  let passed = 0, failed = 0;
  for (const t of tests) {
    if (ONLY && !t.name.includes(ONLY)) continue;
    const t0 = Date.now();
    try {
      const detail = await t.fn(ctx);
      ++passed;
      console.log(`  ok    ${t.name} (${Date.now() - t0} ms)${detail ? ' — ' + detail : ''}`);
    } catch (err) {
      ++failed;
      console.log(`  FAIL  ${t.name} (${Date.now() - t0} ms)\n        ${String(err.message || err).split('\n').join('\n        ')}`);
      for (const p of ctx.context.pages()) {
        await p.screenshot({ path: path.join(SHOTS, `failed-${tests.indexOf(t) + 1}.png`) }).catch(() => {});
        await p.close().catch(() => {});
      }
    }
  }
  await browser.close();
  await server.close();
  console.log(`  screenshots: ${path.relative(process.cwd(), SHOTS) || SHOTS}/`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`browser: ${err.stack || err}`);
  console.log('browser: 0 passed, 1 failed');
  process.exit(1);
});
