// Finding names and titles: one pass of the gazetteer over the tokens (longest match first,
// a hash lookup per candidate length), then linking short names to people met earlier.
#include <algorithm>
#include <cstring>
#include <climits>

#include "analyze_internal.h"
#include "mentions.h"

namespace claimlight::internal {
namespace {

bool Linkable(const Token& t) {
  return (t.kind == TokenKind::kWord && t.capitalized) || t.kind == TokenKind::kNumber;
}


// Does a name key start with a capital in every word that matters? (Rejects "turkey", "chad".)
bool AllPartsCapitalized(const Context& c, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i) {
    const Token& t = c.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    // Small joining words may be lower case: "Bosnia and Herzegovina", "Luiz Inacio Lula da Silva",
    // "Treaty on the Non-Proliferation of Nuclear Weapons", "Convention against Torture".
    static const char* const kJoin[] = {"and", "of", "the", "da", "de", "di", "del", "van", "von", "der", "den", "ter", "ten", "dos",
                                       "das", "do", "bin", "ibn", "al", "el", "la", "le", "du", "des", "y", "ul",
                                       "on", "for", "in", "against", "to", "at", "with"};
    bool join = false;
    for (const char* j : kJoin) join = join || t.folded == j;
    if (!t.capitalized && !join) return false;
  }
  return true;
}

void AddMention(Context& c, std::size_t first, std::size_t last, std::size_t start, std::size_t end,
                const std::vector<NameRef>& refs) {
  Mention m;
  m.first = first;
  m.last = last;
  m.start = start;
  m.end = end;
  m.refs = refs;
  m.sentence = c.tokens[first].sentence;
  m.role = refs.front().role;
  for (const auto& r : refs) {
    switch (r.kind) {
      case Kind::kCountry:
        if (m.country.empty()) m.country = c.ds.countries[r.index].id;
        break;
      case Kind::kOrganization:
        if (m.org.empty()) m.org = c.ds.organizations[r.index].id;
        break;
      case Kind::kPlace:
        if (m.place.empty()) m.place = c.ds.places[r.index].id;
        break;
      case Kind::kMeeting:
        if (m.meeting.empty()) m.meeting = c.ds.meetings[r.index].id;
        break;
      case Kind::kTreaty:
        if (m.treaty.empty()) m.treaty = c.ds.treaties[r.index].id;
        break;
      default:
        break;
    }
  }
  c.mentions.push_back(std::move(m));
}

}  // namespace

// Gazetteer keys are built token by token from each token's folded name, and a scan stops
// as soon as the key is no longer the prefix of any name or title.
namespace {
std::vector<std::string> TokenKeys(const Context& c) {
  std::vector<std::string> keys(c.tokens.size());
  for (std::size_t i = 0; i < c.tokens.size(); ++i)
    if (c.tokens[i].kind != TokenKind::kPunct)
      keys[i] = FoldName(c.text.substr(c.tokens[i].start, c.tokens[i].end - c.tokens[i].start));
  return keys;
}

void Append(std::string* key, const std::string& piece) {
  if (piece.empty()) return;
  if (!key->empty()) key->push_back(' ');
  key->append(piece);
}
}  // namespace

void FindTitles(Context& c) {
  const auto& tk = c.tokens;
  const auto keys = TokenKeys(c);
  const std::size_t longest = std::max<std::size_t>(c.ds.longest_title_words, 3);
  for (std::size_t i = 0; i < tk.size(); ++i) {
    if (tk[i].kind != TokenKind::kWord) continue;
    const std::size_t sentence_end = c.sentences[tk[i].sentence].last_token;
    std::string key;
    std::size_t best_n = 0;
    const std::vector<std::uint32_t>* best_offices = nullptr;
    const std::vector<std::string>* best_generic = nullptr;
    // "then-Prime Minister", "ex-President" are one token: the title starts after the prefix,
    // and the title is a past one.
    bool past_prefix = false;
    std::string first_key = keys[i];
    for (const char* prefix : {"then ", "ex "})
      if (first_key.rfind(prefix, 0) == 0 && first_key.size() > std::strlen(prefix)) {
        first_key = first_key.substr(std::strlen(prefix));
        past_prefix = true;
      }
    for (std::size_t n = 1; n <= longest && i + n <= sentence_end; ++n) {
      Append(&key, n == 1 ? first_key : keys[i + n - 1]);
      const bool more = c.ds.title_prefixes.count(key) > 0 || c.lx.generic_titles.count(key) > 0 ||
                        (n == 1 && key.size() > 3 && key.back() == 's');
      if (tk[i + n - 1].kind == TokenKind::kWord) {
        std::string k = key;
        auto it = c.ds.titles.find(k);
        auto generic = c.lx.generic_titles.find(k);
        // Plurals: "the Russian and Azerbaijani Presidents", "leaders".
        if (it == c.ds.titles.end() && generic == c.lx.generic_titles.end() && k.size() > 3 && k.back() == 's') {
          k.pop_back();
          it = c.ds.titles.find(k);
          generic = c.lx.generic_titles.find(k);
        }
        if (it != c.ds.titles.end() || generic != c.lx.generic_titles.end()) {
          best_n = n;
          best_offices = it != c.ds.titles.end() ? &it->second : nullptr;
          best_generic = generic != c.lx.generic_titles.end() ? &generic->second : nullptr;
        }
      }
      if (!more && !(key.size() > 3 && key.back() == 's')) break;
    }
    if (best_n == 0) continue;
    TitleMention t;
    t.first = i;
    t.last = i + best_n;
    t.sentence = tk[i].sentence;
    t.former = past_prefix;
    if (best_offices) t.offices = *best_offices;
    if (best_generic) t.generic_roles = *best_generic;
    if (i > 0 && c.lx.title_blockers.MatchAt(tk, i - 1, i)) t.blocked = true;
    if (i > 1 && tk[i - 1].folded == "-" && c.lx.title_blockers.MatchAt(tk, i - 2, i - 1)) t.blocked = true;
    // "Under Secretary", "under-secretary" — but "under President Trump" is a preposition.
    if (i > 0 && tk[i - 1].capitalized && c.lx.title_blockers_capitalized.MatchAt(tk, i - 1, i)) t.blocked = true;
    if (i > 1 && tk[i - 1].folded == "-" && c.lx.title_blockers_capitalized.MatchAt(tk, i - 2, i - 1)) t.blocked = true;
    c.titles.push_back(std::move(t));
    i += best_n - 1;
  }
}

