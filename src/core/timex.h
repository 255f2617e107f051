// Temporal expressions in two phases (after HeidelTime): find the expression and what it
// says ("Thursday", "5 October, year unknown", "three months ago"), then resolve it against
// the article date and the tense around it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "lexicon.h"
#include "text.h"

namespace claimlight::internal {

struct TimeExpr {
  std::size_t first_token = 0, end_token = 0;  // [first, end)
  std::string value;                          // TIMEX3-style
  long from_day = 0, to_day = 0;              // the interval it covers
  bool exact_day = false;                     // names one day outright (a weekday, a full date)
  bool relative = false;                      // depends on the article date
  bool vague = false;                         // "last week", "last month", "about three months ago"
  std::string note;                           // how a relative expression was resolved
  int sentence = 0;
  bool dateline = false;                      // the article's own dateline, not a claim's time
};

// `article_day` is the article date as a day number, or nullopt when unknown (then only
// absolute expressions are resolved).
std::vector<TimeExpr> ExtractTimes(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences, std::optional<long> article_day,
                                   const Lexicon& lx);

// Looks for a dateline ("date 2023-11-10" on the first line, "Published 10 November 2023").
std::optional<Date> FindDateline(std::string_view text, const Lexicon& lx);

}  // namespace claimlight::internal
