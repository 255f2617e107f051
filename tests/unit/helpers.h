// Shared helpers for the unit tests: loading datasets from disk, running Analyze.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"

namespace test {

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// All files of a dataset folder, named relative to it.
inline std::vector<claimlight::DataFile> DatasetFiles(const std::filesystem::path& root) {
  std::vector<claimlight::DataFile> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".json")
      files.push_back({std::filesystem::relative(e.path(), root).generic_string(), ReadFile(e.path())});
  return files;
}

inline std::filesystem::path SourceDir() { return CLAIMLIGHT_SOURCE_DIR; }

inline std::shared_ptr<const claimlight::Dataset> LoadFolder(const std::filesystem::path& root) {
  std::shared_ptr<const claimlight::Dataset> d;
  const auto st = claimlight::LoadDataset(DatasetFiles(root), &d);
  if (!st.ok()) throw std::runtime_error(st.message);
  return d;
}

// Loaded once per test process.
inline std::shared_ptr<const claimlight::Dataset> Fixture() {
  static const auto ds = LoadFolder(SourceDir() / "tests/fixtures/dataset");
  return ds;
}

inline std::shared_ptr<const claimlight::Dataset> Bundled() {
  static const auto ds = LoadFolder(SourceDir() / "assets/dataset");
  return ds;
}

inline claimlight::Report Check(const std::string& text, const std::string& date,
                                std::shared_ptr<const claimlight::Dataset> ds = Fixture()) {
  claimlight::AnalyzeOptions opt;
  opt.article_date = date;
  claimlight::Report r;
  const auto st = claimlight::Analyze(text, opt, *ds, &r);
  if (!st.ok()) throw std::runtime_error(st.message);
  return r;
}

// The first claim of a type whose text contains `needle`.
inline const claimlight::Claim* FindClaim(const claimlight::Report& r, claimlight::ClaimType type, const std::string& needle) {
  for (const auto& c : r.claims)
    if (c.type == type && c.text.find(needle) != std::string::npos) return &c;
  return nullptr;
}

}  // namespace test
