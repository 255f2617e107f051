// Meeting, event, treaty and quantity claims: frames found per sentence around trigger words,
// then matched to dataset records by participants, series, place and time.
//
// Verdict rules (precision on contradictions first):
//  - supported: a record fits the participants, the place and the time the sentence states;
//  - contradicted: a record clearly fits (same participants or the named summit/treaty) and
//    the sentence's place, exact day or parties disagree with it;
//  - mixed: it fits, but a vague time ("last week") is off;
//  - unverifiable: no record decides it.
#include <algorithm>
#include <climits>
#include <cmath>

#include "claims.h"
#include "facts.h"

namespace claimlight::internal {
namespace {

struct Frame {
  int sentence = 0;
  std::size_t first = 0, last = 0;  // claim span in tokens
  std::vector<std::string> people;  // stated in the sentence
  std::vector<std::string> context_people;  // from the previous sentence (pronouns)
  std::vector<std::string> countries;
  std::vector<std::pair<std::string, const Mention*>> places;  // place or country after in/at
  std::vector<std::string> series;  // org ids used as "G20 summit"
  std::vector<std::string> meetings_named;
  std::vector<std::string> treaties_named;
  const TimeExpr* time = nullptr;
  bool relational = false;  // "on the eve of his meeting with Xi, ...": the meeting is a reference point
  std::size_t trigger_last = 0;
  bool place_attached = false;  // a place right after the trigger ("met in Moscow")
  std::string pronoun_person;   // who "he" or "she" at the start of the sentence is
  bool pronoun_subject = false; // f.people holds that person
};

void Extend(Frame& f, std::size_t first, std::size_t last) {
  if (f.last == 0) {
    f.first = first;
    f.last = last;
    return;
  }
  f.first = std::min(f.first, first);
  f.last = std::max(f.last, last);
}

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

bool PrecededByPlacePreposition(const Context& c, const Mention& m) {
  if (m.first == 0) return false;
  std::size_t j = m.first - 1;
  if (c.tokens[j].folded == "the" && j > 0) --j;
  return c.lx.place_prepositions.MatchAt(c.tokens, j, j + 1) > 0;
}

// Whether an organisation is used as a summit series by the dataset's meetings.
bool IsSeries(const Context& c, const std::string& org) { return c.ds.series.count(org) > 0; }

// A relative clause around the trigger (", who hosts the summit,"): its [first, last) tokens,
// or {0, 0} when the trigger is not in one.
std::pair<std::size_t, std::size_t> RelativeClause(const Context& c, std::size_t trigger_first) {
  const int sentence = c.tokens[trigger_first].sentence;
  std::size_t k = trigger_first;
  while (k > 0 && c.tokens[k - 1].sentence == sentence && c.tokens[k - 1].folded != ",") --k;
  if (k == 0 || c.tokens[k - 1].folded != "," || k >= c.tokens.size()) return {0, 0};
  const std::string& w = c.tokens[k].folded;
  if (w != "who" && w != "which" && w != "whose") return {0, 0};
  std::size_t e = trigger_first;
  while (e < c.tokens.size() && c.tokens[e].sentence == sentence && c.tokens[e].folded != ",") ++e;
  return {k - 1, e};
}

// A place counts for the claim only near its trigger and within the same clause: not across
// a semicolon or bracket, not into or out of a relative clause ("Blair, who hosts the summit,
// returned to London"), and "to London" only right after a visit ("his visit to Egypt"), not
// after another verb of movement.
bool NearTrigger(const Context& c, const Mention& m, std::size_t trigger_first, std::size_t trigger_last) {
  const std::size_t lo = trigger_first > 12 ? trigger_first - 12 : 0;
  if (m.first + 1 < lo || m.first > trigger_last + 10) return false;
  const std::size_t a = std::min(m.first, trigger_first), b = std::max(m.first, trigger_last);
  for (std::size_t i = a; i < b; ++i)
    if (c.tokens[i].folded == ";" || c.tokens[i].folded == "(" || c.tokens[i].folded == ")") return false;
  const auto [rel_first, rel_last] = RelativeClause(c, trigger_first);
  if (rel_last > rel_first && (m.first < rel_first || m.first >= rel_last)) return false;
  std::size_t p = m.first;
  if (p > 0 && c.tokens[p - 1].folded == "the") --p;
  if (p > 0 && c.tokens[p - 1].folded == "to" && p - 1 != trigger_last) return false;
  return true;
}

// "ahead of (a|the) G20", "after the summit", "since", "on the eve of": a reference point.
bool RelationalBefore(const Context& c, std::size_t first, std::size_t sentence_first) {
  std::size_t j = first;
  for (int k = 0; k < 8 && j > sentence_first; ++k) {
    --j;
    const std::string& w = c.tokens[j].folded;
    if (w == "the" || w == "a" || w == "an" || w == "of" || w == "this" || w == "next" || w == "last" || w == "year's" || w == "'s" ||
        w == "(" || w == "his" || w == "her" || w == "their")
      continue;
    // "ahead of a Group of 20 (G20) summit": look past the organisation's other name.
    const Mention* at = c.MentionAtToken(j);
    if (at && !at->org.empty()) continue;
    return w == "ahead" || w == "before" || w == "after" || w == "following" || w == "since" || w == "eve" || w == "until" ||
           w == "prior" || w == "preceding";
  }
  return false;
}

Frame BuildFrame(const Context& c, int sentence, std::size_t trigger_first, std::size_t trigger_last) {
  Frame f;
  f.sentence = sentence;
  f.trigger_last = trigger_last;
  f.relational = RelationalBefore(c, trigger_first, c.sentences[static_cast<std::size_t>(sentence)].first_token);
  Extend(f, trigger_first, trigger_last);
  const Sentence& s = c.sentences[static_cast<std::size_t>(sentence)];
  for (const auto& m : c.MentionsIn(sentence)) {
    if (!m.person.empty()) {
      AddUnique(f.people, m.person);
      Extend(f, m.first, m.last);
      continue;
    }
    if (!m.meeting.empty()) {
      AddUnique(f.meetings_named, m.meeting);
      Extend(f, m.first, m.last);
    }
    if (!m.treaty.empty()) {
      AddUnique(f.treaties_named, m.treaty);
      Extend(f, m.first, m.last);
    }
    if (!m.org.empty() && IsSeries(c, m.org) && !RelationalBefore(c, m.first, s.first_token)) {
      // "G20 summit", "Group of Seven gathering", "the G20 that opens", "East Asia Summit";
      // not "ahead of the G20 summit", which only dates another event.
      AddUnique(f.series, m.org);
      Extend(f, m.first, m.last);
      std::size_t k = m.last;
      if (k < s.last_token && c.tokens[k].kind == TokenKind::kWord && !c.lx.group_words.MatchAt(c.tokens, k, s.last_token)) ++k;
      if (k < s.last_token && c.lx.group_words.MatchAt(c.tokens, k, s.last_token)) Extend(f, m.first, k + 1);
    }
    bool placed = PrecededByPlacePreposition(c, m) && NearTrigger(c, m, trigger_first, trigger_last);
    // "visited Serbia", "will visit Hungary": the place is the verb's object.
    const std::string& tw = c.tokens[trigger_first].folded;
    if (m.first == trigger_last && tw.rfind("visit", 0) == 0) placed = true;
    // After "on the eve of his meeting with Xi," the places belong to the next clause.
    if (placed && f.relational && m.first > trigger_last)
      for (std::size_t k = trigger_last; k < m.first && placed; ++k) placed = c.tokens[k].folded != ",";
    if (placed && (!m.place.empty() || (!m.country.empty() && m.role != NameRole::kAdjective && m.role != NameRole::kDemonym))) {
      f.places.push_back({!m.place.empty() ? m.place : m.country, &m});
      if (m.first >= trigger_last && m.first <= trigger_last + 4) f.place_attached = true;
      Extend(f, m.first, m.last);
    } else if (!m.country.empty() && m.role != NameRole::kCapital) {
      AddUnique(f.countries, m.country);
      if (NearTrigger(c, m, trigger_first, trigger_last)) Extend(f, m.first, m.last);
    } else if (!m.country.empty() && m.role == NameRole::kCapital) {
      AddUnique(f.countries, m.country);  // "Yerevan and Baku" as governments
    }
  }
  // "Russian and Azerbaijani Presidents met": the holders of those titles are stated too.
  const long day = c.article_day.value_or(c.ds.as_of_day);
  // Titles and times are in text order: jump to this sentence's.
  const auto title_it = std::lower_bound(c.titles.begin(), c.titles.end(), sentence,
                                         [](const TitleMention& t, int sn) { return t.sentence < sn; });
  for (auto tit = title_it; tit != c.titles.end() && tit->sentence == sentence; ++tit) {
    const TitleMention& t = *tit;
    if (t.blocked || t.first == 0) continue;
    std::vector<std::string> countries;
    std::size_t j = t.first;
    while (j > s.first_token) {
      const Mention* m = c.MentionAtToken(j - 1);
      if (m && !m->country.empty() && m->person.empty() && (m->role == NameRole::kAdjective || m->role == NameRole::kName)) {
        countries.push_back(m->country);
        j = m->first;
        if (j > s.first_token && (c.tokens[j - 1].folded == "and" || c.tokens[j - 1].folded == ",")) {
          --j;
          continue;
        }
      }
      break;
    }
    if (countries.size() < 2) continue;  // one adjective is an ordinary title ("French President X")
    for (const auto& country : countries)
      for (auto oi : t.offices) {
        const Office& o = c.ds.offices[oi];
        if (o.jurisdiction != country) continue;
        for (const Tenure* h : HoldersOn(c.ds, o.id, day)) AddUnique(f.people, h->person);
      }
    Extend(f, j, t.last);
  }
  for (const auto& t : c.TimesIn(sentence))
    // "in office since Friday", "their first meeting since 2019": another event's time.
    if (!t.dateline && !(t.first_token > 0 && c.tokens[t.first_token - 1].folded == "since")) {
      if (!f.time) f.time = &t;
      if (f.time == &t) Extend(f, t.first_token, t.end_token);
    }
  // People of the two sentences before stand behind "the two leaders", "the meeting".
  for (int back = sentence - 1; back >= 0 && back >= sentence - 2 && f.people.size() < 2 && f.context_people.size() < 2; --back)
    for (const auto& m : c.MentionsIn(back))
      if (!m.person.empty()) AddUnique(f.context_people, m.person);
  // "He arrived in Bali on Sunday night.": the last person of the gender named before.
  const std::string& first_word = c.tokens[s.first_token].folded;
  if (f.people.empty() && (first_word == "he" || first_word == "she")) {
    const std::string gender = first_word == "he" ? "m" : "f";
    for (int back = sentence - 1; back >= 0 && back >= sentence - 2 && f.pronoun_person.empty(); --back) {
      const auto range = c.MentionsIn(back);
      for (const Mention* m = range.end(); m != range.begin() && f.pronoun_person.empty();) {
        --m;
        const Person* p = m->person.empty() ? nullptr : c.ds.FindPerson(m->person);
        if (p && p->gender == gender) f.pronoun_person = p->id;
      }
    }
  }
  return f;
}

struct MeetingMatch {
  const Meeting* m = nullptr;
  double score = 0;
  bool anchored = false;     // the sentence names the meeting or its series
  int stated_hits = 0;       // people stated in the sentence who were there
  int hits = 0;              // people stated or in the sentence before who were there
  bool place_hit = false;    // a place the sentence gives fits
  long distance = 0;         // days between the sentence's time and the meeting
  bool date_ok = true, place_ok = true, participants_ok = true;
  std::string place_said;
  std::string wrong_person;
};

bool Near(long day, long from, long to, long slack) { return day >= from - slack && day <= to + slack; }

// Search window: the sentence's time, else around the article date.
void Window(const Context& c, const Frame& f, long* from, long* to) {
  if (f.time) {
    *from = f.time->from_day - 60;
    *to = f.time->to_day + 60;
  } else if (c.article_day) {
    *from = *c.article_day - 75;
    *to = *c.article_day + 21;
  } else {
    *from = LONG_MIN / 2;
    *to = LONG_MAX / 2;
  }
}

// Whether the place a sentence gives fits a meeting's place. Cities in one country differ
// unless the data links them; a venue or region the data does not place is not held against
// the meeting.
bool PlaceFits(const Dataset& ds, const Meeting& m, const std::string& said) {
  if (said.empty()) return true;
  const std::string meeting_country = !m.country.empty() ? m.country : ds.CountryOf(m.place);
  if (ds.FindCountry(said)) return meeting_country.empty() || meeting_country == said;
  const std::string said_country = ds.CountryOf(said);
  if (!said_country.empty() && !meeting_country.empty() && said_country != meeting_country) return false;
  for (const std::string& where : {m.venue, m.place}) {
    if (where.empty()) continue;
    if (ds.PlaceWithin(where, said) || ds.PlaceWithin(said, where)) return true;
  }
  const Place* sp = ds.FindPlace(said);
  const Place* mp = ds.FindPlace(m.place);
  if (sp && mp && sp->kind == "city" && mp->kind == "city") return false;
  return true;
}

MeetingMatch BestMeeting(const Context& c, const Frame& f, bool need_two) {
  MeetingMatch best;
  long from, to;
  Window(c, f, &from, &to);
  std::vector<std::string> people = f.people;
  for (const auto& p : f.context_people) AddUnique(people, p);
  for (const Meeting& m : c.ds.meetings) {
    const long ms = MeetingStart(m), me = MeetingEnd(m);
    const bool named = std::find(f.meetings_named.begin(), f.meetings_named.end(), m.id) != f.meetings_named.end();
    if (!named && (me < from || ms > to)) continue;
    const bool series = !m.series.empty() && std::find(f.series.begin(), f.series.end(), m.series) != f.series.end();
    // Named participants weigh more than leaders expected through a group (G20 members).
    int explicit_hits = 0, stated_hits = 0;
    double weight = 0;
    const auto expected = ExpectedAttendees(c.ds, m);
    for (const auto& p : people) {
      const bool named_there = std::find(m.participants.begin(), m.participants.end(), p) != m.participants.end() || m.chair == p;
      const bool listed = named_there || std::find(expected.begin(), expected.end(), p) != expected.end();
      if (listed) {
        ++explicit_hits;
        weight += named_there ? 2.0 : 0.5;
        if (std::find(f.people.begin(), f.people.end(), p) != f.people.end()) ++stated_hits;
      }
    }
    // People of the sentences before help only a sentence whose own people were there too
    // ("Orban visited Moscow" after "Modi met Putin in Moscow" is not their meeting).
    if (!named && !series && !f.people.empty() && stated_hits == 0) continue;
    bool place_hit = false;
    for (const auto& [id, mention] : f.places) place_hit = place_hit || PlaceFits(c.ds, m, id);
    // A visitor seen with the host country's officials on a day of the visit ("Modi with
    // Egyptian Prime Minister Mostafa Madbouly ... on June 25").
    bool with_hosts = stated_hits == 1 && f.time && !need_two && Near(f.time->from_day, ms, me, 0) && Near(f.time->to_day, ms, me, 0) &&
                      (m.kind == "state-visit" || m.kind == "official-visit") && !m.country.empty();
    for (const auto& p : f.people) {
      if (!with_hosts) break;
      if (std::find(m.participants.begin(), m.participants.end(), p) != m.participants.end()) continue;
      const auto countries = CountriesOf(c.ds, p, ms);
      with_hosts = std::find(countries.begin(), countries.end(), m.country) != countries.end();
    }
    const bool qualifies = named || series || explicit_hits >= 2 || (explicit_hits >= 1 && place_hit && !need_two) ||
                           (stated_hits >= 1 && f.people.size() == 1 && !need_two && f.time && Near(f.time->from_day, ms, me, 1)) ||
                           (with_hosts && (place_hit || f.places.empty()));
    // A sentence that names a meeting or a series speaks of that one.
    if (!qualifies || ((!f.series.empty() || !f.meetings_named.empty()) && !named && !series)) continue;
    double score = (named ? 6 : 0) + (series ? 3 : 0) + weight + (place_hit ? 1.5 : 0);
    // With neither a time nor an article date, how far the meeting is cannot be known.
    const bool anchored_in_time = f.time || c.article_day;
    const long anchor = f.time ? f.time->from_day : (c.article_day ? *c.article_day : ms);
    const long distance = !anchored_in_time ? 100000 : anchor < ms ? ms - anchor : (anchor > me ? anchor - me : 0);
    if (anchored_in_time) score -= static_cast<double>(distance) / 30.0;
    if (!best.m || score > best.score) {
      best = MeetingMatch{};
      best.m = &m;
      best.score = score;
      best.anchored = named || series;
      best.stated_hits = stated_hits;
      best.hits = explicit_hits;
      best.place_hit = place_hit;
      best.distance = distance;
    }
  }
  if (!best.m) return best;
  const Meeting& m = *best.m;
  // Date: the sentence's time against the meeting's days (a day of slack for time zones).
  if (f.time) best.date_ok = Near(f.time->from_day, MeetingStart(m), MeetingEnd(m), 0) || Near(f.time->to_day, MeetingStart(m), MeetingEnd(m), 0) ||
                             (f.time->from_day <= MeetingStart(m) && f.time->to_day >= MeetingEnd(m));
  // Place: every place the sentence puts it in must fit; one that fits is enough when
  // several are named ("in Bali, Indonesia").
  bool any_fit = false, any_said = false;
  for (const auto& [id, mention] : f.places) {
    any_said = true;
    if (PlaceFits(c.ds, m, id)) any_fit = true;
    else if (best.place_said.empty()) best.place_said = c.ds.Label(id);
  }
  best.place_ok = !any_said || any_fit;
  // Participants: a leader stated in the sentence who is not among a small meeting's
  // listed participants.
  int stated_listed = 0;
  for (const auto& p : f.people)
    if (std::find(m.participants.begin(), m.participants.end(), p) != m.participants.end()) ++stated_listed;
  const Sentence& fs = c.sentences[static_cast<std::size_t>(f.sentence)];
  const bool negated = c.lx.absence_triggers.AnyIn(c.tokens, fs.first_token, fs.last_token);
  // Only a sentence that lists the meeting's own participants can list a wrong one.
  if (m.kind != "summit" && m.kind != "forum" && m.groups.empty() && m.participants.size() >= 2 && stated_listed >= 2 && !negated) {
    const long day = MeetingStart(m);
    for (const auto& p : f.people) {
      if (std::find(m.participants.begin(), m.participants.end(), p) != m.participants.end()) continue;
      if (IsLeaderOn(c.ds, p, day)) {
        best.participants_ok = false;
        best.wrong_person = c.ds.Label(p);
      }
    }
  }
  return best;
}

// BestMeeting, and for a sentence that names its summit: when no record fits the sentence's
// time but one fits the article date, and the time is more than a month away from it, the
// time belongs to another part of the sentence ("the G20 summit - the first since Russia
// invaded Ukraine in February"); it is then set aside.
MeetingMatch FindMeeting(const Context& c, Frame* f) {
  MeetingMatch mm = BestMeeting(c, *f, false);
  if (mm.m || !f->time || (f->series.empty() && f->meetings_named.empty())) return mm;
  Frame g = *f;
  g.time = nullptr;
  MeetingMatch loose = BestMeeting(c, g, false);
  if (!loose.m) return mm;
  const long ms = MeetingStart(*loose.m), me = MeetingEnd(*loose.m);
  const long gap = f->time->to_day < ms ? ms - f->time->to_day : (f->time->from_day > me ? f->time->from_day - me : 0);
  if (gap <= 30) return mm;
  f->time = nullptr;
  return loose;
}

std::string TimeSaid(const Context& c, const TimeExpr& t) {
  return "\"" + c.Span(t.first_token, t.end_token) + "\" (" + t.value + ")";
}

// A record found only through its participants may be another meeting of the same people:
// it can then contradict a place only when the sentence's own date is the meeting's date, and
// a date only when it is a few days off.
void JudgeMeeting(const Context& c, const Frame& f, const MeetingMatch& mm, Claim* cl) {
  const Meeting& m = *mm.m;
  cl->evidence.push_back(MeetingEvidence(c.ds, m));
  const std::string where = MeetingWhere(c.ds, m);
  const bool same_day = f.time && mm.date_ok;
  // News reports meetings of the last days: two named participants of a bilateral meeting
  // that ended at most three days before the article, with no other date given, is that one.
  const bool recent = !f.time && c.article_day && mm.stated_hits >= 2 && m.series.empty() && m.groups.empty() &&
                      (f.places.empty() || f.place_attached) &&
                      MeetingEnd(m) <= *c.article_day && MeetingEnd(m) >= *c.article_day - 3;
  const bool sure = mm.anchored || same_day || recent;
  auto unverifiable = [&](const std::string& why) {
    cl->verdict = Verdict::kUnverifiable;
    cl->confidence = 0.3;
    cl->explanation = why;
  };
  if (!mm.place_ok) {
    if (!sure) return unverifiable("The closest record, " + m.name + " (" + where + ", " + MeetingDates(m) + "), may be another meeting.");
    cl->verdict = Verdict::kContradicted;
    cl->confidence = 0.85;
    cl->explanation = m.name + " took place in " + where + " on " + MeetingDates(m) + ", not in " + mm.place_said + ".";
    return;
  }
  if (!mm.participants_ok && sure) {
    cl->verdict = Verdict::kContradicted;
    cl->confidence = 0.75;
    std::string who;
    for (const auto& p : m.participants) who += (who.empty() ? "" : ", ") + c.ds.Label(p);
    cl->explanation = m.name + " (" + MeetingDates(m) + ") brought together " + who + "; " + mm.wrong_person + " is not listed.";
    return;
  }
  if (!mm.date_ok && f.time) {
    const bool exact = f.time->exact_day && !f.time->vague;
    // Within a week ("on Thursday" for a Monday meeting) for a meeting of two or more named
    // leaders on its list, at the place the sentence gives, with a time that dates the meeting
    // (not "since Friday"); otherwise a few days.
    int listed = 0;
    for (const auto& p : f.people) listed += std::count(m.participants.begin(), m.participants.end(), p) > 0;
    const bool since = f.time->first_token > 0 && c.tokens[f.time->first_token - 1].folded == "since";
    const bool bilateral_here = m.groups.empty() && listed >= 2 && mm.place_hit && !f.places.empty() && !since;
    const bool close = exact ? mm.distance <= (bilateral_here ? 7 : 3) : mm.distance <= 21;
    if (!mm.anchored && !(close && mm.stated_hits >= 2))
      return unverifiable("The closest record, " + m.name + " (" + MeetingDates(m) + "), is on another date; the dataset may lack this meeting.");
    cl->verdict = exact ? Verdict::kContradicted : Verdict::kMixed;
    cl->confidence = exact ? 0.8 : 0.7;
    cl->explanation = m.name + " took place on " + MeetingDates(m) + ", but the article's " + TimeSaid(c, *f.time) + " points to another date.";
    if (!f.time->note.empty()) cl->notes.push_back(c.Span(f.time->first_token, f.time->end_token) + ": " + f.time->note);
    return;
  }
  // A visit under way at the article date, at the place the sentence names.
  const bool country_named = !m.country.empty() && std::find(f.countries.begin(), f.countries.end(), m.country) != f.countries.end();
  const bool under_way = c.article_day && *c.article_day >= MeetingStart(m) - 3 && *c.article_day <= MeetingEnd(m) + 3;
  const bool ongoing = under_way && ((mm.hits >= 1 && (mm.place_hit || country_named)) ||
                                     (mm.hits >= 2 && !f.time && f.places.empty() && m.series.empty() && m.groups.empty()));
  if (!sure && !ongoing && !(mm.stated_hits >= 2 && mm.distance <= 14))
    return unverifiable("The dataset has " + m.name + " (" + MeetingDates(m) + "), but nothing shows it is the meeting meant here.");
  cl->verdict = Verdict::kSupported;
  cl->confidence = f.time ? 0.9 : 0.75;
  cl->explanation = m.name + (where.empty() ? "" : " took place in " + where) + (where.empty() ? " took place on " : " on ") +
                    MeetingDates(m) + ".";
  if (f.time && !f.time->note.empty()) cl->notes.push_back(c.Span(f.time->first_token, f.time->end_token) + ": " + f.time->note);
}

// Event frames: absence, attendance, hosting of a meeting.
enum class EventKind { kNone, kAbsence, kAttendance, kHost };

EventKind FindEvent(const Context& c, const Sentence& s, std::size_t* at, std::size_t* len) {
  for (std::size_t i = s.first_token; i < s.last_token; ++i) {
    if (std::size_t n = c.lx.absence_triggers.MatchAt(c.tokens, i, s.last_token)) { *at = i; *len = n; return EventKind::kAbsence; }
  }
  for (std::size_t i = s.first_token; i < s.last_token; ++i) {
    if (std::size_t n = c.lx.host_triggers.MatchAt(c.tokens, i, s.last_token)) { *at = i; *len = n; return EventKind::kHost; }
    if (std::size_t n = c.lx.attendance_triggers.MatchAt(c.tokens, i, s.last_token)) { *at = i; *len = n; return EventKind::kAttendance; }
  }
  return EventKind::kNone;
}

bool JudgeEvent(const Context& c, const Frame& f, EventKind kind, std::size_t trigger, const MeetingMatch& mm, Claim* cl) {
  const Meeting& m = *mm.m;
  // The person the event is about: the stated person nearest before the trigger, else after.
  std::string person;
  std::size_t best_distance = SIZE_MAX;
  for (const auto& me : c.MentionsIn(f.sentence)) {
    if (me.person.empty()) continue;
    const std::size_t d = me.last <= trigger ? trigger - me.last : (me.first - trigger) + 100;
    if (d < best_distance) {
      best_distance = d;
      person = me.person;
    }
  }
  if (person.empty() && f.pronoun_subject && !f.people.empty()) person = f.people.front();
  if (person.empty() && kind == EventKind::kHost) {
    // "Japan hosted the G7 summit in Hiroshima": a country as host, named before the verb.
    std::string country;
    for (const auto& me : c.MentionsIn(f.sentence))
      if (me.last <= trigger && !me.country.empty() && me.person.empty() && me.role != NameRole::kAdjective) country = me.country;
    if (country.empty() || m.host.empty() || !c.ds.FindCountry(m.host)) return false;
    cl->evidence.push_back(MeetingEvidence(c.ds, m));
    if (!mm.place_ok) {
      cl->verdict = Verdict::kContradicted;
      cl->confidence = 0.85;
      cl->explanation = m.name + " took place in " + c.ds.Label(m.place) + " on " + MeetingDates(m) + ", not in " + mm.place_said + ".";
    } else if (m.host == country) {
      cl->verdict = Verdict::kSupported;
      cl->confidence = 0.85;
      cl->explanation = m.name + " (" + MeetingDates(m) + ", " + c.ds.Label(m.place) + ") was hosted by " + c.ds.Label(m.host) + ".";
    } else {
      cl->verdict = Verdict::kContradicted;
      cl->confidence = 0.8;
      cl->explanation = m.name + " (" + MeetingDates(m) + ", " + c.ds.Label(m.place) + ") was hosted by " + c.ds.Label(m.host) +
                        ", not " + c.ds.Label(country) + ".";
    }
    return true;
  }
  if (person.empty()) return false;
  const std::string who = c.ds.Label(person);
  cl->evidence.push_back(MeetingEvidence(c.ds, m));
  if (!mm.place_ok) {
    cl->verdict = Verdict::kContradicted;
    cl->confidence = 0.85;
    cl->explanation = m.name + " took place in " + c.ds.Label(m.place) + " on " + MeetingDates(m) + ", not in " + mm.place_said + ".";
    return true;
  }
  if (!mm.date_ok && f.time && f.time->exact_day && !f.time->vague) {
    cl->verdict = Verdict::kContradicted;
    cl->confidence = 0.75;
    cl->explanation = m.name + " took place on " + MeetingDates(m) + ", not on " + HumanDate(FromDayNumber(f.time->from_day)) + ".";
    return true;
  }
  const auto absent = std::find_if(m.absentees.begin(), m.absentees.end(), [&](const Absentee& a) { return a.person == person; });
  const auto substitute = std::find_if(m.absentees.begin(), m.absentees.end(), [&](const Absentee& a) { return a.substitute == person; });
  const bool listed = std::find(m.participants.begin(), m.participants.end(), person) != m.participants.end();
  const auto expected = ExpectedAttendees(c.ds, m);
  const bool attending = listed || std::find(expected.begin(), expected.end(), person) != expected.end();
  switch (kind) {
    case EventKind::kAbsence:
      if (substitute != m.absentees.end()) {
        cl->verdict = Verdict::kSupported;
        cl->confidence = 0.85;
        cl->explanation = who + " represented " + c.ds.Label(substitute->person) + " at " + m.name + " (" + MeetingDates(m) + ").";
        if (!substitute->source.empty()) cl->evidence.push_back({m.id, "absentee", who + " in place of " + c.ds.Label(substitute->person), substitute->source});
      } else if (absent != m.absentees.end()) {
        cl->verdict = Verdict::kSupported;
        cl->confidence = 0.9;
        cl->explanation = who + " did not attend " + m.name + " (" + MeetingDates(m) + ")" +
                          (absent->substitute.empty() ? "." : "; " + c.ds.Label(absent->substitute) + " went instead.");
        if (!absent->source.empty()) cl->evidence.push_back({m.id, "absentee", who + " absent", absent->source});
      } else if (listed) {
        cl->verdict = Verdict::kMixed;
        cl->confidence = 0.5;
        cl->explanation = "The dataset lists " + who + " among the participants of " + m.name + ".";
      } else {
        cl->verdict = Verdict::kUnverifiable;
        cl->confidence = 0.3;
        cl->explanation = "The dataset does not record whether " + who + " attended " + m.name + ".";
      }
      return true;
    case EventKind::kHost: {
      const auto countries = CountriesOf(c.ds, person, MeetingStart(m));
      const bool host = m.chair == person || m.host == person ||
                        std::find(countries.begin(), countries.end(), m.host) != countries.end();
      if (host) {
        cl->verdict = Verdict::kSupported;
        cl->confidence = 0.85;
        cl->explanation = m.name + " (" + MeetingDates(m) + ", " + c.ds.Label(m.place) + ") was hosted by " +
                          c.ds.Label(m.chair.empty() ? m.host : m.chair) + ".";
      } else {
        cl->verdict = Verdict::kUnverifiable;
        cl->confidence = 0.3;
        cl->explanation = "The dataset does not show " + who + " as host of " + m.name + ".";
      }
      return true;
    }
    case EventKind::kAttendance:
      if (absent != m.absentees.end()) {
        cl->verdict = Verdict::kContradicted;
        cl->confidence = 0.7;
        cl->explanation = who + " did not attend " + m.name + " (" + MeetingDates(m) + ").";
        if (!absent->source.empty()) cl->evidence.push_back({m.id, "absentee", who + " absent", absent->source});
      } else if (attending) {
        cl->verdict = Verdict::kSupported;
        cl->confidence = 0.8;
        cl->explanation = listed ? who + " took part in " + m.name + " (" + c.ds.Label(m.place) + ", " + MeetingDates(m) + ")."
                                 : m.name + " took place in " + c.ds.Label(m.place) + " on " + MeetingDates(m) + ", and " + who +
                                       " was one of the leaders it invited.";
      } else if (!m.participants.empty() && m.groups.empty()) {
        // A meeting with its participants on record, and this person not among them.
        cl->verdict = Verdict::kUnverifiable;
        cl->confidence = 0.3;
        cl->explanation = "The dataset lists who met at " + m.name + " (" + MeetingDates(m) + "), but not " + who + ".";
      } else {
        cl->verdict = Verdict::kSupported;
        cl->confidence = 0.6;
        cl->explanation = m.name + (m.place.empty() ? "" : " took place in " + c.ds.Label(m.place) + " on") +
                          (m.place.empty() ? " took place on " : " ") + MeetingDates(m) + "; the dataset does not list who attended.";
      }
      return true;
    case EventKind::kNone:
      break;
  }
  return false;
}

}  // namespace

// "... and Mr. Modi described his first state visit to Egypt as historic": a later mention of
// the same visit in the sentence, with a place that fits it, belongs to the claim.
void ExtendOverLaterMention(const Context& c, const Sentence& s, std::size_t from, const Meeting& m, Claim* cl) {
  for (std::size_t i = from; i < s.last_token; ++i) {
    const std::size_t n = c.lx.meeting_triggers.MatchAt(c.tokens, i, s.last_token);
    if (!n) continue;
    std::size_t k = i + n;
    if (k + 1 >= s.last_token || !c.lx.place_prepositions.MatchAt(c.tokens, k, k + 1)) continue;
    const Mention* where = c.MentionAtToken(k + 1);
    if (!where || !where->person.empty()) continue;
    const std::string id = !where->place.empty() ? where->place : where->country;
    if (id.empty() || !PlaceFits(c.ds, m, id)) continue;
    cl->end = c.tokens[where->last - 1].end;
    cl->text = std::string(c.text.substr(cl->start, cl->end - cl->start));
    return;
  }
  // "... met for two hours Saturday, as well as at the group dinner Saturday night": a later
  // time in the sentence that falls on the meeting's days, with nobody else named on the way.
  for (const auto& t : c.TimesIn(static_cast<int>(&s - c.sentences.data()))) {
    if (t.first_token < from) continue;
    if (t.from_day < MeetingStart(m) || t.to_day > MeetingEnd(m)) break;
    bool other = false;
    for (std::size_t k = from; k < t.first_token && !other; ++k)
      if (const Mention* x = c.MentionAtToken(k); x && !x->person.empty() &&
                                                  std::find(m.participants.begin(), m.participants.end(), x->person) == m.participants.end())
        other = true;
    if (other) break;
    cl->end = c.tokens[t.end_token - 1].end;
    cl->text = std::string(c.text.substr(cl->start, cl->end - cl->start));
  }
}

// "... going for a stroll around the grounds of the Capella Singapore hotel": a sentence that
// names the venue of the meeting just confirmed speaks of that meeting. Returns whether a
// claim was made.
bool VenueBackReference(Context& c, const Sentence& s, const Meeting& m) {
  if (m.venue.empty()) return false;
  // A time of its own that is not the meeting's is another occasion at that venue.
  for (const auto& t : c.TimesIn(static_cast<int>(&s - c.sentences.data())))
    if (!t.dateline && (t.to_day < MeetingStart(m) - 1 || t.from_day > MeetingEnd(m) + 1))
      return false;
  for (std::size_t i = s.first_token; i < s.last_token; ++i) {
    const Mention* x = c.MentionAtToken(i);
    if (!x || x->first != i || x->place.empty()) continue;
    if (x->place != m.venue && !c.ds.PlaceWithin(x->place, m.venue)) continue;
    // The clause that holds it: back to the last comma (or the sentence start).
    std::size_t first = i;
    while (first > s.first_token && c.tokens[first - 1].folded != "," && c.tokens[first - 1].folded != ";") --first;
    Claim cl = MakeClaim(c, ClaimType::kMeeting, first, x->last);
    cl.verdict = Verdict::kSupported;
    cl.confidence = 0.7;
    cl.evidence.push_back(MeetingEvidence(c.ds, m));
    cl.explanation = c.ds.Label(m.venue) + " is where " + m.name + " took place, on " + MeetingDates(m) + ".";
    c.report->claims.push_back(std::move(cl));
    return true;
  }
  return false;
}

// The clause after "On the eve of his meeting with Xi,": its subject, a group of leaders
// ("told Asian leaders") or a place, judged against the meetings of that time. The reference
// frame `f` keeps the people (the subject is the "his" of the reference) but loses the
// places of the clause.
void MainClauseAfterReference(Context& c, const Sentence& s, std::size_t comma, Frame* f) {
  Frame g;
  g.sentence = f->sentence;
  for (const auto& m : c.MentionsIn(f->sentence)) {
    if (m.first <= comma) continue;
    if (!m.person.empty()) {
      AddUnique(g.people, m.person);
      Extend(g, m.first, m.last);
    } else if (PrecededByPlacePreposition(c, m) && (!m.place.empty() || (!m.country.empty() && m.role == NameRole::kName))) {
      g.places.push_back({!m.place.empty() ? m.place : m.country, &m});
      Extend(g, m.first, m.last);
    }
  }
  const bool group = c.lx.group_words.AnyIn(c.tokens, comma + 1, s.last_token);
  for (const auto& t : c.TimesIn(g.sentence))
    if (t.first_token > comma && !g.time) {
      g.time = &t;
      Extend(g, t.first_token, t.end_token);
    }
  if (g.people.empty() || g.places.empty() || !group) return;
  Extend(g, comma + 1, comma + 2);
  MeetingMatch mm = BestMeeting(c, g, false);
  if (!mm.m) return;
  Claim cl = MakeClaim(c, ClaimType::kEvent, g.first, g.last);
  JudgeMeeting(c, g, mm, &cl);
  if (cl.verdict == Verdict::kContradicted) return;  // a clause read this loosely never contradicts
  c.report->claims.push_back(std::move(cl));
}

// "The meeting took place on February 22", "On Monday, the two leaders met": a sentence that
// opens with a reference to a meeting (after at most a leading time and a comma).
bool OpensWithMeetingAnaphor(const Context& c, const Sentence& s) {
  std::size_t i = s.first_token;
  for (const auto& t : c.TimesIn(static_cast<int>(&s - c.sentences.data())))
    if (t.first_token == i && t.end_token < s.last_token && c.tokens[t.end_token].folded == ",") i = t.end_token + 1;
  return i < s.last_token && c.lx.meeting_anaphors.MatchAt(c.tokens, i, s.last_token) > 0;
}

void CheckMeetingsAndEvents(Context& c) {
  // The meeting the last sentences were found to report correctly.
  const Meeting* settled = nullptr;
  int settled_sentence = -10;
  for (std::size_t si = 0; si < c.sentences.size(); ++si) {
    const Sentence& s = c.sentences[si];
    const int sentence = static_cast<int>(si);
    // Events first: an event sentence is not also reported as a meeting.
    std::size_t at = 0, len = 0;
    const EventKind ek = FindEvent(c, s, &at, &len);
    bool done = false;
    if (ek != EventKind::kNone) {
      Frame f = BuildFrame(c, sentence, at, at + len);
      if (f.people.empty() && !f.pronoun_person.empty()) {
        f.people.push_back(f.pronoun_person);
        f.pronoun_subject = true;
      }
      // "Xi Jinping skipped the summit": the summit the sentences before confirmed.
      // Only a noun for the meeting itself ("the summit", not "the leaders"), and only when the
      // people the sentence names were there.
      if (f.series.empty() && f.meetings_named.empty() && f.places.empty() && settled && sentence - settled_sentence <= 5) {
        const bool refers = c.lx.event_anaphors.AnyIn(c.tokens, s.first_token, s.last_token);
        const auto expected = ExpectedAttendees(c.ds, *settled);
        bool were_there = f.people.empty();
        for (const auto& p : f.people)
          were_there = were_there || std::find(expected.begin(), expected.end(), p) != expected.end() || settled->chair == p;
        if (refers && were_there) f.meetings_named.push_back(settled->id);
      }
      const bool country_host = ek == EventKind::kHost && f.people.empty() && !f.countries.empty();
      if ((!f.people.empty() || country_host) && (!f.series.empty() || !f.meetings_named.empty() || !f.places.empty())) {
        MeetingMatch mm = FindMeeting(c, &f);
        const bool anchored = mm.m && (std::find(f.series.begin(), f.series.end(), mm.m->series) != f.series.end() ||
                                       std::find(f.meetings_named.begin(), f.meetings_named.end(), mm.m->id) != f.meetings_named.end());
        // "He arrived in Bali on Sunday night": arriving where a meeting begins within days.
        const bool arrival = mm.m && ek == EventKind::kAttendance && mm.place_hit && f.time &&
                             f.time->from_day >= MeetingStart(*mm.m) - 3 && f.time->from_day <= MeetingEnd(*mm.m);
        if (arrival) mm.date_ok = true;
        if (anchored || arrival) {
          Claim cl = MakeClaim(c, ClaimType::kEvent, f.first, f.last);
          if (JudgeEvent(c, f, ek, at, mm, &cl)) {
            if (cl.verdict == Verdict::kSupported && (!c.article_day || MeetingStart(*mm.m) <= *c.article_day)) {
              settled = mm.m;
              settled_sentence = sentence;
            }
            c.report->claims.push_back(std::move(cl));
            done = true;
          }
        } else if (!f.series.empty() || !f.meetings_named.empty()) {
          Claim cl = MakeClaim(c, ClaimType::kEvent, f.first, f.last);
          cl.verdict = Verdict::kUnverifiable;
          cl.confidence = 0.3;
          cl.explanation = "The dataset has no record of this meeting at that time.";
          c.report->claims.push_back(std::move(cl));
          done = true;
        }
      }
    }
    if (done) continue;
    // Meetings.
    std::size_t trigger = SIZE_MAX, tlen = 0;
    for (std::size_t i = s.first_token; i < s.last_token; ++i)
      if (std::size_t n = c.lx.meeting_triggers.MatchAt(c.tokens, i, s.last_token)) {
        trigger = i;
        tlen = n;
        break;
      }
    if (trigger == SIZE_MAX) {
      // A venue is a distinctive anchor: a wider window than for "the meeting" (news text splits
      // many short sentences, quotes and ellipses).
      if (settled && sentence - settled_sentence <= 15) VenueBackReference(c, s, *settled);
      continue;
    }
    Frame f = BuildFrame(c, sentence, trigger, trigger + tlen);
    // "On the eve of his meeting with Xi, Biden told Asian leaders in Cambodia ...": the
    // meeting is a reference point; the clause after the comma is a claim of its own.
    if (f.relational) {
      std::size_t comma = trigger + tlen;
      while (comma < s.last_token && c.tokens[comma].folded != ",") ++comma;
      if (comma + 1 < s.last_token) {
        MainClauseAfterReference(c, s, comma, &f);
        f.last = std::min(f.last, comma);
      }
    }
    const std::size_t stated = f.people.size() + f.series.size() + f.meetings_named.size();
    // "The meeting took place on February 22": the people are in the sentence before.
    const bool by_context = stated == 0 && (f.context_people.size() >= 2 || (!f.context_people.empty() && !f.places.empty()) ||
                                            !f.pronoun_person.empty());
    if (stated == 0 && !f.pronoun_person.empty()) AddUnique(f.context_people, f.pronoun_person);
    // "The two leaders spoke for an hour": the claim starts with its subject.
    if (stated == 0) Extend(f, s.first_token, trigger + tlen);
    // A sentence that refers back to the meeting just reported speaks of that one; the people
    // it names may be that meeting's leaders or officials who took part ("The two leaders met
    // behind closed doors, with Foreign Minister Sergey Lavrov ...").
    bool anaphoric = settled && sentence - settled_sentence <= 5 && f.series.empty() && f.meetings_named.empty() &&
                     OpensWithMeetingAnaphor(c, s);
    for (const auto& p : f.people)
      if (anaphoric && std::find(settled->participants.begin(), settled->participants.end(), p) == settled->participants.end() &&
          IsLeaderOn(c.ds, p, MeetingStart(*settled)))
        anaphoric = false;
    if (anaphoric) {
      f.meetings_named.push_back(settled->id);
      // The claim is the whole sentence ("The meeting was followed by another round of talks").
      std::size_t end = s.last_token;
      while (end > trigger + tlen && c.tokens[end - 1].kind == TokenKind::kPunct) --end;
      Extend(f, s.first_token, end);
    }
    if (stated == 0 && !by_context && !anaphoric) continue;
    MeetingMatch mm = FindMeeting(c, &f);
    Claim cl = MakeClaim(c, ClaimType::kMeeting, f.first, f.last);
    if (!mm.m) {
      // Nothing to say about one person "meeting" nobody in particular.
      if (f.people.size() + f.context_people.size() < 2 && f.series.empty() && f.meetings_named.empty()) continue;
      cl.verdict = Verdict::kUnverifiable;
      cl.confidence = 0.3;
      cl.explanation = "The dataset has no record of this meeting around that time.";
    } else {
      JudgeMeeting(c, f, mm, &cl);
      // "Xi will then visit Serbia": a sentence about what is still to come is not judged by a
      // meeting that has already taken place.
      if (c.article_day && MeetingEnd(*mm.m) < *c.article_day && cl.verdict != Verdict::kUnverifiable) {
        if (c.lx.future_markers.AnyIn(c.tokens, s.first_token, trigger)) {
          cl.verdict = Verdict::kUnverifiable;
          cl.confidence = 0.3;
          cl.explanation = "The sentence speaks of something still to come; the dataset's " + mm.m->name + " (" + MeetingDates(*mm.m) +
                           ") has already taken place.";
          cl.notes.clear();
        }
      }
      JudgeInterval(c, s, *mm.m, &cl);
      if (cl.verdict == Verdict::kSupported) ExtendOverLaterMention(c, s, f.last, *mm.m, &cl);
      // A meeting still ahead of the article date is an announcement: "the talks" later on
      // speak of one that took place.
      if (cl.verdict == Verdict::kSupported && (!c.article_day || MeetingStart(*mm.m) <= *c.article_day)) {
        settled = mm.m;
        settled_sentence = sentence;
      }
    }
    c.report->claims.push_back(std::move(cl));
  }
}

namespace {

const Treaty* RecentTreaty(const Context& c, int sentence) {
  for (int s = sentence; s >= 0 && s >= sentence - 3; --s) {
    const auto range = c.MentionsIn(s);
    for (const Mention* m = range.end(); m != range.begin();) {
      --m;
      if (!m->treaty.empty()) return c.ds.FindTreaty(m->treaty);
    }
  }
  return nullptr;
}

bool IsParty(const Treaty& t, const std::string& country) {
  for (const auto& p : t.parties)
    if (p.party == country) return true;
  return false;
}

}  // namespace

// Whether a place a sentence gives fits where a treaty was signed: the same place, one within
// the other, or the country it is in. Two different cities do not fit.
bool SignedPlaceFits(const Dataset& ds, const std::string& signed_place, const std::string& said) {
  if (said == signed_place || ds.PlaceWithin(signed_place, said) || ds.PlaceWithin(said, signed_place)) return true;
  const std::string signed_country = ds.CountryOf(signed_place);
  if (ds.FindCountry(said)) return signed_country.empty() || signed_country == said;
  const Place* a = ds.FindPlace(said);
  const Place* b = ds.FindPlace(signed_place);
  if (!a || !b) return true;  // a place the dataset does not know decides nothing
  const std::string said_country = ds.CountryOf(said);
  if (!said_country.empty() && !signed_country.empty() && said_country != signed_country) return false;
  return !(a->kind == "city" && b->kind == "city");
}

// Whether a document noun ("agreement", "joint statement", "deal") can name that treaty.
bool NounFits(const std::string& w, const Treaty& t) {
  if (w == "document") return true;
  if ((w == "deal" || w == "pact" || w == "agreement" || w == "accord") &&
      (t.kind == "agreement" || t.kind == "treaty" || t.kind == "accord"))
    return true;
  return Fold(t.kind + " " + t.name).find(w) != std::string::npos;
}

// '..., said a joint statement on the formation of a partnership': a document named by its
// kind right after a sentence that confirmed it. Returns the claim's first token, or 0.
std::size_t DocumentBackReference(const Context& c, const Sentence& s, const Treaty& t) {
  for (std::size_t i = s.first_token; i < s.last_token; ++i) {
    const std::string& w = c.tokens[i].folded;
    if (!c.lx.treaty_nouns.Contains(w) || w == "document") continue;
    if (!NounFits(w, t)) continue;
    // "a joint statement", "the agreement": an article within three words before.
    for (std::size_t k = i; k > s.first_token && k + 3 > i; --k)
      if (c.tokens[k - 1].folded == "a" || c.tokens[k - 1].folded == "the" || c.tokens[k - 1].folded == "this") return k - 1;
  }
  return 0;
}

void CheckTreaties(Context& c) {
  const Treaty* confirmed = nullptr;  // the treaty the last sentences were found to report
  int confirmed_sentence = -10;
  for (std::size_t si = 0; si < c.sentences.size(); ++si) {
    const Sentence& s = c.sentences[si];
    const int sentence = static_cast<int>(si);
    std::size_t trigger = SIZE_MAX, tlen = 0;
    for (std::size_t i = s.first_token; i < s.last_token; ++i)
      if (std::size_t n = c.lx.treaty_triggers.MatchAt(c.tokens, i, s.last_token)) {
        trigger = i;
        tlen = n;
        break;
      }
    auto back_reference = [&]() {
      // A back-reference to the document just confirmed, with no time or party of its own,
      // is that document.
      if (!confirmed || sentence - confirmed_sentence > 2) return false;
      const std::size_t first = DocumentBackReference(c, s, *confirmed);
      if (!first) return false;
      Frame f = BuildFrame(c, sentence, first, first + 1);
      if (!f.countries.empty() || !f.people.empty() || !f.treaties_named.empty()) return false;
      // A time in the document's own phrase would need checking; one before it (inside a
      // quotation) does not.
      for (const auto& t : c.TimesIn(sentence))
        if (t.first_token >= first) return false;
      std::size_t end = s.last_token;
      while (end > first + 1 && c.tokens[end - 1].kind == TokenKind::kPunct) --end;
      Claim cl = MakeClaim(c, ClaimType::kTreaty, first, end);
      cl.verdict = Verdict::kSupported;
      cl.confidence = 0.7;
      cl.evidence.push_back(TreatyEvidence(c.ds, *confirmed));
      cl.explanation = "This refers to " + TreatyEvidence(c.ds, *confirmed).summary + ".";
      c.report->claims.push_back(std::move(cl));
      return true;
    };
    if (trigger == SIZE_MAX) {
      back_reference();
      continue;
    }
    Frame f = BuildFrame(c, sentence, trigger, trigger + tlen);
    // Countries of the stated people count as parties ("Modi and Sisi signed").
    const long day = f.time ? f.time->from_day : c.article_day.value_or(0);
    std::vector<std::string> parties = f.countries;
    for (const auto& p : f.people)
      for (const auto& country : CountriesOf(c.ds, p, day)) AddUnique(parties, country);
    const Treaty* named = nullptr;
    if (!f.treaties_named.empty()) named = c.ds.FindTreaty(f.treaties_named.front());
    bool anaphora = false;
    if (!named) {
      // "the agreement", "the last remaining treaty", "the accord": the treaty named just before.
      for (std::size_t i = s.first_token; i < s.last_token && !named; ++i) {
        if (!c.lx.treaty_nouns.Contains(c.tokens[i].folded)) continue;
        // "The Treaty on ..." with a capital is the title of a treaty the dataset may not know.
        if (c.tokens[i].capitalized && i + 1 < s.last_token &&
            (c.tokens[i + 1].folded == "on" || c.tokens[i + 1].folded == "of" || c.tokens[i + 1].folded == "for"))
          continue;
        for (std::size_t k = i; k > s.first_token && k + 4 > i; --k)
          if (c.tokens[k - 1].folded == "the") {
            const Treaty* recent = RecentTreaty(c, sentence);
            // "the agreement" for an agreement, "the treaty" for a treaty: the kind must fit.
            if (recent && NounFits(c.tokens[i].folded, *recent)) {
              named = recent;
              anaphora = true;
            }
            break;
          }
      }
    }
    const Treaty* found = named;
    if (!found && parties.size() >= 2 && c.article_day) {
      // Unnamed agreements are matched by parties, close to the time the sentence gives.
      long from = *c.article_day - 30, to = *c.article_day + 1;
      if (f.time) {
        const long slack = f.time->vague ? 21 : 7;
        from = f.time->from_day - slack;
        to = f.time->to_day + slack;
      }
      double best = -1e9;
      for (const Treaty& t : c.ds.treaties) {
        if (t.signed_on.empty()) continue;
        const long sd = FirstDay(t.signed_on);
        if (sd < from || sd > to) continue;
        int hits = 0;
        for (const auto& p : parties) hits += IsParty(t, p) ? 1 : 0;
        if (hits < 2) continue;
        const long anchor = f.time ? f.time->from_day : *c.article_day;
        const double score = hits * 2 - std::fabs(static_cast<double>(sd - anchor)) / 30.0;
        if (score > best) {
          best = score;
          found = &t;
        }
      }
    }
    if (!found && parties.size() < 2 && f.people.empty()) {
      back_reference();
      continue;
    }
    Claim cl = MakeClaim(c, ClaimType::kTreaty, f.first, f.last);
    if (!found) {
      cl.verdict = Verdict::kUnverifiable;
      cl.confidence = 0.3;
      cl.explanation = "The dataset has no agreement between these parties around that time.";
      c.report->claims.push_back(std::move(cl));
      continue;
    }
    const Treaty& t = *found;
    cl.evidence.push_back(TreatyEvidence(c.ds, t));
    cl.verdict = Verdict::kSupported;
    cl.confidence = 0.85;
    cl.explanation = TreatyEvidence(c.ds, t).summary + ".";
    // Parties: "Russia and Armenia have signed ..." names the parties outright; one that is
    // not a party of a bilateral agreement contradicts it.
    if (!anaphora && t.parties.size() == 2) {
      for (const Mention& x : c.MentionsIn(sentence)) {
        if (x.country.empty() || !x.person.empty() || x.role == NameRole::kCapital) continue;
        if (x.last + 1 >= c.tokens.size() || c.tokens[x.last].folded != "and") continue;
        const Mention* y = c.MentionAtToken(x.last + 1);
        if (y && (y->first != x.last + 1 || y->country.empty() || !y->person.empty())) y = nullptr;
        if (!y || x.role != y->role) continue;
        for (const std::string& p : {x.country, y->country})
          if (!IsParty(t, p) && x.country != y->country) {
            cl.verdict = Verdict::kContradicted;
            cl.confidence = 0.8;
            cl.explanation = t.name + " was concluded between " + c.ds.Label(t.parties[0].party) + " and " +
                             c.ds.Label(t.parties[1].party) + ", not " + c.ds.Label(p) + ".";
          }
        break;
      }
    }
    // Time: the date of the act the sentence speaks of — entry into force, a party's
    // ratification or accession, expiry, or the signing (announcement) — against the
    // sentence's own time. Party lists of large treaties are partial, so a party missing from
    // them decides nothing.
    enum class Act { kNone, kSign, kRatify, kAccede, kInForce, kExpire } act = Act::kNone;
    for (std::size_t i = s.first_token; i < s.last_token; ++i) {
      const std::string& w = c.tokens[i].folded;
      const bool force = (w == "force" && i > 0 && (c.tokens[i - 1].folded == "into" || c.tokens[i - 1].folded == "in")) ||
                         (w == "effect" && i > 0 && c.tokens[i - 1].folded == "took");
      if (force) act = Act::kInForce;
      else if (act == Act::kNone || act == Act::kSign) {
        if (w.rfind("ratif", 0) == 0) act = Act::kRatify;
        else if (w == "acceded" || w == "accede" || w == "accession") act = Act::kAccede;
        else if (w.rfind("expir", 0) == 0) act = Act::kExpire;
        else if (act == Act::kNone && (w == "signed" || w == "sign" || w == "signs" || w == "signing" || w == "announced" || w == "concluded"))
          act = Act::kSign;
      }
    }
    Date when;
    std::string what;
    if (act == Act::kInForce) { when = t.in_force; what = " entered into force on "; }
    else if (act == Act::kExpire) { when = t.expires; what = " expires on "; }
    else if (act == Act::kSign) { when = t.signed_on; what = " was signed on "; }
    else if (act == Act::kRatify || act == Act::kAccede) {
      // The stated party's own date, when the record has it (a party that left and came back
      // has several: the one that fits the sentence's time is the one meant).
      for (const auto& p : t.parties) {
        if (std::find(parties.begin(), parties.end(), p.party) == parties.end()) continue;
        const Date& d = act == Act::kRatify ? p.ratified : p.acceded;
        if (d.empty()) continue;
        const bool fits_time = f.time && f.time->to_day >= FirstDay(d) - 1 && f.time->from_day <= LastDay(d) + 1;
        if (!when.empty() && !fits_time) continue;
        when = d;
        what = std::string(" was ") + (act == Act::kRatify ? "ratified by " : "joined by ") + c.ds.Label(p.party) + " on ";
        cl.explanation = t.name + what + HumanDate(d) + ".";
        if (fits_time) break;
      }
      if (when.empty()) {
        cl.verdict = Verdict::kUnverifiable;
        cl.confidence = 0.3;
        cl.explanation = "The dataset has " + t.name + " but not that party's " + (act == Act::kRatify ? "ratification." : "accession.");
      }
    }
    if (cl.verdict == Verdict::kSupported && f.time && !when.empty() && !anaphora) {
      const bool fits = f.time->to_day >= FirstDay(when) - 1 && f.time->from_day <= LastDay(when) + 1;
      if (!fits) {
        const bool exact = !f.time->vague;
        cl.verdict = exact ? Verdict::kContradicted : Verdict::kMixed;
        cl.confidence = exact ? 0.8 : 0.7;
        cl.explanation = t.name + what + HumanDate(when) + ", which does not fit the article's " + TimeSaid(c, *f.time) + ".";
        if (!f.time->note.empty()) cl.notes.push_back(c.Span(f.time->first_token, f.time->end_token) + ": " + f.time->note);
      } else if (act != Act::kNone) {
        cl.explanation = t.name + what + HumanDate(when) + ", as the article says.";
      }
    }
    // Place: "signed ... in Vladivostok" for a treaty signed in Pyongyang — only for a treaty
    // named outright (one found through its parties may be another document of theirs), or
    // one whose signing day the sentence gives exactly.
    const bool sure_treaty = (named != nullptr && !anaphora) ||
                             (f.time && f.time->exact_day && !t.signed_on.empty() && t.signed_on.full() &&
                              f.time->from_day == FirstDay(t.signed_on));
    if (cl.verdict == Verdict::kSupported && sure_treaty && (act == Act::kSign || act == Act::kNone) && !t.signed_place.empty()) {
      for (const auto& [said, mention] : f.places) {
        if (SignedPlaceFits(c.ds, t.signed_place, said)) continue;
        cl.verdict = Verdict::kContradicted;
        cl.confidence = 0.8;
        cl.explanation = t.name + " was signed in " + c.ds.Label(t.signed_place) +
                         (t.signed_on.empty() ? "" : " on " + HumanDate(t.signed_on)) + ", not in " + c.ds.Label(said) + ".";
        break;
      }
    }
    // Withdrawal sentences: the party's withdrawal must be on record.
    if (cl.verdict == Verdict::kSupported) {
      const std::string& w = c.tokens[trigger].folded;
      if (w == "withdrew" || w == "withdraw" || w == "withdrawal" || w == "pulled") {
        bool any = false;
        for (const auto& p : t.parties)
          if (!p.withdrew.empty() && std::find(parties.begin(), parties.end(), p.party) != parties.end()) {
            any = true;
            cl.explanation = c.ds.Label(p.party) + " withdrew from " + t.name + " on " + HumanDate(p.withdrew) + ".";
            // "withdrew from the deal in July 2022" for a withdrawal in July 2023.
            if (f.time && (f.time->to_day < FirstDay(p.withdrew) - 1 || f.time->from_day > LastDay(p.withdrew) + 1)) {
              const bool exact = !f.time->vague;
              cl.verdict = exact ? Verdict::kContradicted : Verdict::kMixed;
              cl.confidence = exact ? 0.8 : 0.7;
              cl.explanation = c.ds.Label(p.party) + " withdrew from " + t.name + " on " + HumanDate(p.withdrew) +
                               ", which does not fit the article's " + TimeSaid(c, *f.time) + ".";
            }
          }
        if (!any) {
          cl.verdict = Verdict::kUnverifiable;
          cl.confidence = 0.3;
          cl.explanation = "The dataset does not record that withdrawal from " + t.name + ".";
        }
      }
    }
    if (cl.verdict == Verdict::kSupported) {
      confirmed = &t;
      confirmed_sentence = sentence;
    }
    c.report->claims.push_back(std::move(cl));
  }
}

namespace {
// "the 27 EU member states", "NATO's 32 members": the number of members on the day the
// sentence speaks of, for organisations whose every membership has a start date.
void JudgeMemberCount(const Context& c, std::size_t number, std::size_t noun_end, Claim* cl) {
  const auto& tk = c.tokens;
  bool members = false;
  for (std::size_t k = number + 1; k < noun_end; ++k)
    members = members || tk[k].folded == "members" || tk[k].folded == "member" || tk[k].folded == "states" ||
              tk[k].folded == "countries" || tk[k].folded == "nations";
  if (!members || tk[number].kind != TokenKind::kNumber || !c.article_day) return;
  // The organisation named right around the number.
  const Organization* org = nullptr;
  const std::size_t lo = number >= 4 ? number - 4 : 0;
  for (std::size_t k = lo; k < noun_end + 3 && k < tk.size() && !org; ++k)
    if (const Mention* m = c.MentionAtToken(k); m && !m->org.empty() && m->sentence == tk[number].sentence) org = c.ds.FindOrganization(m->org);
  if (!org || !HasFullHistory(*org)) return;  // incomplete history: cannot count
  long day = *c.article_day;
  for (const auto& t : c.TimesIn(tk[number].sentence))
    if (!t.dateline && t.to_day <= *c.article_day) day = t.to_day;
  if (c.ds.as_of_day > 0 && day > c.ds.as_of_day) return;
  // A membership known only to the month or year that contains the day leaves the count open.
  for (const auto& m : org->members)
    for (const Date* d : {&m.start, &m.end})
      if (!d->empty() && !d->full() && FirstDay(*d) <= day && day <= LastDay(*d)) return;
  std::string digits;
  for (char ch : tk[number].folded)
    if (ch >= '0' && ch <= '9') digits += ch;
  if (digits.empty() || digits.size() > 4) return;
  const long said = std::stol(digits);
  const auto list = MembersOn(c.ds, org->id, day);
  const long have = static_cast<long>(list.size());
  const std::string when = HumanDate(FromDayNumber(day));
  cl->evidence.push_back({org->id, "membership", org->name + ": " + std::to_string(have) + " members on " + when, org->source});
  if (said == have) {
    cl->verdict = Verdict::kSupported;
    cl->confidence = 0.85;
    cl->explanation = org->name + " had " + std::to_string(have) + " members on " + when + ".";
  } else {
    // Approximate wording ("more than", "nearly") is not contradicted by a count.
    const bool approximate = number > 0 && c.lx.approximators.MatchAt(tk, number - 1, number);
    cl->verdict = approximate ? Verdict::kUnverifiable : Verdict::kContradicted;
    cl->confidence = approximate ? 0.3 : 0.8;
    cl->explanation = org->name + " had " + std::to_string(have) + " members on " + when + ", not " + digits + ".";
  }
}
}  // namespace

namespace {
// Only quantities in sentences about the dataset's world count: a person, country or
// organisation named in the sentence or the one before.
bool InScope(const Context& c, int sentence) {
  const auto here = c.MentionsIn(sentence);
  const auto before = c.MentionsIn(sentence - 1);
  return here.begin() != here.end() || before.begin() != before.end();
}

Claim UncheckedQuantity(const Context& c, std::size_t first, std::size_t end, const char* why) {
  Claim cl = MakeClaim(c, ClaimType::kQuantity, first, end);
  cl.verdict = Verdict::kUnverifiable;
  cl.confidence = 0.3;
  cl.explanation = why;
  return cl;
}
}  // namespace

void CheckQuantities(Context& c) {
  const auto& tk = c.tokens;
  std::vector<bool> in_time(tk.size(), false);
  for (const auto& t : c.times)
    for (std::size_t i = t.first_token; i < t.end_token && i < tk.size(); ++i) in_time[i] = true;
  for (std::size_t i = 0; i < tk.size(); ++i) {
    const bool number = tk[i].kind == TokenKind::kNumber || c.lx.number_words.count(tk[i].folded) || c.lx.ordinal_words.count(tk[i].folded);
    if (!number || tk[i].folded == "a" || tk[i].folded == "an" || tk[i].folded == "one") continue;
    // Years and dates are times, not quantities.
    if (in_time[i]) continue;
    // "the two leaders", "the two sides": a way of referring back, not a figure.
    if (i > 0 && c.lx.meeting_anaphors.MatchAt(tk, i - 1, tk.size()) > 0) continue;
    const Sentence& s = c.sentences[static_cast<std::size_t>(tk[i].sentence)];
    // Sums of money: "£480m", "$1.5 billion", "€55m".
    const bool currency = i > 0 && (tk[i - 1].folded == "£" || tk[i - 1].folded == "$" || tk[i - 1].folded == "€") && tk[i - 1].end == tk[i].start;
    if (currency) {
      std::size_t end = i + 1;
      if (end < s.last_token && (tk[end].folded == "m" || tk[end].folded == "bn" || tk[end].folded == "million" ||
                                 tk[end].folded == "billion" || tk[end].folded == "trillion"))
        ++end;
      std::size_t first = i - 1;
      while (first > s.first_token && c.lx.approximators.MatchAt(tk, first - 1, first)) --first;
      if (!InScope(c, tk[i].sentence)) continue;
      c.report->claims.push_back(UncheckedQuantity(c, first, end, "The dataset holds no budgets or payments, so the sum cannot be checked."));
      i = end - 1;
      continue;
    }
    std::size_t noun = SIZE_MAX;
    for (std::size_t j = i + 1; j < s.last_token && j <= i + 4; ++j)
      if (c.lx.quantity_nouns.MatchAt(tk, j, s.last_token)) {
        noun = j + c.lx.quantity_nouns.MatchAt(tk, j, s.last_token);
        break;
      }
    if (noun == SIZE_MAX) continue;
    std::size_t first = i;
    while (first > s.first_token && c.lx.approximators.MatchAt(tk, first - 1, i)) --first;
    if (first > s.first_token + 1 && c.lx.approximators.MatchAt(tk, first - 2, i) == 2) first -= 2;
    if (!InScope(c, tk[i].sentence)) continue;
    Claim cl = UncheckedQuantity(c, first, noun, "The dataset holds no figures of this kind, so the number cannot be checked.");
    JudgeMemberCount(c, i, noun, &cl);
    c.report->claims.push_back(std::move(cl));
    i = noun - 1;
  }
}

}  // namespace claimlight::internal
