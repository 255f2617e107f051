#include "dataset_io.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace claimlight::cli {
namespace {

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// The bundled dataset: assets/dataset in this folder or a parent of the executable's folder
// (a build tree inside the source tree), or share/claimlight/dataset beside an install.
fs::path FindBundled(const char* argv0) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / "assets/dataset/manifest.json", ec)) return dir / "assets/dataset";
    if (fs::exists(dir / "share/claimlight/dataset/manifest.json", ec)) return dir / "share/claimlight/dataset";
    if (dir == dir.parent_path()) break;
  }
  return {};
}

}  // namespace

Status ReadDatasetFiles(const std::string& path, const char* argv0, std::vector<DataFile>* files, std::string* where) {
  fs::path root = path.empty() ? FindBundled(argv0) : fs::path(path);
  *where = root.empty() ? std::string("(bundled)") : root.string();
  if (root.empty())
    return Status::Error(StatusCode::kDataset, "[dataset.not_found] the bundled dataset (assets/dataset) was not found; pass --dataset PATH");
  std::error_code ec;
  if (!fs::exists(root, ec)) return Status::Error(StatusCode::kDataset, "[dataset.not_found] no such file or folder");
  if (!fs::is_directory(root, ec)) {
    std::string bytes;
    if (!ReadFile(root, &bytes)) return Status::Error(StatusCode::kDataset, "[dataset.unreadable] cannot be read");
    // A bundle file: expand it into its files so that every command works on it.
    nlohmann::json b = nlohmann::json::parse(bytes, nullptr, false);
    if (b.is_discarded() || !b.is_object() || !b.contains("files") || !b["files"].is_array())
      return Status::Error(StatusCode::kDataset, "[dataset.bundle.invalid] not a dataset folder or a claimlight.bundle/1 file");
    for (auto& f : b["files"]) {
      if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("doc"))
        return Status::Error(StatusCode::kDataset, "[dataset.bundle.invalid] a bundle entry lacks its name or document");
      files->push_back({f["name"].get<std::string>(), f["doc"].dump()});
    }
    return Status::Ok();
  }
  std::string manifest;
  if (!ReadFile(root / "manifest.json", &manifest))
    return Status::Error(StatusCode::kDataset, "[dataset.manifest.missing] manifest.json: cannot be read");
  files->push_back({"manifest.json", manifest});
  const nlohmann::json m = nlohmann::json::parse(manifest, nullptr, false);
  if (m.is_discarded() || !m.is_object()) return Status::Ok();  // the loader reports the syntax error
  const auto it = m.find("files");
  if (it == m.end() || !it->is_array()) return Status::Ok();
  for (const auto& name : *it) {
    if (!name.is_string()) continue;
    const std::string n = name.get<std::string>();
    if (n.find("..") != std::string::npos || (!n.empty() && n[0] == '/'))
      return Status::Error(StatusCode::kDataset, "[dataset.manifest.files] manifest.json: \"" + n + "\" must be a path inside the dataset folder");
    std::string bytes;
    if (!ReadFile(root / n, &bytes)) return Status::Error(StatusCode::kDataset, "[dataset.file.missing] " + n + ": listed in manifest.json but cannot be read");
    files->push_back({n, std::move(bytes)});
  }
  return Status::Ok();
}

Status LoadDatasetFromPath(const std::string& path, const char* argv0, std::shared_ptr<const Dataset>* ds, std::string* where) {
  std::vector<DataFile> files;
  Status st = ReadDatasetFiles(path, argv0, &files, where);
  if (!st.ok()) return st;
  return LoadDataset(files, ds);
}

}  // namespace claimlight::cli
