// Property tests: random bytes and random mixes of article text never crash the engine, and
// every span in a report lies inside the input on UTF-8 character boundaries.
#include <catch2/catch.hpp>
#include <random>

#include "helpers.h"
#include "text.h"

using namespace claimlight;

namespace {
// Character starts as the engine decodes: a valid sequence, or one invalid byte on its own
// (read as U+FFFD), so spans never split a valid character.
std::vector<bool> CharStarts(const std::string& s) {
  std::vector<bool> starts(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size(); i += claimlight::internal::DecodeUtf8(s, i).len) starts[i] = true;
  starts[s.size()] = true;
  return starts;
}

void CheckSpans(const std::string& text, const Report& r) {
  const auto starts = CharStarts(text);
  auto check = [&](std::size_t start, std::size_t end) {
    CHECK(start <= end);
    CHECK(end <= text.size());
    CHECK(starts[std::min(start, text.size())]);
    CHECK(starts[std::min(end, text.size())]);
  };
  for (const auto& c : r.claims) check(c.start, c.end);
  for (const auto& t : r.times) check(t.start, t.end);
  for (const auto& e : r.entities) check(e.start, e.end);
  // The report serialises to valid JSON whatever the input bytes were.
  const std::string json = FormatReport(r, ReportFormat::kJson);
  CHECK(json.find("\"schema\": \"claimlight.report/1\"") != std::string::npos);
}

const char* const kPieces[] = {
    "Prime Minister Nikol Pashinyan", " met ", "President Emmanuel Macron of France", " in Paris", " on Thursday", ". ",
    "Germany\u2019s Chancellor Olaf Scholz", ", ", "last month", "\n", "Erdoğan", "Łódź", "Élysée", "\xF0\x9F\x98\x80",
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xFF", "\xC3", "5 October 2023", "signed a treaty", "the G20 summit",
    "more than 100,000 people", "former", "Mr", "’s", "\"", "\0", "2023-11-10", "declined to attend", "U.S.", "-"};
}  // namespace

TEST_CASE("random bytes never crash and spans stay on character boundaries", "[property]") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string text(static_cast<std::size_t>(rng() % 400), '\0');
    for (auto& ch : text) ch = static_cast<char>(rng() & 0xFF);
    INFO("round " << round);
    const Report r = test::Check(text, "2023-11-10");
    CheckSpans(text, r);
  }
}

TEST_CASE("random mixes of article fragments never crash", "[property]") {
  std::mt19937 rng(777);
  const std::size_t n = sizeof(kPieces) / sizeof(kPieces[0]);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int parts = static_cast<int>(rng() % 40);
    for (int i = 0; i < parts; ++i) {
      const char* piece = kPieces[rng() % n];
      text += piece[0] ? std::string(piece) : std::string(1, '\0');
    }
    INFO("round " << round << ": " << text);
    const Report r = test::Check(text, round % 3 ? "2023-11-10" : "2021-06-16");
    CheckSpans(text, r);
    CHECK(r.summary.claims == static_cast<int>(r.claims.size()));
  }
}

TEST_CASE("edge inputs: empty, whitespace, one long line, huge", "[property]") {
  CHECK(test::Check("", "2023-11-10").claims.empty());
  CHECK(test::Check(" \n\t\n ", "2023-11-10").claims.empty());
  const std::string line(1 << 20, 'a');
  CHECK(test::Check(line, "2023-11-10").claims.empty());
  std::string big(kMaxArticleBytes + 1, 'x');
  AnalyzeOptions opt;
  Report r;
  const Status st = Analyze(big, opt, *test::Fixture(), &r);
  CHECK(st.code == StatusCode::kInput);
  CHECK(st.message.rfind("[input.too_large]", 0) == 0);
}

TEST_CASE("bad dates are refused with a clear message", "[property]") {
  for (const char* d : {"2023-02-30", "yesterday", "2023/11/10", "10-11-2023", "2023-11"}) {
    INFO(d);
    AnalyzeOptions opt;
    opt.article_date = d;
    Report r;
    const Status st = Analyze("text", opt, *test::Fixture(), &r);
    CHECK(st.code == StatusCode::kInput);
    CHECK(st.message.rfind("[input.date]", 0) == 0);
  }
}
