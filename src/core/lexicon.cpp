#include "lexicon.h"

#include <nlohmann/json.hpp>

namespace claimlight::internal {
namespace {
std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s)) out.push_back(t.folded);
  return out;
}
}  // namespace

void PhraseSet::Add(std::string_view phrase) {
  auto words = SplitWords(phrase);
  if (words.empty()) return;
  by_first_[words.front()].push_back(phrases_.size());
  phrases_.push_back(std::move(words));
}

std::size_t PhraseSet::MatchAt(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const {
  if (i >= end) return 0;
  const auto it = by_first_.find(tokens[i].folded);
  if (it == by_first_.end()) return 0;
  std::size_t best = 0;
  for (std::size_t p : it->second) {
    const auto& words = phrases_[p];
    if (i + words.size() > end || words.size() <= best) continue;
    bool ok = true;
    for (std::size_t k = 1; k < words.size() && ok; ++k) ok = tokens[i + k].folded == words[k];
    if (ok) best = words.size();
  }
  return best;
}

bool PhraseSet::Contains(std::string_view word) const {
  const auto it = by_first_.find(std::string(word));
  if (it == by_first_.end()) return false;
  for (std::size_t p : it->second)
    if (phrases_[p].size() == 1) return true;
  return false;
}

bool PhraseSet::AnyIn(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i)
    if (MatchAt(tokens, i, end)) return true;
  return false;
}

const Lexicon& GetLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon lx;
    const std::string_view text = LexiconText();
    const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return lx;
    auto ints = [&](const char* key, std::unordered_map<std::string, int>* out) {
      const auto it = j.find(key);
      if (it == j.end() || !it->is_object()) return;
      for (auto e = it->begin(); e != it->end(); ++e)
        if (e->is_number_integer()) (*out)[Fold(e.key())] = e->get<int>();
    };
    auto phrases = [&](const char* key, PhraseSet* out) {
      const auto it = j.find(key);
      if (it == j.end() || !it->is_array()) return;
      for (const auto& e : *it)
        if (e.is_string()) out->Add(e.get<std::string>());
    };
    ints("months", &lx.months);
    ints("weekdays", &lx.weekdays);
    ints("relative_days", &lx.relative_days);
    ints("number_words", &lx.number_words);
    ints("ordinal_words", &lx.ordinal_words);
    ints("interval_units", &lx.interval_units);
    if (const auto it = j.find("units"); it != j.end() && it->is_object())
      for (auto e = it->begin(); e != it->end(); ++e)
        if (e->is_string()) lx.units[e.key()] = e->get<std::string>();
    if (const auto it = j.find("title_genders"); it != j.end() && it->is_object())
      for (auto e = it->begin(); e != it->end(); ++e)
        if (e->is_string()) lx.title_genders[e.key()] = e->get<std::string>();
    if (const auto it = j.find("generic_titles"); it != j.end() && it->is_object())
      for (auto e = it->begin(); e != it->end(); ++e)
        if (e->is_array())
          for (const auto& r : *e)
            if (r.is_string()) lx.generic_titles[FoldName(e.key())].push_back(r.get<std::string>());
    if (const auto it = j.find("abbreviations"); it != j.end() && it->is_array())
      for (const auto& e : *it)
        if (e.is_string()) lx.abbreviations.push_back(e.get<std::string>());
    phrases("day_parts", &lx.day_parts);
    phrases("approximators", &lx.approximators);
    phrases("honorifics", &lx.honorifics);
    phrases("former_markers", &lx.former_markers);
    phrases("title_blockers", &lx.title_blockers);
    phrases("title_blockers_capitalized", &lx.title_blockers_capitalized);
    phrases("meeting_triggers", &lx.meeting_triggers);
    phrases("meeting_anaphors", &lx.meeting_anaphors);
    phrases("event_anaphors", &lx.event_anaphors);
    phrases("spouse_nouns", &lx.spouse_nouns);
    phrases("membership_joins", &lx.membership_joins);
    phrases("membership_leaves", &lx.membership_leaves);
    phrases("org_anaphors", &lx.org_anaphors);
    phrases("membership_followers", &lx.membership_followers);
    phrases("claim_hedges", &lx.claim_hedges);
    phrases("death_words", &lx.death_words);
    phrases("treaty_triggers", &lx.treaty_triggers);
    phrases("absence_triggers", &lx.absence_triggers);
    phrases("attendance_triggers", &lx.attendance_triggers);
    phrases("host_triggers", &lx.host_triggers);
    phrases("future_markers", &lx.future_markers);
    phrases("past_markers", &lx.past_markers);
    phrases("group_words", &lx.group_words);
    phrases("quantity_nouns", &lx.quantity_nouns);
    phrases("treaty_nouns", &lx.treaty_nouns);
    phrases("place_prepositions", &lx.place_prepositions);
    phrases("generic_title_blockers", &lx.generic_title_blockers);
    phrases("role_nouns", &lx.role_nouns);
    phrases("interval_firsts", &lx.interval_firsts);
    phrases("interval_summit_nouns", &lx.interval_summit_nouns);
    phrases("interval_state_visit_nouns", &lx.interval_state_visit_nouns);
    phrases("interval_visit_nouns", &lx.interval_visit_nouns);
    phrases("interval_meeting_nouns", &lx.interval_meeting_nouns);
    lx.loaded = true;
    return lx;
  }();
  return lexicon;
}

int CountValue(const Token& t, const Lexicon& lx) {
  if (const int v = NumberValue(t); v >= 0) return v;
  const auto w = lx.number_words.find(t.folded);
  return w == lx.number_words.end() ? -1 : w->second;
}

}  // namespace claimlight::internal
