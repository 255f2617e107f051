// Language knowledge loaded from assets/lexicon/en.json (compiled in as text).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text.h"

namespace claimlight::internal {

// A list of phrases matched against folded tokens ("held talks" = two tokens).
class PhraseSet {
 public:
  void Add(std::string_view phrase);
  // Length in tokens of the longest phrase starting at token i (within [i, end)), or 0.
  std::size_t MatchAt(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const;
  bool Contains(std::string_view word) const;
  // Whether any phrase occurs in tokens [begin, end).
  bool AnyIn(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;

 private:
  std::vector<std::vector<std::string>> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;
};

struct Lexicon {
  std::unordered_map<std::string, int> months, weekdays, relative_days, number_words, ordinal_words,
      interval_units;
  std::unordered_map<std::string, std::string> units, title_genders;
  std::unordered_map<std::string, std::vector<std::string>> generic_titles;
  std::vector<std::string> abbreviations;
  PhraseSet day_parts, approximators, honorifics, former_markers, title_blockers, title_blockers_capitalized, meeting_triggers,
      meeting_anaphors, event_anaphors, spouse_nouns, membership_joins, membership_leaves, org_anaphors, membership_followers, claim_hedges, death_words, treaty_triggers, absence_triggers, attendance_triggers, host_triggers, future_markers,
      past_markers, group_words, quantity_nouns, treaty_nouns, place_prepositions, generic_title_blockers, role_nouns,
      interval_firsts, interval_summit_nouns, interval_state_visit_nouns, interval_visit_nouns, interval_meeting_nouns;
  bool loaded = false;
};

// A count written in digits or as a word ("5", "five", "a"); -1 otherwise.
int CountValue(const Token& t, const Lexicon& lx);

// Parsed once; never fails at run time (a unit test proves the embedded lexicon is valid).
const Lexicon& GetLexicon();
std::string_view LexiconText();

}  // namespace claimlight::internal
