// Claimlight's analysis worker: runs the engine-only WebAssembly module (claimlight_engine.js
// and .wasm, built from src/core + src/wasm/engine_api.cpp) off the page's main thread, so a
// long article's analysis never stalls the widget's frames. web/app.js starts it and talks to
// it; nothing here needs SharedArrayBuffer or cross-origin isolation.
//
// Messages in (in order; the worker answers each 'dataset' and 'analyze' with one message):
//   {type:'init', base?, wasmModule?, wasmBinary?}  where to find the engine: `base` is the URL
//       the engine's files are relative to (default: this script's); a compiled
//       WebAssembly.Module or the wasm's bytes may be handed over instead of fetched — that is
//       how a single-file build with no server works (see docs/architecture.md).
//   {type:'dataset', id, bytes: ArrayBuffer}            a dataset bundle
//   {type:'analyze', id, text: ArrayBuffer, date, format: 'wire'|'json'}
// Messages out:
//   {type:'ready'}                               the engine is instantiated
//   {type:'done', id, ok: true, ...}             dataset loaded; or analysis: `bytes` (format
//       'wire': report_wire.h's encoding) or `json` (the CLI's JSON report), `ms` engine time
//   {type:'done', id, ok: false, code, error}   the engine refused (e.g. a malformed date)
//   {type:'fatal', error}                        the engine cannot run here: use another path
'use strict';

var engine = null;   // the instantiated module, once ready
var pending = [];    // messages that came before it was
var dead = false;

function fatal(err) {
  if (dead) return;
  dead = true;
  self.postMessage({ type: 'fatal', error: String((err && err.message) || err) });
}

function init(m) {
  var base = m.base || self.location.href;
  try {
    // A single-file build puts the engine's script ahead of this one in the same Blob.
    if (typeof createClaimlightEngine !== 'function') importScripts(new URL('claimlight_engine.js', base).href);
    var options = {
      print: function (text) { console.log(text); },
      printErr: function (text) { console.error(text); },
      onAbort: fatal,
      // (A worker made from a Blob has a blob: address, against which nothing resolves; it is
      // handed the wasm in the init message, and the name returned here is never fetched.)
      locateFile: function (file) {
        try { return new URL(file, base).href; } catch (e) { return file; }
      },
    };
    if (m.wasmModule) {
      options.instantiateWasm = function (imports, done) {
        WebAssembly.instantiate(m.wasmModule, imports).then(function (instance) {
          done(instance, m.wasmModule);
        }, fatal);
        return {};
      };
    } else if (m.wasmBinary) {
      options.wasmBinary = m.wasmBinary;
    }
    createClaimlightEngine(options).then(function (mod) {
      engine = mod;
      self.postMessage({ type: 'ready' });
      pending.splice(0).forEach(handle);
    }, fatal);
  } catch (err) {
    fatal(err);
  }
}

// Copies bytes into the engine's memory; the caller frees the pointer.
function toHeap(bytes) {
  var p = engine._malloc(Math.max(1, bytes.length));
  engine.HEAPU8.set(bytes, p);
  return p;
}

function handle(m) {
  if (dead) return;
  try {
    if (m.type === 'dataset') {
      var data = new Uint8Array(m.bytes);
      var p = toHeap(data);
      var error = engine.UTF8ToString(engine._claimlight_engine_load(p, data.length));
      engine._free(p);
      // The page loaded this very bundle, so a refusal here means this engine is unusable.
      if (error) { fatal('the worker could not load the dataset: ' + error); return; }
      self.postMessage({ type: 'done', id: m.id, ok: true });
    } else if (m.type === 'analyze') {
      var text = new Uint8Array(m.text);
      var tp = toHeap(text);
      var date = String(m.date || '');
      var dn = engine.lengthBytesUTF8(date) + 1;
      var dp = engine._malloc(dn);
      engine.stringToUTF8(date, dp, dn);
      var json = m.format === 'json';
      var t0 = performance.now();
      var code = engine._claimlight_engine_analyze(tp, text.length, dp, json ? 1 : 0);
      var ms = performance.now() - t0;
      engine._free(tp);
      engine._free(dp);
      var rp = engine._claimlight_engine_result(), rn = engine._claimlight_engine_result_size();
      if (json) {
        // JSON errors are {"error", "code"} objects, as Claimlight.check() returns them.
        self.postMessage({ type: 'done', id: m.id, ok: true, json: engine.UTF8ToString(rp, rn), ms: ms });
      } else if (code !== 0) {
        self.postMessage({ type: 'done', id: m.id, ok: false, code: code, error: engine.UTF8ToString(rp, rn), ms: ms });
      } else {
        var out = engine.HEAPU8.slice(rp, rp + rn).buffer;
        self.postMessage({ type: 'done', id: m.id, ok: true, bytes: out, ms: ms }, [out]);
      }
    }
  } catch (err) {
    fatal(err);
  }
}

self.onmessage = function (e) {
  var m = e.data || {};
  if (m.type === 'init') init(m);
  else if (engine) handle(m);
  else pending.push(m);
};
