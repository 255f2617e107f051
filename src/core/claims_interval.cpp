// "The first Anglo-French summit for five years", "their first meeting since 2019": once the
// meeting itself is established, the interval the sentence claims is read against the last
// earlier meeting of the same kind in the dataset.
//
// The dataset may lack meetings, never invent them: an earlier record can only show that the
// interval was shorter than claimed (positive evidence). A record older than claimed proves
// nothing, since a later one may be missing, so it only adds a note.
#include <cmath>

#include "claims.h"
#include "facts.h"

namespace claimlight::internal {
namespace {

enum class Sort { kNone, kSummit, kStateVisit, kVisit, kMeeting };

struct Interval {
  double years = 0;   // "for five years" -> 5; "in a decade" -> 10
  int since = 0;      // "since 2018" -> 2018
  std::size_t first = 0, last = 0;  // tokens of the interval phrase
};

// "for|in [more than|nearly|...] N years|decades" or "since YEAR", starting at token i.
bool IntervalAt(const Context& c, std::size_t i, std::size_t end, Interval* out) {
  const auto& tk = c.tokens;
  const std::string& w = tk[i].folded;
  if (w == "since" && i + 1 < end) {
    const int y = NumberValue(tk[i + 1]);
    if (y < 1900 || y > 2100) return false;
    *out = Interval{0, y, i, i + 2};
    return true;
  }
  if (w != "for" && w != "in") return false;
  std::size_t j = i + 1;
  if (j < end) j += c.lx.approximators.MatchAt(tk, j, end);
  if (j + 1 >= end) return false;
  const int n = CountValue(tk[j], c.lx);
  const auto unit = c.lx.interval_units.find(tk[j + 1].folded);
  if (n <= 0 || n > 200 || unit == c.lx.interval_units.end()) return false;
  *out = Interval{static_cast<double>(n) * unit->second, 0, i, j + 2};
  return true;
}

std::vector<std::string> CountriesAt(const Context& c, const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& p : m.participants)
    for (const auto& k : CountriesOf(c.ds, p, MeetingStart(m)))
      if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  std::sort(out.begin(), out.end());
  return out;
}

// The heads of state or government among a meeting's participants, sorted.
std::vector<std::string> LeadersAt(const Context& c, const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& p : m.participants)
    if (IsLeaderOn(c.ds, p, MeetingStart(m))) out.push_back(p);
  std::sort(out.begin(), out.end());
  return out;
}

// What the meeting the claim is about offers for comparison, worked out once.
struct Reference {
  const Meeting& m;
  std::vector<std::string> countries, leaders;  // sorted
  std::vector<std::string> visitors;            // participants from outside the host country
};

Reference MakeReference(const Context& c, const Meeting& m) {
  Reference r{m, CountriesAt(c, m), LeadersAt(c, m), {}};
  for (const auto& v : m.participants) {
    const auto home = CountriesOf(c.ds, v, MeetingStart(m));
    if (std::find(home.begin(), home.end(), m.country) == home.end()) r.visitors.push_back(v);
  }
  return r;
}

// What the sentence counts: the kind of meeting, and whether it counts the same leaders
// ("their first summit", "the first meeting between the two leaders") or the same countries
// or series ("the first Anglo-French summit", "the first G7 summit in Japan").
struct Counted {
  Sort sort = Sort::kNone;
  bool by_leaders = false;
  std::string where_country, where_place;  // "in Japan", "in Hiroshima"
};

// Whether `p` is an earlier meeting of the kind the sentence counts from `m`.
bool SameKind(const Context& c, const Counted& k, const Reference& ref, const Meeting& p) {
  const Meeting& m = ref.m;
  if (p.kind == "virtual" && m.kind != "virtual") return false;
  if (!k.where_place.empty() && p.place != k.where_place && !c.ds.PlaceWithin(p.venue.empty() ? p.place : p.venue, k.where_place))
    return false;
  if (!k.where_country.empty() && p.country != k.where_country) return false;
  switch (k.sort) {
    case Sort::kSummit:
      if (p.kind != "summit") return false;
      if (k.by_leaders) break;
      if (!m.series.empty()) return p.series == m.series;
      return p.series.empty() && p.groups.empty() && m.groups.empty() && ref.countries == CountriesAt(c, p);
    case Sort::kStateVisit:
    case Sort::kVisit: {
      if (k.sort == Sort::kStateVisit ? p.kind != "state-visit"
                                      : (p.kind != "state-visit" && p.kind != "official-visit" && p.kind != "bilateral"))
        return false;
      // The same host country, and one of this visit's visitors there again.
      if (p.country.empty() || p.country != m.country) return false;
      for (const auto& v : ref.visitors)
        if (std::find(p.participants.begin(), p.participants.end(), v) != p.participants.end()) return true;
      return false;
    }
    case Sort::kMeeting:
      break;
    case Sort::kNone:
      return false;
  }
  // The same leaders, and no others: a summit of many is not "their" meeting; ministers who
  // came along do not matter. A visit counts only the host's country ("the first time in six
  // years that a Chinese leader has visited" is not about the host's trips to China).
  if ((m.kind == "state-visit" || m.kind == "official-visit") && p.country != m.country) return false;
  return !ref.leaders.empty() && m.groups.empty() && p.groups.empty() && p.series.empty() && ref.leaders == LeadersAt(c, p);
}

