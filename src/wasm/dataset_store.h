// The one dataset of a WebAssembly module, shared by the JS API and the widget.
//
// Loading never throws: a failed load leaves the previous dataset in use and returns the
// engine's Status, so a malformed dropped file cannot take the page down.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "claimlight/claimlight.h"

namespace claimlight::wasm {

// The dataset in use, or null before the first successful load.
std::shared_ptr<const Dataset> CurrentDataset();

// Loads a dataset from the module's virtual file system: `path` is either a bundle file
// (one JSON document, what `claimlight bundle` writes) or a folder holding manifest.json and
// the files its "files" list names.
Status LoadDatasetFromPath(const std::string& path);
// Loads a bundle given as bytes (e.g. a file dropped on the page).
Status LoadDatasetFromBundle(std::string_view bundle);

// Incremented on every successful load, so readers can tell the dataset changed.
int DatasetGeneration();

// The current dataset as a bundle (what was loaded, or the folder's files made into one), for
// handing to the analysis worker; null before the first load, empty if no bundle could be made.
std::shared_ptr<const std::string> CurrentBundle();

}  // namespace claimlight::wasm