void FindNames(Context& c) {
  const auto& tk = c.tokens;
  const auto keys = TokenKeys(c);
  std::size_t next_title = 0;
  for (std::size_t i = 0; i < tk.size(); ++i) {
    while (next_title < c.titles.size() && c.titles[next_title].last <= i) ++next_title;
    if (next_title < c.titles.size() && c.titles[next_title].first <= i) continue;  // inside a title
    if (!Linkable(tk[i])) continue;
    const std::size_t sentence_end = c.sentences[tk[i].sentence].last_token;
    std::string key;
    std::size_t best_n = 0;
    const std::vector<NameRef>* best_refs = nullptr;
    for (std::size_t n = 1; n <= c.ds.longest_name_words + 1 && i + n <= sentence_end; ++n) {
      // A name never runs into a title ("Chancellor" after "German").
      if (n > 1 && next_title < c.titles.size() && c.titles[next_title].first == i + n - 1) break;
      Append(&key, keys[i + n - 1]);
      if (!c.ds.name_prefixes.count(key)) break;
      if (tk[i + n - 1].kind == TokenKind::kPunct) continue;
      const auto it = c.ds.names.find(key);
      if (it == c.ds.names.end() || !AllPartsCapitalized(c, i, i + n)) continue;
      // Short keys ("us") need the original in capitals, unless they name a person.
      if (key.size() <= 3 && n == 1) {
        const std::string_view raw = c.text.substr(tk[i].start, tk[i].end - tk[i].start);
        bool upper = true;
        for (char ch : raw) upper = upper && !(ch >= 'a' && ch <= 'z');
        bool short_person = false;
        for (const auto& r : it->second) short_person = short_person || r.kind == Kind::kPerson;
        if (!upper && !short_person) continue;
      }
      best_n = n;
      best_refs = &it->second;
    }
    // "in May", "May 5": a month, not Theresa May.
    if (best_n == 1 && c.lx.months.count(tk[i].folded)) {
      const bool prep_before = i > 0 && tk[i - 1].sentence == tk[i].sentence &&
                               (tk[i - 1].folded == "in" || tk[i - 1].folded == "since" || tk[i - 1].folded == "until" ||
                                tk[i - 1].folded == "by" || tk[i - 1].folded == "early" || tk[i - 1].folded == "late" ||
                                tk[i - 1].folded == "mid" || tk[i - 1].folded == "last" || tk[i - 1].folded == "next" ||
                                tk[i - 1].folded == "this" || tk[i - 1].folded == "from" || tk[i - 1].folded == "of" ||
                                tk[i - 1].folded == "during" || tk[i - 1].kind == TokenKind::kNumber);
      const bool number_after = i + 1 < tk.size() && tk[i + 1].kind == TokenKind::kNumber;
      if (prep_before || number_after) best_n = 0;
    }
    // "Hamid Karzai" is not "Hamid" (a short name of someone else) followed by a word: a short
    // name that runs on into another capitalised word is part of an unknown full name.
    if (best_n > 0) {
      bool only_short = true;
      for (const auto& r : *best_refs) only_short = only_short && r.kind == Kind::kPerson && r.role == NameRole::kShort;
      const std::size_t next = i + best_n;
      if (only_short && next < tk.size() && tk[next].sentence == tk[i].sentence && tk[next].kind == TokenKind::kWord &&
          tk[next].capitalized && tk[next].start == tk[next - 1].end + 1 && !c.lx.weekdays.count(tk[next].folded) &&
          !c.lx.months.count(tk[next].folded) && !c.ds.name_prefixes.count(keys[next]) && !c.ds.title_prefixes.count(keys[next]))
        best_n = 0;
    }
    if (best_n > 0) {
      AddMention(c, i, i + best_n, tk[i].start, tk[i + best_n - 1].end, *best_refs);
      i += best_n - 1;
      continue;
    }
    // Hyphenated pairs: "Armenia-France", "Russian-Chinese".
    const std::string_view raw = c.text.substr(tk[i].start, tk[i].end - tk[i].start);
    if (raw.find('-') != std::string_view::npos) {
      std::size_t part_start = 0;
      while (part_start <= raw.size()) {
        std::size_t dash = raw.find('-', part_start);
        if (dash == std::string_view::npos) dash = raw.size();
        const std::string_view part = raw.substr(part_start, dash - part_start);
        const auto it = c.ds.names.find(FoldName(part));
        if (!part.empty() && it != c.ds.names.end()) {
          std::vector<NameRef> refs;
          for (const auto& r : it->second)
            if (r.kind == Kind::kCountry) refs.push_back(r);
          if (!refs.empty()) AddMention(c, i, i + 1, tk[i].start + part_start, tk[i].start + dash, refs);
        }
        part_start = dash + 1;
      }
    }
  }
}

