// claimlight: the command-line tool (see docs/cli.md and ../shared/DESIGN.md for the contract).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"
#include "dataset_io.h"

namespace fs = std::filesystem;
using namespace claimlight;

namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  claimlight check    [--date YYYY-MM-DD] [--dataset PATH] [--format json|text|markdown|claimreview] [FILE|-]\n"
    "  claimlight validate [--dataset PATH] [--today YYYY-MM-DD] [--verbose]\n"
    "  claimlight coverage [--dataset PATH]\n"
    "  claimlight bundle   [--dataset PATH] --output FILE\n"
    "  claimlight --help | --version\n"
    "\n"
    "check     reads a news article (UTF-8) from FILE or standard input and reports its claims\n"
    "          about officials, meetings and treaties, each checked against the dataset.\n"
    "          --date is the article's publication date; without it a dateline is looked for.\n"
    "validate  checks the dataset (schema, dates, references, overlaps, gaps, sources).\n"
    "coverage  prints the dataset's coverage as Markdown tables.\n"
    "bundle    writes the whole dataset as one compact JSON file (what the widget ships).\n"
    "\n"
    "Without --dataset the bundled dataset is used (assets/dataset beside the program or in\n"
    "the source tree). PATH may be a dataset folder or a bundle file.\n"
    "\n"
    "Exit codes: 0 success; 2 usage error; 3 unreadable or invalid input; 4 dataset error.\n";

int Usage(const std::string& problem) {
  std::cerr << "claimlight: " << problem << " (see claimlight --help)\n";
  return 2;
}

struct Args {
  std::string command, date, dataset, format = "json", file, output, today;
  bool verbose = false;
};

bool ParseArgs(int argc, char** argv, Args* a, std::string* problem) {
  std::vector<std::string> rest;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* into) {
      if (i + 1 >= argc) {
        *problem = arg + " needs a value";
        return false;
      }
      *into = argv[++i];
      return true;
    };
    if (arg == "--date") { if (!value(&a->date)) return false; }
    else if (arg == "--dataset") { if (!value(&a->dataset)) return false; }
    else if (arg == "--format") { if (!value(&a->format)) return false; }
    else if (arg == "--output" || arg == "-o") { if (!value(&a->output)) return false; }
    else if (arg == "--today") { if (!value(&a->today)) return false; }
    else if (arg == "--verbose" || arg == "-v") a->verbose = true;
    else if (arg.size() > 1 && arg[0] == '-' && arg != "-") { *problem = "unknown option " + arg; return false; }
    else rest.push_back(arg);
  }
  if (rest.empty()) { *problem = "no command given"; return false; }
  a->command = rest[0];
  if (rest.size() > 2) { *problem = "too many arguments"; return false; }
  if (rest.size() == 2) a->file = rest[1];
  return true;
}

int LoadOrFail(const Args& a, const char* argv0, std::shared_ptr<const Dataset>* ds) {
  std::string where;
  const Status st = cli::LoadDatasetFromPath(a.dataset, argv0, ds, &where);
  if (!st.ok()) {
    std::cerr << "claimlight: dataset " << where << ": " << st.message << "\n";
    return 4;
  }
  return 0;
}

