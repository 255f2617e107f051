// Finding and reading the dataset from disk (the engine itself does no I/O).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"

namespace claimlight::cli {

// `path`: a dataset folder, a bundle file, or empty for the bundled dataset (looked for
// beside the executable and in the source tree above it). `where` names what was read.
Status ReadDatasetFiles(const std::string& path, const char* argv0, std::vector<DataFile>* files, std::string* where);
Status LoadDatasetFromPath(const std::string& path, const char* argv0, std::shared_ptr<const Dataset>* ds, std::string* where);

}  // namespace claimlight::cli
