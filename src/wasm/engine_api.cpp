// The analysis engine alone, as a second WebAssembly module for a Web Worker (claimlight_engine.js
// + .wasm; web/engine_worker.js drives it). No Dear ImGui, no file system: the worker hands it
// the dataset bundle and the article as bytes and gets the report back as bytes.
//
//   claimlight_engine_load(bundle, len)              -> "" or the error line
//   claimlight_engine_analyze(text, len, date, fmt)  -> 0, or the Status code on failure
//       fmt 0: the Report encoded by report_wire.h (the widget decodes it; nothing is lost)
//       fmt 1: the JSON report, byte for byte what `claimlight check --format json` prints
//     the result (or on failure the error: fmt 0 the message, fmt 1 {"error","code"} as
//     claimlight_check gives it) is at claimlight_engine_result(), claimlight_engine_result_size()
//     bytes long, valid until the next call.
//
// Text goes in with its length, not NUL-terminated, so every byte of the article arrives as it
// was typed (invalid UTF-8 included: the engine's offsets are into exactly those bytes).
#include <emscripten/emscripten.h>

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimlight/claimlight.h"
#include "report_wire.h"

namespace {

std::shared_ptr<const claimlight::Dataset> g_dataset;
std::string g_result;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* claimlight_engine_load(const char* bundle, int len) {
  std::shared_ptr<const claimlight::Dataset> ds;
  claimlight::Status st = claimlight::LoadDatasetBundle(
      std::string_view(bundle != nullptr ? bundle : "", bundle != nullptr ? len : 0), &ds);
  if (st.ok()) g_dataset = std::move(ds);
  g_result = st.ok() ? std::string() : st.message;
  return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE int claimlight_engine_analyze(const char* text, int len, const char* date,
                                                   int format) {
  claimlight::Status st;
  claimlight::Report report;
  if (!g_dataset) {
    st = claimlight::Status::Error(claimlight::StatusCode::kDataset,
                                   "[dataset.none] no dataset is loaded");
  } else {
    claimlight::AnalyzeOptions options;
    options.article_date = date != nullptr ? date : "";
    st = claimlight::Analyze(std::string_view(text != nullptr ? text : "", text ? len : 0), options,
                             *g_dataset, &report);
  }
  if (!st.ok()) {
    g_result =
        format == 1
            ? nlohmann::json{{"error", st.message}, {"code", static_cast<int>(st.code)}}.dump()
            : st.message;
    return static_cast<int>(st.code);
  }
  g_result = format == 1 ? claimlight::FormatReport(report, claimlight::ReportFormat::kJson)
                         : claimlight::wasm::EncodeReport(report);
  return 0;
}

EMSCRIPTEN_KEEPALIVE const char* claimlight_engine_result() {
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int claimlight_engine_result_size() {
  return static_cast<int>(g_result.size());
}

}  // extern "C"