int Check(const Args& a, const char* argv0) {
  ReportFormat format;
  if (a.format == "json") format = ReportFormat::kJson;
  else if (a.format == "text") format = ReportFormat::kText;
  else if (a.format == "markdown" || a.format == "md") format = ReportFormat::kMarkdown;
  else if (a.format == "claimreview") format = ReportFormat::kClaimReview;
  else return Usage("unknown format \"" + a.format + "\" (json, text, markdown, claimreview)");
  std::string text;
  const std::string name = a.file.empty() || a.file == "-" ? "standard input" : a.file;
  if (a.file.empty() || a.file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    std::error_code ec;
    if (fs::is_directory(a.file, ec)) {
      std::cerr << "claimlight: " << a.file << ": is a folder, not an article file\n";
      return 3;
    }
    std::ifstream in(a.file, std::ios::binary);
    if (!in) {
      std::cerr << "claimlight: " << a.file << ": cannot be read\n";
      return 3;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  if (text.size() > kMaxArticleBytes) {
    std::cerr << "claimlight: " << name << ": the article is " << text.size() << " bytes; the limit is " << kMaxArticleBytes << " bytes\n";
    return 3;
  }
  std::shared_ptr<const Dataset> ds;
  if (int rc = LoadOrFail(a, argv0, &ds)) return rc;
  AnalyzeOptions opt;
  opt.article_date = a.date;
  Report report;
  const Status st = Analyze(text, opt, *ds, &report);
  if (!st.ok()) {
    std::cerr << "claimlight: " << (st.code == StatusCode::kInput && !a.date.empty() && st.message.find("[input.date]") != std::string::npos ? "--date" : name)
              << ": " << st.message << "\n";
    return st.code == StatusCode::kInput ? 3 : 4;
  }
  for (const auto& w : report.warnings) std::cerr << "claimlight: " << name << ": warning: " << w << "\n";
  const bool color = format == ReportFormat::kText && isatty(STDOUT_FILENO);
  std::cout << FormatReport(report, format, color);
  return 0;
}

int Validate(const Args& a, const char* argv0) {
  std::vector<DataFile> files;
  std::string where;
  const Status st = cli::ReadDatasetFiles(a.dataset, argv0, &files, &where);
  if (!st.ok()) {
    std::cerr << "claimlight: dataset " << where << ": " << st.message << "\n";
    return 4;
  }
  std::string today = a.today;
  if (today.empty()) {
    std::shared_ptr<const Dataset> ds;
    if (LoadDataset(files, &ds).ok()) today = GetDatasetInfo(*ds).as_of;
  }
  const auto findings = ValidateDataset(files, today);
  // Errors are listed one by one; warnings and notes too with --verbose, otherwise counted
  // per kind with one example each.
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::map<std::string, std::pair<std::size_t, std::string>> summary;  // "warning [id]" -> count, example
  for (const auto& f : findings) {
    const char* sev = f.severity == Finding::Severity::kError ? "error" : f.severity == Finding::Severity::kWarning ? "warning" : "info";
    if (f.severity == Finding::Severity::kError) ++errors;
    else if (f.severity == Finding::Severity::kWarning) ++warnings;
    else ++infos;
    const std::string line = std::string(sev) + ": " + (f.file.empty() ? where : f.file) + (f.pointer.empty() ? "" : " " + f.pointer) +
                             ": [" + f.id + "] " + f.message;
    if (f.severity == Finding::Severity::kError || a.verbose) {
      std::cout << line << "\n";
      continue;
    }
    auto& entry = summary[std::string(sev) + " [" + f.id + "]"];
    if (entry.first++ == 0) entry.second = line;
  }
  for (const auto& [kind, entry] : summary)
    std::cout << kind << ": " << entry.first << " finding(s), e.g. " << entry.second << "\n";
  if (errors > 0) {
    std::cout << "dataset " << where << ": " << errors << " error(s), " << warnings << " warning(s), " << infos << " note(s)\n";
    return 4;
  }
  std::shared_ptr<const Dataset> ds;
  const Status ls = LoadDataset(files, &ds);
  if (!ls.ok()) {
    std::cerr << "claimlight: dataset " << where << ": " << ls.message << "\n";
    return 4;
  }
  const auto& info = GetDatasetInfo(*ds);
  std::cout << "dataset " << info.name << " " << info.version << " (as of " << info.as_of << "): valid, " << warnings
            << " warning(s), " << infos << " note(s) (--verbose lists every finding)\n";
  for (const auto& [k, v] : info.counts) std::cout << "  " << k << ": " << v << "\n";
  std::cout << "  records: " << info.records << "\n";
  return 0;
}

int Bundle(const Args& a, const char* argv0) {
  if (a.output.empty()) return Usage("bundle needs --output FILE");
  std::vector<DataFile> files;
  std::string where;
  Status st = cli::ReadDatasetFiles(a.dataset, argv0, &files, &where);
  std::string bundle;
  if (st.ok()) st = MakeDatasetBundle(files, &bundle);
  if (!st.ok()) {
    std::cerr << "claimlight: dataset " << where << ": " << st.message << "\n";
    return 4;
  }
  std::ofstream out(a.output, std::ios::binary);
  out << bundle;
  if (!out) {
    std::cerr << "claimlight: " << a.output << ": cannot be written\n";
    return 3;
  }
  return 0;
}

}  // namespace

int CoverageImpl(const std::string& dataset, const char* argv0);

int main(int argc, char** argv) {
  if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" || std::string(argv[1]) == "help")) {
    std::cout << kUsage;
    return 0;
  }
  if (argc >= 2 && std::string(argv[1]) == "--version") {
    std::cout << "claimlight 0.1.0\n";
    return 0;
  }
  Args a;
  std::string problem;
  if (!ParseArgs(argc, argv, &a, &problem)) return Usage(problem);
  if (a.command == "check") return Check(a, argv[0]);
  if (a.command == "validate") return Validate(a, argv[0]);
  if (a.command == "bundle") return Bundle(a, argv[0]);
  if (a.command == "coverage") return CoverageImpl(a.dataset, argv[0]);
  return Usage("unknown command \"" + a.command + "\"");
}
