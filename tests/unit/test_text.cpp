#include <catch2/catch.hpp>

#include "text.h"

using namespace claimlight::internal;

TEST_CASE("folding unifies case, diacritics, quotes and dashes", "[text]") {
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"Élysée", "elysee"}, {"Erdoğan", "erdogan"}, {"Łódź", "lodz"}, {"Straße", "strasse"},
      {"Germany\u2019s", "germany's"}, {"Armenia\u2013France", "armenia-france"}, {"ZELENSKYY", "zelenskyy"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(Fold(c.in) == c.out);
  }
}

TEST_CASE("FoldName drops punctuation so that spellings meet", "[text]") {
  CHECK(FoldName("El-Sisi") == "el sisi");
  CHECK(FoldName("U.S.") == "us");
  CHECK(FoldName("  Nikol   Pashinyan ") == "nikol pashinyan");
  CHECK(FoldName("Xi'an") == "xian");
  CHECK(FoldName("").empty());
}

TEST_CASE("invalid UTF-8 decodes as replacement characters one byte at a time", "[text]") {
  const std::string bad = std::string("ok\xC3") + "\xFF" + "\xE2\x82" + "end";
  const auto check = CheckUtf8(bad);
  CHECK(check.invalid == 4);  // C3, FF, E2 and the lone 82
  CHECK(check.first_invalid == 2);
  CHECK(ToValidUtf8(bad) == "ok\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "end");
  // Overlong and surrogate encodings are invalid too.
  CHECK(CheckUtf8("\xC0\xAF").invalid == 2);
  CHECK(CheckUtf8("\xED\xA0\x80").invalid == 3);
}

TEST_CASE("tokens keep byte spans into the input", "[text]") {
  const std::string text = "Germany\u2019s Chancellor Olaf Scholz met Macron in Élysée, on 5 October 2023.";
  const auto tokens = Tokenize(text);
  REQUIRE(tokens.size() > 8);
  for (const auto& t : tokens) {
    INFO(t.folded);
    CHECK(t.end <= text.size());
    CHECK(t.start < t.end);
  }
  CHECK(tokens[0].folded == "germany");
  CHECK(tokens[1].folded == "'s");
  CHECK(text.substr(tokens[0].start, tokens[0].end - tokens[0].start) == "Germany");
  bool found = false;
  for (const auto& t : tokens) found = found || (t.folded == "elysee" && text.substr(t.start, t.end - t.start) == "Élysée");
  CHECK(found);
}

TEST_CASE("numbers keep their separators and initialisms their dots", "[text]") {
  const auto tokens = Tokenize("more than 100,000 people in the U.S. today");
  std::vector<std::string> folded;
  for (const auto& t : tokens) folded.push_back(t.folded);
  CHECK(std::find(folded.begin(), folded.end(), "100,000") != folded.end());
  CHECK(std::find(folded.begin(), folded.end(), "u.s.") != folded.end());
}

TEST_CASE("sentences split at stops and line breaks, not after abbreviations", "[text]") {
  auto tokens = Tokenize("Mr. Sunak met Mr. Macron. They talked.\nA new line");
  const auto sentences = SplitSentences(&tokens, {"mr"});
  REQUIRE(sentences.size() == 3);
  CHECK(tokens[sentences[1].first_token].folded == "they");
  CHECK(tokens[sentences[2].first_token].folded == "a");
}

TEST_CASE("negative cases: text with no letters tokenizes without words", "[text]") {
  for (const char* s : {"", "   \n\n ", "!!! ??? ...", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80"}) {
    INFO(s);
    for (const auto& t : Tokenize(s)) CHECK(t.kind != TokenKind::kWord);
  }
}