std::string AboutYears(long days) {
  const double y = static_cast<double>(days) / 365.25;
  if (y < 1) {
    const long months = std::lround(static_cast<double>(days) / 30.44);
    return "about " + std::to_string(months) + (months == 1 ? " month" : " months") + " earlier";
  }
  const long n = std::lround(y);
  return "about " + std::to_string(n) + (n == 1 ? " year" : " years") + " earlier";
}

}  // namespace

void JudgeInterval(const Context& c, const Sentence& s, const Meeting& m, Claim* cl) {
  if (cl->verdict != Verdict::kSupported) return;
  const auto& tk = c.tokens;
  for (std::size_t i = s.first_token; i < s.last_token; ++i) {
    const std::size_t nf = c.lx.interval_firsts.MatchAt(tk, i, s.last_token);
    if (!nf) continue;
    // The thing counted and the interval follow "first" closely: "the first Anglo-French
    // summit to be held for five years", "met for the first time in a decade".
    Counted k;
    const std::string& before = i > s.first_token ? tk[i - 1].folded : tk[i].folded;
    k.by_leaders = before == "their" || before == "his" || before == "her";
    if (tk[i + nf - 1].folded == "time") k.sort = Sort::kMeeting;
    Interval iv;
    bool found = false;
    for (std::size_t j = i + nf; j < s.last_token && j <= i + nf + 8; ++j) {
      if (k.sort == Sort::kNone) {
        if (c.lx.interval_state_visit_nouns.MatchAt(tk, j, s.last_token)) k.sort = Sort::kStateVisit;
        else if (c.lx.interval_summit_nouns.MatchAt(tk, j, s.last_token)) k.sort = Sort::kSummit;
        else if (c.lx.interval_visit_nouns.MatchAt(tk, j, s.last_token)) k.sort = Sort::kVisit;
        else if (c.lx.interval_meeting_nouns.MatchAt(tk, j, s.last_token)) k.sort = Sort::kMeeting;
      }
      if (IntervalAt(c, j, s.last_token, &iv)) {
        found = true;
        break;
      }
      // "the first summit between the two leaders": counted by leaders.
      if (tk[j].folded == "between" || tk[j].folded == "with") k.by_leaders = true;
      // "the first G7 summit in (the) Japan in seven years": counted at that place only.
      if (const Mention* mn = c.MentionAtToken(j); mn && mn->first == j && j > i) {
        std::size_t p = j - 1;
        if (p > i && (tk[p].folded == "the")) --p;
        if (c.lx.place_prepositions.MatchAt(tk, p, j)) {
          if (!mn->place.empty()) k.where_place = mn->place;
          else if (!mn->country.empty()) k.where_country = mn->country;
        }
      }
      if (tk[j].kind == TokenKind::kPunct && tk[j].folded != "-") break;
    }
    if (!found || k.sort == Sort::kNone) continue;
    // The last earlier meeting of that kind, at least two months before this one.
    const long start = MeetingStart(m);
    const Reference ref = MakeReference(c, m);
    const Meeting* prev = nullptr;
    for (const auto& p : c.ds.meetings) {
      if (&p == &m || MeetingEnd(p) >= start - 60) continue;
      if (prev && MeetingStart(p) <= MeetingStart(*prev)) continue;
      if (SameKind(c, k, ref, p)) prev = &p;
    }
    if (!prev) return;
    const long gap = start - MeetingStart(*prev);
    const std::string said = c.Span(iv.first, iv.last);
    const Date prev_start = FromDayNumber(MeetingStart(*prev));
    bool shorter, matches;
    if (iv.since) {
      shorter = prev_start.year > iv.since;
      matches = prev_start.year == iv.since;
    } else {
      const double tolerance = std::max(1.0, 0.2 * iv.years);
      const double years = static_cast<double>(gap) / 365.25;
      shorter = years < iv.years - tolerance;
      matches = !shorter && years <= iv.years + tolerance;
    }
    if (!shorter) {
      // An older record cannot confirm the interval: a later meeting may be missing.
      if (matches)
        cl->notes.push_back("\"" + said + "\": the dataset's previous one was " + prev->name + ", on " + MeetingDates(*prev) + ", " +
                            AboutYears(gap) + ".");
      return;
    }
    cl->verdict = Verdict::kMixed;
    cl->confidence = 0.75;
    const std::string but = iv.since ? "it was not the first since " + std::to_string(iv.since)
                                     : "it did not end a break of " + c.Span(iv.first + 1, iv.last);
    cl->explanation = m.name + " took place on " + MeetingDates(m) + ", but " + but + ": " + prev->name + " took place on " +
                      MeetingDates(*prev) + ", " + AboutYears(gap) + ".";
    cl->evidence.push_back(MeetingEvidence(c.ds, *prev));
    // The claim reaches over the words it is judged on.
    if (tk[iv.last - 1].end > cl->end) {
      cl->end = tk[iv.last - 1].end;
      cl->text = std::string(c.text.substr(cl->start, cl->end - cl->start));
    }
    return;
  }
}

}  // namespace claimlight::internal
