#include <catch2/catch.hpp>

#include "date.h"
#include "lexicon.h"
#include "timex.h"

using namespace claimlight::internal;

namespace {
std::vector<TimeExpr> Times(const std::string& text, const char* article) {
  auto tokens = Tokenize(text);
  const auto sentences = SplitSentences(&tokens, GetLexicon().abbreviations);
  const auto d = ParseDate(article);
  return ExtractTimes(text, tokens, sentences, DayNumber(d->year, d->month, d->day), GetLexicon());
}
}  // namespace

TEST_CASE("calendar arithmetic", "[time]") {
  CHECK(FromDayNumber(DayNumber(2024, 2, 29)).ToString() == "2024-02-29");
  CHECK(Weekday(DayNumber(2023, 11, 9)) == 3);  // a Thursday
  CHECK(IsoWeek(DayNumber(2023, 11, 1)) == "2023-W44");
  CHECK(IsoWeek(DayNumber(2021, 1, 3)) == "2020-W53");
  CHECK_FALSE(ParseDate("2023-02-29"));
  CHECK_FALSE(ParseDate("2023-13-01"));
  CHECK_FALSE(ParseDate("23-1-1"));
  CHECK(ParseDate("2023-10")->day == 0);
  CHECK(HumanDate("2023-11-09") == "9 November 2023");
}

TEST_CASE("temporal expressions resolve against the article date", "[time]") {
  struct Case { const char* text; const char* article; const char* value; };
  const Case cases[] = {
      {"Pashinyan on Thursday met Macron.", "2023-11-10", "2023-11-09"},
      {"They met last month.", "2023-11-10", "2023-10"},
      {"Last week, France and Armenia signed a deal.", "2023-11-10", "2023-W44"},
      {"The attack came in September.", "2023-11-10", "2023-09"},
      {"The summit opens on Tuesday.", "2022-11-14", "2022-11-15"},
      {"Xi will arrive on Monday.", "2022-11-14", "2022-11-14"},
      {"He arrived in Bali on Sunday night.", "2022-11-14", "2022-11-13"},
      {"It was signed on 5 October 2023.", "2024-01-01", "2023-10-05"},
      {"It was signed on October 5, 2023.", "2024-01-01", "2023-10-05"},
      {"during the visit (June 24-25)", "2023-06-25", "2023-06-24/2023-06-25"},
      {"They met on 5-6 October.", "2023-11-10", "2023-10-05/2023-10-06"},
      {"The meeting took place on February 22.", "2022-02-23", "2022-02-22"},
      {"He met him three months ago.", "2022-02-23", "2021-11"},
      {"Talks began about three months ago.", "2021-06-16", "2021-03"},
      {"a package four months ago", "2023-03-10", "2022-11"},
      {"arrivals this year", "2023-03-10", "2023"},
      {"a deal in 2021", "2023-03-10", "2021"},
      {"by the end of the month", "2021-06-16", "2021-06"},
      {"He met the Russian President in November.", "2022-02-23", "2021-11"},
      {"Today we had a historic meeting.", "2018-06-12", "2018-06-12"},
      {"They spoke yesterday.", "2018-06-12", "2018-06-11"},
      {"the dateline 2023-11-10 here", "2024-01-01", "2023-11-10"},
  };
  for (const auto& c : cases) {
    INFO(c.text << " @ " << c.article);
    const auto times = Times(c.text, c.article);
    REQUIRE(!times.empty());
    CHECK(times.front().value == c.value);
  }
}

TEST_CASE("negative cases: these contain no time", "[time]") {
  for (const char* s : {"The president may speak.", "more than 100,000 people", "at 5:05 pm local (1505 GMT)",
                        "March on, said the leader", "chapter 12 of the report"}) {
    INFO(s);
    CHECK(Times(s, "2023-11-10").empty());
  }
}

TEST_CASE("datelines", "[time]") {
  CHECK(FindDateline(" date 2023-11-10 Prime Minister Nikol Pashinyan met", GetLexicon())->ToString() == "2023-11-10");
  CHECK(FindDateline("Published 10 November 2023\nText", GetLexicon())->ToString() == "2023-11-10");
  CHECK_FALSE(FindDateline("Prime Minister Nikol Pashinyan met Macron on 9 November 2023.", GetLexicon()));
  // A place before the date, ended by a dash or a parenthesis.
  CHECK(FindDateline("WASHINGTON, June 17, 2021 — The two presidents met.", GetLexicon())->ToString() == "2021-06-17");
  CHECK(FindDateline("BAKU, 23 February 2022 (TDI): Talks began.", GetLexicon())->ToString() == "2022-02-23");
  CHECK(FindDateline("New Delhi, 5 May 2020\nThe talks", GetLexicon())->ToString() == "2020-05-05");
  CHECK(FindDateline("ANCHORAGE, Alaska, August 16, 2025 — The two presidents met.", GetLexicon())->ToString() == "2025-08-16");
  // A sentence that starts with a place and a date is not a dateline.
  CHECK_FALSE(FindDateline("In Paris, on 5 May 2020 the leaders met again.", GetLexicon()));
  CHECK_FALSE(FindDateline("Paris, 5 May 2020 was the day the leaders met.", GetLexicon()));
  CHECK_FALSE(FindDateline("Macron said on Monday, 5 May 2020 — a date he chose — that", GetLexicon()));
}
