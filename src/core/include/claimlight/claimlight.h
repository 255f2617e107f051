// Claimlight engine: the public interface.
//
// The engine is a pure library. It reads no clock and no files: the caller hands it the
// dataset's bytes and the article's bytes, and gets back a const Report.
//
//   std::vector<claimlight::DataFile> files = ...;           // manifest.json + data files
//   std::shared_ptr<const claimlight::Dataset> ds;
//   claimlight::Status st = claimlight::LoadDataset(files, &ds);
//   if (!st.ok()) { /* st.message names the file, JSON pointer and problem */ }
//   claimlight::AnalyzeOptions opt;
//   opt.article_date = "2023-11-10";                            // or empty: look for a dateline
//   claimlight::Report report;
//   st = claimlight::Analyze(article_text, opt, *ds, &report);
//   std::string json = claimlight::FormatReport(report, claimlight::ReportFormat::kJson);
//
// Offsets everywhere are UTF-8 byte offsets into the text exactly as given, half-open.
// Nothing here throws; errors come back as Status values with a stable id in brackets.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimlight {

enum class StatusCode { kOk = 0, kUsage = 2, kInput = 3, kDataset = 4 };

struct Status {
  StatusCode code = StatusCode::kOk;
  std::string message;  // one line: "[id] what is wrong"
  bool ok() const { return code == StatusCode::kOk; }
  static Status Ok() { return {}; }
  static Status Error(StatusCode c, std::string m) { return {c, std::move(m)}; }
};

// Largest article Analyze accepts; larger input is refused with kInput.
inline constexpr std::size_t kMaxArticleBytes = 16u * 1024u * 1024u;

// ---------------------------------------------------------------------------------------------
// Dataset
struct DataFile {
  std::string name;   // path relative to the dataset folder, e.g. "officials/europe-west.json"
  std::string bytes;  // the file's content
};

class Dataset;

struct DatasetInfo {
  std::string name;
  std::string version;
  std::string as_of;  // YYYY-MM-DD: the dataset is complete up to this date
  std::string licence;
  std::size_t records = 0;
  std::map<std::string, std::size_t> counts;  // per collection
};

// A finding of the validator (also used for load errors).
struct Finding {
  enum class Severity { kError, kWarning, kInfo } severity = Severity::kError;
  std::string id;       // stable id, e.g. "dataset.tenure.overlap"
  std::string file;     // file name within the dataset
  std::string pointer;  // JSON pointer, e.g. "/tenures/12/end"
  std::string message;
};

// Loads manifest.json and the files it lists. On failure *out is untouched.
Status LoadDataset(const std::vector<DataFile>& files, std::shared_ptr<const Dataset>* out);
// A bundle is the whole dataset in one compact JSON document (what the widget ships).
Status LoadDatasetBundle(std::string_view bundle, std::shared_ptr<const Dataset>* out);
Status MakeDatasetBundle(const std::vector<DataFile>& files, std::string* bundle);

const DatasetInfo& GetDatasetInfo(const Dataset& ds);
// Full validation: schema, dates, references, overlaps, gaps, sources, alias collisions.
// `today` bounds the gap check (YYYY-MM-DD).
std::vector<Finding> ValidateDataset(const std::vector<DataFile>& files, std::string_view today);

// Browsing the dataset (the widget's dataset browser).
struct SearchHit {
  std::string id;     // "person/nikol-pashinyan"
  std::string kind;   // person, office, meeting, treaty, country, organization, place
  std::string label;  // "Nikol Pashinyan"
  std::string detail; // "Prime Minister of Armenia (2018–)"
};
std::vector<SearchHit> SearchDataset(const Dataset& ds, std::string_view query, std::size_t limit);

struct RecordView {
  struct Field { std::string label, value; };
  struct Link { std::string label, id; };
  struct Bar { std::string label; std::string start, end; bool acting = false; std::string source; };
  std::string id, kind, title;
  std::vector<Field> fields;  // "Aliases", "Nationality", "Dates", "Place", ...
  std::vector<Bar> timeline;  // a person's offices, an office's holders
  std::vector<Link> links;    // participants, parties, related records
  std::string source;
};
// False when no record has that id.
bool DescribeRecord(const Dataset& ds, std::string_view id, RecordView* out);

// Coverage tables (Markdown): counts per collection, per region, per year.
std::string CoverageMarkdown(const Dataset& ds);

// ---------------------------------------------------------------------------------------------
// Analysis
enum class ClaimType { kOffice, kMeeting, kTreaty, kEvent, kQuantity, kOther };
enum class Verdict { kSupported, kContradicted, kMixed, kUnverifiable };

const char* ToString(ClaimType t);
const char* ToString(Verdict v);

struct Evidence {
  std::string id;       // dataset record id
  std::string kind;     // tenure, meeting, treaty, person, office, membership, ...
  std::string summary;  // one line a reader understands
  std::string source;   // https URL
};

struct Claim {
  std::string id;  // "c1", "c2", ...
  ClaimType type = ClaimType::kOther;
  std::size_t start = 0, end = 0;
  std::string text;
  Verdict verdict = Verdict::kUnverifiable;
  double confidence = 0.0;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::vector<std::string> notes;  // spelling notes, time resolution notes, as-of notes
};

struct TimeMention {
  std::size_t start = 0, end = 0;
  std::string text;
  std::string value;  // TIMEX3-style: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY, or a range a/b
  std::string note;   // how it was resolved: "last month → 2023-10, from the article date 2023-11-10"
};

struct EntityMention {
  std::size_t start = 0, end = 0;
  std::string text;
  std::string id;    // dataset id
  std::string kind;  // person, country, organization, place, office, meeting, treaty
  std::string note;  // e.g. spelling variant note
};

struct Summary {
  int claims = 0, supported = 0, contradicted = 0, mixed = 0, unverifiable = 0;
};

struct Report {
  std::string article_date;         // YYYY-MM-DD or empty
  std::string article_date_source;  // option | dateline | none
  DatasetInfo dataset;
  std::vector<Claim> claims;
  std::vector<TimeMention> times;
  std::vector<EntityMention> entities;
  Summary summary;
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 at byte 12 was read as U+FFFD"
};

struct AnalyzeOptions {
  std::string article_date;  // YYYY-MM-DD; empty: look for a dateline in the text
};

// Never throws; returns kInput for text over kMaxArticleBytes or a malformed article_date.
Status Analyze(std::string_view text, const AnalyzeOptions& options, const Dataset& ds, Report* out);

enum class ReportFormat { kJson, kText, kMarkdown, kClaimReview };
// `color` adds ANSI colours to the text format.
std::string FormatReport(const Report& report, ReportFormat format, bool color = false);

}  // namespace claimlight
