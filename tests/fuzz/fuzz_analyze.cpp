// libFuzzer target: any bytes as an article, with the fixture dataset and a date chosen by
// the input's first byte. The engine must never crash, and every span must stay inside the
// input on a UTF-8 character boundary.
//
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCLAIMLIGHT_FUZZ=ON -DCLAIMLIGHT_BUILD_TESTS=OFF
//   cmake --build build/fuzz --target fuzz_analyze && build/fuzz/tests/fuzz/fuzz_analyze -max_total_time=60
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "claimlight/claimlight.h"
#include "text.h"

namespace {
std::shared_ptr<const claimlight::Dataset> LoadFixture() {
  namespace fs = std::filesystem;
  std::vector<claimlight::DataFile> files;
  const fs::path root = fs::path(CLAIMLIGHT_SOURCE_DIR) / "tests/fixtures/dataset";
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    files.push_back({fs::relative(e.path(), root).generic_string(), ss.str()});
  }
  std::shared_ptr<const claimlight::Dataset> ds;
  if (!claimlight::LoadDataset(files, &ds).ok()) std::abort();
  return ds;
}

// Character starts as the engine decodes (an invalid byte is a character of its own).
std::vector<bool> Starts(const std::string& s) {
  std::vector<bool> starts(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size(); i += claimlight::internal::DecodeUtf8(s, i).len) starts[i] = true;
  starts[s.size()] = true;
  return starts;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto ds = LoadFixture();
  static const char* const kDates[] = {"2021-06-16", "2015-01-01", "2024-02-29", ""};
  const std::string text(reinterpret_cast<const char*>(data), size);
  claimlight::AnalyzeOptions opt;
  opt.article_date = kDates[size ? data[0] % 4 : 0];
  claimlight::Report r;
  if (!claimlight::Analyze(text, opt, *ds, &r).ok()) return 0;
  const auto starts = Starts(text);
  auto check = [&](std::size_t a, std::size_t b) {
    if (a > b || b > text.size() || !starts[a] || !starts[b]) std::abort();
  };
  for (const auto& c : r.claims) check(c.start, c.end);
  for (const auto& t : r.times) check(t.start, t.end);
  for (const auto& e : r.entities) check(e.start, e.end);
  (void)claimlight::FormatReport(r, claimlight::ReportFormat::kJson);
  return 0;
}