void ResolvePeople(Context& c, long reference_day) {
  // Pass 1: full names (canonical or alias) are unambiguous enough when they name one person.
  for (auto& m : c.mentions) {
    if (m.role == NameRole::kShort) continue;
    std::vector<std::uint32_t> people;
    for (const auto& r : m.refs)
      if (r.kind == Kind::kPerson && r.role != NameRole::kShort) people.push_back(r.index);
    if (people.size() == 1) {
      m.person = c.ds.people[people.front()].id;
      c.people_seen.insert(m.person);
    }
  }
  // Pass 2: short names and ambiguous names link to a person met earlier; otherwise to the
  // one candidate who held an office at the reference day; otherwise stay unresolved.
  std::set<std::string> seen_so_far;
  for (auto& m : c.mentions) {
    if (!m.person.empty()) {
      seen_so_far.insert(m.person);
      continue;
    }
    std::vector<std::uint32_t> people;
    for (const auto& r : m.refs)
      if (r.kind == Kind::kPerson) people.push_back(r.index);
    if (people.empty()) continue;
    std::vector<std::uint32_t> earlier, in_office;
    for (auto p : people) {
      if (seen_so_far.count(c.ds.people[p].id) || c.people_seen.count(c.ds.people[p].id)) earlier.push_back(p);
      const auto it = c.ds.tenures_by_person.find(c.ds.people[p].id);
      if (it != c.ds.tenures_by_person.end())
        for (auto ti : it->second)
          if (Dataset::Covers(c.ds.tenures[ti], reference_day)) {
            in_office.push_back(p);
            break;
          }
    }
    // A surname alone names someone met earlier in the article; failing that, the one
    // namesake in office that day — but not at the start of a sentence, where a capital
    // letter says nothing ("Brown", "Rice", "May").
    const bool sentence_start = m.first == c.sentences[static_cast<std::size_t>(m.sentence)].first_token;
    // A name that is also a country, city or organisation ("Montenegro", "Muscat") is a person
    // only once that person has been named in full.
    bool other_meaning = false;
    for (const auto& r : m.refs) other_meaning = other_meaning || r.kind != Kind::kPerson;
    std::uint32_t chosen = UINT32_MAX;
    if (other_meaning && earlier.empty()) continue;
    if (earlier.size() == 1) chosen = earlier.front();
    else if (earlier.empty() && in_office.size() == 1 && !(m.role == NameRole::kShort && sentence_start)) chosen = in_office.front();
    else if (earlier.empty() && people.size() == 1 && m.role != NameRole::kShort) chosen = people.front();
    if (chosen == UINT32_MAX) continue;
    m.guessed = earlier.empty() && m.role == NameRole::kShort;
    m.person = c.ds.people[chosen].id;
    seen_so_far.insert(m.person);
    c.people_seen.insert(m.person);
  }
  // A name that is a person is not also a country or a place ("Jordan", "Georgia" as names).
  for (auto& m : c.mentions) {
    if (m.person.empty()) continue;
    m.country.clear();
    m.place.clear();
  }
  // Spelling notes: the text differs from every spelling the record gives as its own.
  for (auto& m : c.mentions) {
    if (m.person.empty()) continue;
    const Person* p = c.ds.FindPerson(m.person);
    const std::string key = FoldName(c.text.substr(m.start, m.end - m.start));
    const std::string canonical = FoldName(p->name);
    const bool is_canonical_part = canonical == key || (canonical.size() > key.size() &&
                                   canonical.compare(canonical.size() - key.size(), key.size(), key) == 0);
    if (!is_canonical_part) {
      bool is_first_short = !p->short_names.empty() && FoldName(p->short_names.front()) == key;
      if (!is_first_short && !(m.role == NameRole::kShort && p->short_names.empty()))
        m.note = "\"" + std::string(c.text.substr(m.start, m.end - m.start)) + "\" is a variant spelling of " + p->name;
    }
  }
}

}  // namespace claimlight::internal
