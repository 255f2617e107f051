// The JS-facing API, exported as plain C functions (see web/app.js for the JS wrapper).
//
//   claimlight_check(text, date) -> the JSON report, byte for byte what `claimlight check
//   --format json` prints (same serializer: claimlight::FormatReport). On failure, a JSON
//   object {"error": "...", "code": N} with the CLI's exit code.
//
// Returned strings stay valid until the next call of the same function.
#include <emscripten/emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "claimlight/claimlight.h"
#include "dataset_store.h"

namespace {

std::string ErrorJson(const claimlight::Status& st) {
  nlohmann::json j = {{"error", st.message}, {"code", static_cast<int>(st.code)}};
  return j.dump();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* claimlight_check(const char* text, const char* date) {
  static std::string result;
  auto ds = claimlight::wasm::CurrentDataset();
  if (!ds) {
    result = ErrorJson(claimlight::Status::Error(claimlight::StatusCode::kDataset,
                                                 "[dataset.none] no dataset is loaded"));
    return result.c_str();
  }
  claimlight::AnalyzeOptions options;
  options.article_date = date != nullptr ? date : "";
  claimlight::Report report;
  claimlight::Status st = claimlight::Analyze(text != nullptr ? text : "", options, *ds, &report);
  result =
      st.ok() ? claimlight::FormatReport(report, claimlight::ReportFormat::kJson) : ErrorJson(st);
  return result.c_str();
}

// Loads a dataset bundle (JSON text). Returns "" on success, else the error line; the previous
// dataset stays in use on failure.
EMSCRIPTEN_KEEPALIVE const char* claimlight_load_bundle(const char* bundle) {
  static std::string result;
  claimlight::Status st = claimlight::wasm::LoadDatasetFromBundle(bundle != nullptr ? bundle : "");
  result = st.ok() ? std::string() : st.message;
  return result.c_str();
}

}  // extern "C"
