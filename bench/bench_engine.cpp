// Engine benchmark: dataset load time and analysis throughput over ~1 MB of news text.
//
//   cmake --preset native && cmake --build --preset native --target claimlight_bench
//   build/native/bench/claimlight_bench [--mb 1]
//
// The corpus is the project's sample articles plus the public development articles when
// ../shared/eval/dev is present, repeated to the requested size. Machines here are noisy,
// so besides absolute numbers the benchmark prints ratios measured in the same run: the
// analysis against a plain tokenization pass over the same bytes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"
#include "text.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<claimlight::DataFile> DatasetFiles(const fs::path& root) {
  std::vector<claimlight::DataFile> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back({fs::relative(e.path(), root).generic_string(), Read(e.path())});
  return files;
}

template <typename F>
double BestSeconds(int runs, F&& f) {
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}
}  // namespace

int main(int argc, char** argv) {
  double mb = 1.0;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--mb") == 0) mb = std::atof(argv[i + 1]);
  const fs::path root = CLAIMLIGHT_SOURCE_DIR;

  // Dataset load: parse + model + indexes, from files and from the widget's bundle.
  const auto files = DatasetFiles(root / "assets/dataset");
  std::size_t dataset_bytes = 0;
  for (const auto& f : files) dataset_bytes += f.bytes.size();
  std::shared_ptr<const claimlight::Dataset> ds;
  const double load_s = BestSeconds(3, [&] {
    if (!claimlight::LoadDataset(files, &ds).ok()) std::abort();
  });
  std::string bundle;
  claimlight::MakeDatasetBundle(files, &bundle);
  const double bundle_s = BestSeconds(3, [&] {
    std::shared_ptr<const claimlight::Dataset> b;
    if (!claimlight::LoadDatasetBundle(bundle, &b).ok()) std::abort();
  });

  // Corpus.
  std::vector<std::string> articles;
  for (const auto& e : fs::directory_iterator(root / "assets/samples"))
    if (e.path().extension() == ".txt") articles.push_back(Read(e.path()));
  const fs::path dev = root.parent_path() / "shared/eval/dev";
  if (fs::exists(dev))
    for (const auto& e : fs::directory_iterator(dev))
      if (e.path().extension() == ".json") {
        const auto j = nlohmann::json::parse(Read(e.path()), nullptr, false);
        if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) articles.push_back(j["text"].get<std::string>());
      }
  std::string corpus;
  const std::size_t target = static_cast<std::size_t>(mb * 1024 * 1024);
  for (std::size_t i = 0; corpus.size() < target; ++i) corpus += articles[i % articles.size()] + "\n\n";

  // Throughput: one big document, and article by article (the realistic case).
  claimlight::AnalyzeOptions opt;
  opt.article_date = "2023-11-10";
  claimlight::Report report;
  std::size_t claims = 0;
  const double big_s = BestSeconds(3, [&] {
    claimlight::Analyze(corpus, opt, *ds, &report);
    claims = report.claims.size();
  });
  std::size_t done = 0;
  const double each_s = BestSeconds(3, [&] {
    done = 0;
    for (std::size_t i = 0; done < target; ++i) {
      const std::string& a = articles[i % articles.size()];
      claimlight::Analyze(a, opt, *ds, &report);
      done += a.size();
    }
  });
  std::size_t tokens = 0;
  const double tok_s = BestSeconds(3, [&] { tokens = claimlight::internal::Tokenize(corpus).size(); });

  const double corpus_mb = static_cast<double>(corpus.size()) / (1024.0 * 1024.0);
  std::printf("dataset: %zu files, %.1f MB JSON, %zu records\n", files.size(), static_cast<double>(dataset_bytes) / 1048576.0,
              claimlight::GetDatasetInfo(*ds).records);
  std::printf("dataset load (files):  %.1f ms\n", load_s * 1000);
  std::printf("dataset load (bundle): %.1f ms  (bundle %.1f MB)\n", bundle_s * 1000, static_cast<double>(bundle.size()) / 1048576.0);
  std::printf("corpus: %.2f MB from %zu articles, %zu tokens\n", corpus_mb, articles.size(), tokens);
  std::printf("analysis, one document:     %.2f MB/s (%zu claims)\n", corpus_mb / big_s, claims);
  std::printf("analysis, article by article: %.2f MB/s\n", static_cast<double>(done) / 1048576.0 / each_s);
  std::printf("tokenize only:              %.2f MB/s\n", corpus_mb / tok_s);
  std::printf("ratio analysis/tokenize time: %.1fx\n", big_s / tok_s);
  return 0;
}
