#include "dataset_store.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimlight::wasm {
namespace {

std::shared_ptr<const Dataset>& Slot() {
  static std::shared_ptr<const Dataset> dataset;
  return dataset;
}
std::shared_ptr<const std::string>& BundleSlot() {
  static std::shared_ptr<const std::string> bundle;
  return bundle;
}
int g_generation = 0;

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

void Install(std::shared_ptr<const Dataset> ds, std::string bundle) {
  Slot() = std::move(ds);
  BundleSlot() = std::make_shared<const std::string>(std::move(bundle));
  ++g_generation;
}

}  // namespace

std::shared_ptr<const Dataset> CurrentDataset() {
  return Slot();
}
int DatasetGeneration() {
  return g_generation;
}
std::shared_ptr<const std::string> CurrentBundle() {
  return BundleSlot();
}

Status LoadDatasetFromBundle(std::string_view bundle) {
  std::shared_ptr<const Dataset> ds;
  Status st = LoadDatasetBundle(bundle, &ds);
  if (st.ok()) Install(std::move(ds), std::string(bundle));
  return st;
}

Status LoadDatasetFromPath(const std::string& path) {
  struct stat st_buf {};
  const bool is_dir = stat(path.c_str(), &st_buf) == 0 && S_ISDIR(st_buf.st_mode);
  std::string bytes;
  if (!is_dir && ReadFile(path, &bytes)) return LoadDatasetFromBundle(bytes);

  // A folder: manifest.json plus the files it lists (until every build ships a bundle).
  std::vector<DataFile> files;
  std::string manifest;
  if (!ReadFile(path + "/manifest.json", &manifest)) {
    return Status::Error(StatusCode::kDataset,
                         "[dataset.missing] " + path + ": no bundle and no manifest.json");
  }
  nlohmann::json doc = nlohmann::json::parse(manifest, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::Error(StatusCode::kDataset,
                         "[dataset.manifest.json] manifest.json: not a JSON object");
  }
  files.push_back({"manifest.json", manifest});
  auto it = doc.find("files");
  if (it != doc.end() && it->is_array()) {
    for (const auto& f : *it) {
      const std::string* name = f.is_string() ? f.get_ptr<const std::string*>() : nullptr;
      if (name == nullptr && f.is_object()) {
        auto p = f.find("path");
        if (p == f.end()) p = f.find("name");
        if (p != f.end() && p->is_string()) name = p->get_ptr<const std::string*>();
      }
      if (name == nullptr) continue;
      std::string content;
      if (!ReadFile(path + "/" + *name, &content)) {
        return Status::Error(StatusCode::kDataset, "[dataset.file.missing] manifest.json lists " +
                                                       *name + ", which is not in the bundle");
      }
      files.push_back({*name, std::move(content)});
    }
  }
  std::shared_ptr<const Dataset> ds;
  Status st = LoadDataset(files, &ds);
  if (!st.ok()) return st;
  // The analysis worker is handed a bundle, so the folder's files become one here.
  std::string bundle;
  if (!MakeDatasetBundle(files, &bundle).ok()) bundle.clear();
  Install(std::move(ds), std::move(bundle));
  return st;
}

}  // namespace claimlight::wasm
