// The CLI contract: exit codes, one-line errors, and the report on standard output.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "helpers.h"

namespace {
struct Run {
  int code;
  std::string out, err;
};

Run Cli(const std::string& args, const std::string& input = "") {
  // One folder per process: CTest runs test cases in parallel.
  const std::string dir = std::filesystem::temp_directory_path() / ("claimlight-cli-test-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string in = dir + "/in.txt", out = dir + "/out.txt", err = dir + "/err.txt";
  std::ofstream(in, std::ios::binary) << input;
  const std::string cmd = std::string(CLAIMLIGHT_CLI) + " " + args + " < " + in + " > " + out + " 2> " + err;
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), test::ReadFile(out), test::ReadFile(err)};
}

std::string Fixture() { return (test::SourceDir() / "tests/fixtures/dataset").string(); }
int Lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST_CASE("cli: help and usage errors", "[cli]") {
  const Run help = Cli("--help");
  CHECK(help.code == 0);
  CHECK(help.out.find("claimlight check") != std::string::npos);
  CHECK(help.out.find("Exit codes") != std::string::npos);
  for (const char* bad : {"", "frobnicate", "check --format xml", "check --date", "check a b", "check --nope"}) {
    INFO(bad);
    const Run r = Cli(bad);
    CHECK(r.code == 2);
    CHECK(Lines(r.err) == 1);
  }
}

TEST_CASE("cli: check prints the JSON contract", "[cli]") {
  const Run r = Cli("check --date 2021-06-16 --dataset " + Fixture() + " -", "Russian President Vladimir Putin met Joe Biden in Geneva on Wednesday.");
  CHECK(r.code == 0);
  CHECK(r.out.find("\"schema\": \"claimlight.report/1\"") != std::string::npos);
  CHECK(r.out.find("\"article_date_source\": \"option\"") != std::string::npos);
  CHECK(r.out.find("\"verdict\": \"supported\"") != std::string::npos);
}

TEST_CASE("cli: dateline and formats", "[cli]") {
  const std::string article = " date 2021-06-16 Russian President Vladimir Putin met Joe Biden in Geneva on Wednesday.";
  CHECK(Cli("check --dataset " + Fixture(), article).out.find("\"article_date_source\": \"dateline\"") != std::string::npos);
  CHECK(Cli("check --dataset " + Fixture(), "No date here.").out.find("\"article_date_source\": \"none\"") != std::string::npos);
  CHECK(Cli("check --format text --dataset " + Fixture(), article).out.find("supported [office]") != std::string::npos);
  CHECK(Cli("check --format markdown --dataset " + Fixture(), article).out.find("| # | Verdict |") != std::string::npos);
  const Run cr = Cli("check --format claimreview --dataset " + Fixture(), article);
  CHECK(cr.out.find("\"@type\": \"ClaimReview\"") != std::string::npos);
  CHECK(cr.out.find("\"alternateName\": \"True\"") != std::string::npos);
}

TEST_CASE("cli: input errors exit 3 with one line", "[cli]") {
  const Run missing = Cli("check --dataset " + Fixture() + " /nonexistent/article.txt");
  CHECK(missing.code == 3);
  CHECK(missing.err == "claimlight: /nonexistent/article.txt: cannot be read\n");
  const Run date = Cli("check --date 2023-02-30 --dataset " + Fixture() + " -", "text");
  CHECK(date.code == 3);
  CHECK(Lines(date.err) == 1);
  CHECK(date.err.find("--date") != std::string::npos);
  // Invalid UTF-8 still gets a valid report and a warning.
  const Run bad = Cli("check --date 2023-11-10 --dataset " + Fixture() + " -", "Macron \xFF\xFE met");
  CHECK(bad.code == 0);
  CHECK(bad.err.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("cli: dataset errors exit 4 naming file and pointer", "[cli]") {
  const auto dir = std::filesystem::temp_directory_path() / ("claimlight-bad-dataset-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "manifest.json") << R"({"name":"t","version":"1","as_of":"2024-01-01","files":["d.json"]})";
  std::ofstream(dir / "d.json") << R"({"people":[{"id":"person/a","name":7}]})";
  const Run r = Cli("check --date 2023-11-10 --dataset " + dir.string() + " -", "text");
  CHECK(r.code == 4);
  CHECK(Lines(r.err) == 1);
  CHECK(r.err.find("d.json at /people/0/name") != std::string::npos);
  CHECK(Cli("validate --dataset " + dir.string()).code == 4);
  CHECK(Cli("check --dataset /nonexistent -", "text").code == 4);
}

TEST_CASE("cli: validate and bundle", "[cli]") {
  const Run v = Cli("validate --dataset " + Fixture());
  CHECK(v.code == 0);
  CHECK(v.out.find("valid") != std::string::npos);
  CHECK(v.out.find("tenures: 7") != std::string::npos);
  const auto out = std::filesystem::temp_directory_path() / ("claimlight-bundle-" + std::to_string(getpid()) + ".json");
  CHECK(Cli("bundle --dataset " + Fixture() + " --output " + out.string()).code == 0);
  const Run again = Cli("validate --dataset " + out.string());
  CHECK(again.code == 0);
  CHECK(Cli("bundle --dataset " + Fixture()).code == 2);
}
