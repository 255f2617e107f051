// Claimlight page glue: starts the WebAssembly widget and bridges what a canvas cannot do by
// itself — loading progress, the system clipboard (paste and copy), zoom keys, localStorage,
// downloads, the soft keyboard, and the accessible DOM mirror of the results.
//
// Page-facing surface:
//   window.claimlightReady            true once the first interactive frame is drawn
//   window 'claimlight:ready' event   the same, as an event (detail.ms: time to first frame)
//   window.Claimlight.check(text, date)  the JSON report string, exactly as the CLI prints it
//                                        (synchronous, on the page's thread)
//   window.Claimlight.checkAsync(text, date)  a Promise of the same string, analysed in the
//                                        background worker (or as check() when there is none)
//   window.Claimlight.highlight / highlightAsync  the report object with UTF-16 offsets
//   window.Claimlight.loadBundle(json)   "" or the error line (the old dataset stays on error)
//   window.claimlightState            the widget's published state (summary, claims, ...)
//   window.claimlightUi.rects         rectangles of named widgets (CSS px, canvas-relative)
(function () {
  'use strict';
  window.claimlightReady = false;
  window.claimlightUi = { rects: {} };
  window.claimlightState = null;

  var canvas = document.getElementById('canvas');
  var loading = document.getElementById('cl-loading');
  var bar = document.getElementById('cl-progress-bar');
  var barBox = loading.querySelector('.cl-progress');
  var loadingText = document.getElementById('cl-loading-text');
  var fatal = document.getElementById('cl-fatal');
  var mirror = document.getElementById('cl-mirror');
  var ime = document.getElementById('cl-ime');
  var live = document.getElementById('cl-live');
  var lastAnnouncement = '';
  var module = null;

  // ---- loading progress: the wasm (fetched here, with progress) and the data package ----
  var progress = { wasm: 0, data: 0 };
  function showProgress(text) {
    var pct = Math.round(100 * (0.3 * progress.wasm + 0.7 * progress.data));  // by typical size
    bar.style.width = pct + '%';
    barBox.setAttribute('aria-valuenow', String(pct));
    if (text) loadingText.textContent = text;
  }
  function showFatal(message) {
    fatal.textContent = message;
    fatal.hidden = false;
    loadingText.textContent = 'Claimlight could not start.';
  }

  // The wasm is fetched with XHR for its progress events (reading a fetch() body stream for
  // progress made Chromium report the finished request as aborted).
  function instantiateWasm(imports, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', 'claimlight.wasm');
    xhr.responseType = 'arraybuffer';
    xhr.onprogress = function (e) {
      if (!e.lengthComputable) return;
      progress.wasm = Math.min(1, e.loaded / e.total);
      showProgress('Loading the engine… ' + Math.round(e.loaded / 1024) + ' KB');
    };
    xhr.onerror = function () { showFatal('Loading failed: claimlight.wasm could not be downloaded'); };
    xhr.onload = function () {
      if (xhr.status !== 200 && xhr.status !== 0) { showFatal('Loading failed: claimlight.wasm: HTTP ' + xhr.status); return; }
      progress.wasm = 1;
      showProgress(progress.data < 1 ? 'Loading the dataset…' : 'Starting…');
      WebAssembly.instantiate(xhr.response, imports).then(function (result) {
        done(result.instance, result.module);
      }).catch(function (err) {
        showFatal('Loading failed: ' + err.message);
      });
    };
    xhr.send();
    return {};
  }

  // ---- the analysis worker (web/engine_worker.js): the engine-only module off this thread ----
  // Requests are numbered; each gets one answer. If the worker cannot start or stops, every
  // waiting request is rejected and the widget analyses on this thread from then on. Turned
  // off by ?worker=0 in the page's address (tests, comparisons) or where Worker is missing —
  // e.g. a page opened from file://, where Chromium refuses to start a worker from a file.
  var engine = startEngine();
  function startEngine() {
    var e = { worker: null, failed: false, reason: '', nextId: 1, waiting: {} };
    var watchdog = 0;
    function fail(why) {
      if (e.failed) return;
      e.failed = true;
      clearTimeout(watchdog);
      e.reason = why;
      if (e.worker) e.worker.terminate();
      console.warn('Claimlight: analysis continues on the page\'s thread (' + why + ')');
      var waiting = e.waiting;
      e.waiting = {};
      Object.keys(waiting).forEach(function (id) { waiting[id].reject(new Error(why)); });
    }
    e.fail = fail;
    e.request = function (message, transfer) {
      if (e.failed) return Promise.reject(new Error(e.reason));
      var id = e.nextId++;
      message.id = id;
      return new Promise(function (resolve, reject) {
        e.waiting[id] = { resolve: resolve, reject: reject };
        e.worker.postMessage(message, transfer || []);
      });
    };
    if (/[?&]worker=0(&|$)/.test(location.search) || typeof Worker !== 'function') {
      e.failed = true;
      e.reason = 'no worker';
      return e;
    }
    try {
      e.worker = new Worker('engine_worker.js');
    } catch (err) {
      e.failed = true;
      e.reason = 'the worker could not start: ' + err.message;
      return e;
    }
    // A worker that never gets its engine running (a download that hangs) must not leave the
    // widget waiting for ever: past this, the page analyses itself.
    watchdog = setTimeout(function () { fail('the worker did not start within 20 s'); }, 20000);
    e.worker.onmessage = function (ev) {
      var m = ev.data || {};
      if (m.type === 'ready') { clearTimeout(watchdog); return; }
      if (m.type === 'fatal') { fail(m.error || 'the worker stopped'); return; }
      var w = e.waiting[m.id];
      if (!w) return;
      delete e.waiting[m.id];
      w.resolve(m);
    };
    e.worker.onerror = function (ev) {
      ev.preventDefault();
      fail('the worker failed: ' + (ev.message || 'it could not be loaded'));
    };
    e.worker.postMessage({ type: 'init', base: new URL('.', document.baseURI).href });
    return e;
  }

  // ---- the host services the widget calls (src/app/platform_web.cpp) ----
  var lastMirrorJson = '';
  var host = {
    openUrl: function (url) {
      if (!/^https?:\/\//i.test(url)) return;
      var w = window.open(url, '_blank', 'noopener,noreferrer');
      if (w) w.opener = null;
    },
    writeClipboard: function (text) {
      host.lastCopied = text;
      window.claimlightUi.lastCopied = text;
      try {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).catch(function () {});
        }
      } catch (e) { /* no clipboard access: the in-widget copy still works */ }
    },
    loadSetting: function (key) {
      try { return window.localStorage.getItem(key); } catch (e) { return null; }
    },
    saveSetting: function (key, value) {
      try { window.localStorage.setItem(key, value); } catch (e) { /* private mode, quota */ }
    },
    saveFile: function (name, mime, bytes) {
      var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    },
    publishMirror: function (json) {
      if (json === lastMirrorJson) return;
      lastMirrorJson = json;
      var state = JSON.parse(json);
      if (state.partial) {
        // Only the status fields changed (typing, analysis progress): nothing to re-render.
        var merged = Object.assign({}, window.claimlightState || {}, state);
        delete merged.partial;
        state = merged;
      } else {
        renderMirror(state);
      }
      window.claimlightState = state;
      window.dispatchEvent(new CustomEvent('claimlight:state', { detail: state }));
    },
    publishRects: function (json) {
      window.claimlightUi.rects = JSON.parse(json);
    },
    ready: function (ms) {
      window.claimlightReady = true;
      window.claimlightFirstFrameMs = ms;
      window.claimlightReadyAt = performance.now();  // ms since navigation start
      document.documentElement.setAttribute('data-claimlight-ready', 'true');
      progress.wasm = progress.data = 1;
      showProgress('Ready');
      loading.classList.add('done');
      setTimeout(function () { loading.hidden = true; }, 300);
      window.dispatchEvent(new CustomEvent('claimlight:ready', { detail: { ms: ms } }));
    },
    engineUsable: function () { return !engine.failed; },
    engineDisable: function (why) { engine.fail(why); },
    engineDataset: function (bytes) {
      engine.request({ type: 'dataset', bytes: bytes.buffer }, [bytes.buffer]).catch(function () {});
    },
    engineAnalyze: function (bytes, date) {
      return engine.request({ type: 'analyze', text: bytes.buffer, date: date, format: 'wire' }, [bytes.buffer]);
    },
    textInputWanted: function (wanted) {
      // While a text field of the widget is active, the hidden textarea holds the focus: it
      // brings up soft keyboards and receives IME and dead-key compositions and inserted text.
      textWanted = wanted;
      if (wanted) { ime.value = ''; ime.focus({ preventScroll: true }); } else if (document.activeElement === ime) { ime.blur(); }
    },
  };

  // ---- the accessible mirror: semantic DOM built with textContent only ----
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function renderMirror(s) {
    var frag = document.createDocumentFragment();
    if (s.error) frag.appendChild(el('p', s.error, { role: 'alert' }));
    if (s.has_report && s.summary) {
      var sm = s.summary;
      frag.appendChild(el('h2', 'Claims'));
      frag.appendChild(el('p', sm.claims + ' claims: ' + sm.supported + ' supported, ' +
        sm.contradicted + ' contradicted, ' + sm.mixed + ' mixed, ' + sm.unverifiable +
        ' unverifiable. Article date ' + (s.article_date || 'unknown') + ' (' +
        s.article_date_source + ').', { 'data-role': 'summary' }));
      var list = el('ol', null, { 'data-role': 'claims' });
      (s.claims || []).forEach(function (c) {
        var li = el('li', null, { 'data-claim': c.id, 'data-verdict': c.verdict });
        if (c.selected) li.setAttribute('aria-current', 'true');
        li.appendChild(el('strong', c.verdict_label + ': '));
        li.appendChild(document.createTextNode('“' + c.text + '” — ' + c.explanation));
        (c.sources || []).forEach(function (src) {
          li.appendChild(document.createTextNode(' '));
          li.appendChild(el('a', 'Source: ' + src.summary, { href: src.url, target: '_blank', rel: 'noopener noreferrer' }));
        });
        list.appendChild(li);
      });
      frag.appendChild(list);
      var sel = (s.claims || []).filter(function (c) { return c.selected; })[0];
      if (sel) {
        var card = el('section', null, { 'aria-label': 'Selected claim', 'data-role': 'card' });
        card.appendChild(el('h3', sel.verdict_label + ': “' + sel.text + '”'));
        card.appendChild(el('p', sel.explanation, { 'data-role': 'explanation' }));
        (sel.sources || []).forEach(function (src) {
          var p = el('p');
          p.appendChild(el('a', src.summary, { href: src.url, target: '_blank', rel: 'noopener noreferrer', 'data-role': 'source' }));
          card.appendChild(p);
        });
        frag.appendChild(card);
      }
    }
    if (s.dataset) {
      var ds = el('section', null, { 'aria-label': 'Dataset browser', 'data-role': 'dataset' });
      if (s.dataset.record) {
        var r = s.dataset.record;
        ds.appendChild(el('h3', r.title + ' (' + r.kind + ')'));
        var dl = el('dl');
        (r.fields || []).forEach(function (f) { dl.appendChild(el('dt', f.label)); dl.appendChild(el('dd', f.value)); });
        ds.appendChild(dl);
        if (r.timeline && r.timeline.length) {
          var tl = el('ul', null, { 'data-role': 'timeline' });
          r.timeline.forEach(function (b) {
            tl.appendChild(el('li', b.label + ': ' + b.start + ' – ' + (b.end || 'present') + (b.acting ? ' (acting)' : '')));
          });
          ds.appendChild(tl);
        }
        if (r.links && r.links.length) {
          var ul = el('ul', null, { 'data-role': 'links' });
          r.links.forEach(function (l) { ul.appendChild(el('li', l.label)); });
          ds.appendChild(ul);
        }
      } else if (s.dataset.search) {
        ds.appendChild(el('p', (s.dataset.hits || []).length + ' results for “' + s.dataset.search + '”'));
        var hl = el('ul', null, { 'data-role': 'hits' });
        (s.dataset.hits || []).forEach(function (h) { hl.appendChild(el('li', h.label + ' — ' + h.kind + ', ' + h.detail)); });
        ds.appendChild(hl);
      }
      frag.appendChild(ds);
    }
    mirror.replaceChildren(frag);
    announce(s);
  }

  // The live region says only what changed that matters: the summary after an analysis, the
  // selected claim, an error. (The full mirror above is for reading, not announced.)
  function announce(s) {
    var msg = '';
    var sel = (s.claims || []).filter(function (c) { return c.selected; })[0];
    if (s.error) msg = s.error;
    else if (sel) msg = sel.verdict_label + ': ' + sel.text + '. ' + sel.explanation;
    else if (s.has_report && s.summary) {
      var sm = s.summary;
      msg = sm.claims + ' claims: ' + sm.supported + ' supported, ' + sm.contradicted +
        ' contradicted, ' + sm.mixed + ' mixed, ' + sm.unverifiable + ' unverifiable.';
    }
    if (msg && msg !== lastAnnouncement) { lastAnnouncement = msg; live.textContent = msg; }
  }

  // ---- paste, copy and zoom keys ----
  var lastCtrlV = -1e9;
  window.addEventListener('keydown', function (e) {
    var key = (e.key || '').toLowerCase();
    if (e.ctrlKey && !e.metaKey && key === 'v') lastCtrlV = performance.now();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === '+' || key === '=' || key === '-' || key === '0')) {
      e.preventDefault();  // zoom the widget, not the page
      if (module) module.ccall('claimlight_app_zoom', null, ['number'], [key === '0' ? 0 : key === '-' ? 1 / 1.1 : 1.1]);
    }
    if (e.key === 'F1') e.preventDefault();
  }, true);
  document.addEventListener('paste', function (e) {
    if (!module || !e.clipboardData) return;
    var text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    var fromKey = performance.now() - lastCtrlV < 1000 ? 1 : 0;
    lastCtrlV = -1e9;
    module.ccall('claimlight_app_paste', null, ['string', 'number'], [text.replace(/\r\n?/g, '\n'), fromKey]);
  });
  // Copy: Ctrl+C reaches ImGui one frame after the browser's copy event, so the widget writes
  // the system clipboard itself (host.writeClipboard) rather than answering that event.

  // ---- keyboard bridge: soft keyboards, IME, dead keys, inserted text ----
  // Ordinary keys reach the widget through Emscripten's GLFW (keydown/keypress on window); the
  // textarea only forwards what came without them: compositions, soft-keyboard input (keyCode
  // 229) and text inserted by assistive tools. Whatever GLFW handled is dropped here.
  var textWanted = false;
  var pendingKeyCode = 0;   // keydown GLFW saw and whose default input has not come yet
  var pendingChar = null;   // character GLFW got from keypress, likewise
  window.addEventListener('keydown', function (e) { pendingKeyCode = e.keyCode; pendingChar = null; }, true);
  window.addEventListener('keypress', function (e) { pendingChar = e.charCode ? String.fromCharCode(e.charCode) : null; }, true);
  window.addEventListener('keyup', function () { pendingKeyCode = 0; pendingChar = null; }, true);
  // AltGr characters ("@" on a German keyboard, "ą" on a Polish one) come with Ctrl and Alt
  // held on Windows: Emscripten's GLFW drops key presses with Ctrl, and the browser inserts
  // nothing into the textarea, so the character is forwarded here.
  window.addEventListener('keypress', function (e) {
    if (textWanted && e.ctrlKey && e.altKey && !e.metaKey && e.charCode >= 32) {
      call('claimlight_app_input_text', ['string'], [String.fromCharCode(e.charCode)]);
    }
  }, true);
  function glfwHandled(e) {
    var code = pendingKeyCode, ch = pendingChar;
    pendingKeyCode = 0;
    pendingChar = null;
    if (e.isComposing || code === 229) return false;
    if (/^insert(Text|ReplacementText)$/.test(e.inputType)) return ch !== null && ch === e.data;
    if (e.inputType === 'deleteContentBackward') return code === 8;
    if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') return code === 13;
    return code !== 0;
  }
  function call(name, types, values) { if (module) module.ccall(name, null, types, values); }
  ime.addEventListener('beforeinput', function (e) {
    if (e.inputType === 'insertCompositionText' || e.inputType === 'insertFromPaste') return;
    var handled = glfwHandled(e);
    e.preventDefault();  // the textarea stays empty; the widget owns the text
    if (handled) return;
    if (e.inputType === 'deleteContentBackward') call('claimlight_app_input_key', ['number'], [8]);
    else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') call('claimlight_app_input_key', ['number'], [13]);
    else if (e.data) call('claimlight_app_input_text', ['string'], [e.data]);
  });
  ime.addEventListener('compositionend', function (e) {
    if (e.data) call('claimlight_app_input_text', ['string'], [e.data]);
    ime.value = '';
  });
  // Clicks on the canvas must not take the focus from the textarea.
  canvas.addEventListener('mousedown', function (e) {
    e.preventDefault();
    if (textWanted) setTimeout(function () { if (textWanted) ime.focus({ preventScroll: true }); }, 0);
  });
  canvas.addEventListener('touchend', function () {
    // A tap on a text field: focus inside the user gesture so the soft keyboard opens.
    setTimeout(function () { if (textWanted) ime.focus({ preventScroll: true }); }, 50);
  });

  // Nothing typed is lost: save at once when the page goes away (saves are debounced otherwise).
  window.addEventListener('pagehide', function () { call('claimlight_app_flush', [], []); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') call('claimlight_app_flush', [], []);
  });

  // Maps UTF-8 byte offsets of `text` to UTF-16 code unit offsets (a byte inside a character
  // maps to the character's start).
  function utf8ToUtf16Offsets(text) {
    var n = text.length, bytes = new Array(n + 1);  // bytes[i]: UTF-8 offset of UTF-16 index i
    bytes[0] = 0;
    for (var i = 0; i < n; ++i) {
      var c = text.charCodeAt(i);
      if (c < 0x80) bytes[i + 1] = bytes[i] + 1;
      else if (c < 0x800) bytes[i + 1] = bytes[i] + 2;
      else if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
        bytes[i + 1] = bytes[i] + 3.5;  // between the surrogates: no byte offset lands here
        bytes[i + 2] = bytes[i] + 4;
        ++i;
      } else bytes[i + 1] = bytes[i] + 3;
    }
    return function (b) {  // the last UTF-16 index whose byte offset is <= b
      var lo = 0, hi = n;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (bytes[mid] <= b) lo = mid; else hi = mid - 1; }
      return lo;
    };
  }

  // ---- start ----
  if (typeof createClaimlight !== 'function') {
    showFatal('claimlight.js did not load.');
    return;
  }
  showProgress('Loading the engine…');
  createClaimlight({
    canvas: canvas,
    claimlightHost: host,
    instantiateWasm: instantiateWasm,
    setStatus: function (text) {
      var m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) { progress.data = Number(m[1]) / Number(m[2]); showProgress('Loading the dataset… ' + Math.round(Number(m[1]) / 1024) + ' KB'); }
      else if (text === '' || /^All downloads complete/.test(text || '')) { progress.data = 1; showProgress('Starting…'); }
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.error(text); },
    onAbort: function (what) { showFatal('Claimlight stopped: ' + what); },
  }).then(function (m) {
    module = m;
    // The report with every span also given as UTF-16 offsets (start16/end16) for the DOM.
    function withUtf16(json, text) {
      var report = JSON.parse(json);
      if (report.error) return report;
      var map = utf8ToUtf16Offsets(String(text));
      ['claims', 'times', 'entities'].forEach(function (k) {
        (report[k] || []).forEach(function (s) {
          s.start16 = map(s.start);
          s.end16 = map(s.end);
        });
      });
      return report;
    }
    function check(text, date) {
      return m.ccall('claimlight_check', 'string', ['string', 'string'], [String(text), date ? String(date) : '']);
    }
    // The text's UTF-8 bytes exactly as check() hands them to the engine (ccall's encoder).
    function utf8Bytes(text) {
      var n = m.lengthBytesUTF8(text) + 1;
      var p = m._malloc(n);
      m.stringToUTF8(text, p, n);
      var bytes = m.HEAPU8.slice(p, p + n - 1);
      m._free(p);
      return bytes;
    }
    function checkAsync(text, date) {
      text = String(text);
      date = date ? String(date) : '';
      if (engine.failed || !m._claimlight_app_engine_prepare()) return Promise.resolve(check(text, date));
      var bytes = utf8Bytes(text);
      return engine.request({ type: 'analyze', text: bytes.buffer, date: date, format: 'json' }, [bytes.buffer])
        .then(function (r) { return r.json; }, function () { return check(text, date); });
    }
    window.Claimlight = {
      check: check,
      checkAsync: checkAsync,
      highlight: function (text, date) { return withUtf16(check(text, date), text); },
      highlightAsync: function (text, date) {
        return checkAsync(text, date).then(function (json) { return withUtf16(json, text); });
      },
      // Whether analyses run in the background worker ('worker') or on this thread ('main').
      analysisThread: function () { return engine.failed ? 'main' : 'worker'; },
      loadBundle: function (json) {
        return m.ccall('claimlight_load_bundle', 'string', ['string'], [String(json)]);
      },
      text: function () { return m.ccall('claimlight_app_text', 'string', [], []); },
      frameStats: function () { return JSON.parse(m.ccall('claimlight_app_frame_stats', 'string', [], [])); },
    };
  }, function (err) {
    showFatal('Claimlight could not start: ' + err);
  });
})();
