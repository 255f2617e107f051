// claimlight coverage: the dataset's coverage as Markdown (docs/dataset.md embeds it).
#include <iostream>

#include "claimlight/claimlight.h"
#include "dataset_io.h"

int CoverageImpl(const std::string& dataset, const char* argv0) {
  std::shared_ptr<const claimlight::Dataset> ds;
  std::string where;
  const claimlight::Status st = claimlight::cli::LoadDatasetFromPath(dataset, argv0, &ds, &where);
  if (!st.ok()) {
    std::cerr << "claimlight: dataset " << where << ": " << st.message << "\n";
    return 4;
  }
  std::cout << claimlight::CoverageMarkdown(*ds);
  return 0;
}
