// Internal state of one analysis: tokens, mentions and times of one article.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimlight/claimlight.h"
#include "kb.h"
#include "lexicon.h"
#include "text.h"
#include "timex.h"

namespace claimlight::internal {

// A name found by the gazetteer.
struct Mention {
  std::size_t start = 0, end = 0;              // bytes
  std::size_t first = 0, last = 0;             // tokens [first, last)
  std::vector<NameRef> refs;                   // every record the name may mean
  std::string person;                          // resolved person id ("" if none)
  std::string country;                         // country id if it names one (name, adjective, capital)
  std::string org, place, meeting, treaty;     // other resolutions
  NameRole role = NameRole::kName;
  int sentence = 0;
  std::string note;                            // spelling note
};

// A title or role word ("President", "Prime Minister", "leader").
struct TitleMention {
  std::size_t first = 0, last = 0;             // tokens [first, last)
  std::vector<std::uint32_t> offices;          // candidate offices
  std::vector<std::string> generic_roles;      // for "leader", "counterpart"
  std::string jurisdiction;                    // country or org id stated before or after it
  std::size_t claim_first = 0;                 // first token of "French President", "Germany's Chancellor"
  std::size_t claim_last = 0;                  // end token incl. "of France"
  bool former = false;
  bool blocked = false;                        // "Deputy Foreign Minister"
  bool definite = false;                       // "the prime minister"
  int sentence = 0;
};

// A capitalised name after a title that the dataset does not know.
struct UnknownName {
  std::size_t first = 0, last = 0;
};

struct Context {
  std::string_view text;
  const Dataset& ds;
  const Lexicon& lx;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<TitleMention> titles;
  std::vector<TimeExpr> times;
  std::optional<long> article_day;
  std::set<std::string> people_seen;  // persons mentioned anywhere
  Report* report = nullptr;

  std::string Span(std::size_t first_token, std::size_t last_token) const {
    return std::string(text.substr(tokens[first_token].start, tokens[last_token - 1].end - tokens[first_token].start));
  }
};

}  // namespace claimlight::internal
