// Internal: the parsing steps shared by the loader and the validator.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"

namespace claimlight::internal {

struct ParsedFile {
  std::string name;
  nlohmann::json doc;
};
struct RecordOrigin {
  std::string id, file, pointer;
};

const std::vector<std::string>& CollectionNames();
// Parses manifest.json (first) and the files it lists; false on a fatal problem.
bool ParseDocuments(const std::vector<DataFile>& files, std::vector<ParsedFile>* out, std::vector<Finding>* findings);
// Reads the records into the model, reporting type, date and duplicate-id problems.
void BuildModel(const std::vector<ParsedFile>& docs, Dataset* ds, std::vector<Finding>* findings,
                std::vector<RecordOrigin>* origins);
void BuildIndexes(Dataset* ds);

}  // namespace claimlight::internal
