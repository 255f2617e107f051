// Internal state of one analysis: tokens, mentions and times of one article.
#pragma once

#include <algorithm>
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
  bool guessed = false;                        // a surname alone, linked only as the namesake in office
};

// A title or role word ("President", "Prime Minister", "leader").
struct TitleMention {
  std::size_t first = 0, last = 0;             // tokens [first, last)
  std::vector<std::uint32_t> offices;          // candidate offices
  std::vector<std::string> generic_roles;      // for "leader", "counterpart"
  bool former = false;
  bool blocked = false;                        // "Deputy Foreign Minister"
  int sentence = 0;
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

  // Indexes over `mentions` (sorted by position), built once by IndexMentions().
  std::vector<int> mention_of_token;                           // -1 where no name
  std::vector<std::pair<std::size_t, std::size_t>> sentence_mentions;  // [begin, end) per sentence
  void IndexMentions() {
    mention_of_token.assign(tokens.size(), -1);
    sentence_mentions.assign(sentences.size(), {0, 0});
    for (std::size_t i = mentions.size(); i-- > 0;)
      for (std::size_t t = mentions[i].first; t < mentions[i].last && t < tokens.size(); ++t) mention_of_token[t] = static_cast<int>(i);
    std::size_t i = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      while (i < mentions.size() && mentions[i].sentence < static_cast<int>(s)) ++i;
      const std::size_t begin = i;
      while (i < mentions.size() && mentions[i].sentence == static_cast<int>(s)) ++i;
      sentence_mentions[s] = {begin, i};
    }
  }
  const Mention* MentionAtToken(std::size_t token) const {
    if (token >= mention_of_token.size() || mention_of_token[token] < 0) return nullptr;
    return &mentions[static_cast<std::size_t>(mention_of_token[token])];
  }
  // A run of records held contiguously: the mentions or the times of one sentence.
  template <class T>
  struct Slice {
    const T* b;
    const T* e;
    const T* begin() const { return b; }
    const T* end() const { return e; }
  };
  // The mentions of one sentence.
  Slice<Mention> MentionsIn(int sentence) const {
    if (sentence < 0 || static_cast<std::size_t>(sentence) >= sentence_mentions.size() || mentions.empty()) return {nullptr, nullptr};
    const auto [b, e] = sentence_mentions[static_cast<std::size_t>(sentence)];
    return {mentions.data() + b, mentions.data() + e};
  }

  // The times of one sentence (`times` is in text order).
  Slice<TimeExpr> TimesIn(int sentence) const {
    const auto lo = std::lower_bound(times.begin(), times.end(), sentence, [](const TimeExpr& t, int sn) { return t.sentence < sn; });
    const auto hi = std::upper_bound(lo, times.end(), sentence, [](int sn, const TimeExpr& t) { return sn < t.sentence; });
    return {times.data() + (lo - times.begin()), times.data() + (hi - times.begin())};
  }

  std::string Span(std::size_t first_token, std::size_t last_token) const {
    return std::string(text.substr(tokens[first_token].start, tokens[last_token - 1].end - tokens[first_token].start));
  }
};

}  // namespace claimlight::internal
