// The dataset browser's questions: search by any name or alias, and a readable page per record.
#include <algorithm>
#include <functional>

#include "facts.h"
#include "kb.h"
#include "text.h"

namespace claimlight {
using namespace internal;

namespace {
std::string Years(const Date& start, const Date& end) {
  return std::to_string(start.year) + "–" + (end.empty() ? std::string() : std::to_string(end.year));
}

std::string PersonDetail(const Dataset& ds, const Person& p) {
  std::string detail;
  auto ts = TenuresOf(ds, p.id);
  std::sort(ts.begin(), ts.end(), [](auto* a, auto* b) { return FirstDay(a->start) > FirstDay(b->start); });
  for (const Tenure* t : ts) {
    if (!detail.empty()) detail += "; ";
    detail += ds.Label(t->office) + " (" + Years(t->start, t->end) + ")";
    if (detail.size() > 120) break;
  }
  return detail.empty() ? ds.Label(p.nationality) : detail;
}

template <typename T, typename F>
void Scan(const std::vector<T>& v, const char* kind, const std::string& q, F names, std::vector<std::pair<int, SearchHit>>* hits,
          const std::function<std::string(const T&)>& label, const std::function<std::string(const T&)>& detail) {
  for (const T& r : v) {
    int best = 0;
    for (const std::string& n : names(r)) {
      const std::string f = FoldName(n);
      if (f == q) best = std::max(best, 3);
      else if (f.rfind(q, 0) == 0) best = std::max(best, 2);
      else if (f.find(q) != std::string::npos) best = std::max(best, 1);
    }
    if (best > 0) hits->push_back({best, SearchHit{r.id, kind, label(r), detail(r)}});
  }
}
}  // namespace

std::vector<SearchHit> SearchDataset(const Dataset& ds, std::string_view query, std::size_t limit) {
  const std::string q = FoldName(query);
  std::vector<std::pair<int, SearchHit>> hits;
  if (q.empty()) return {};
  auto with = [](std::string a, const std::vector<std::string>& b) {
    std::vector<std::string> v{std::move(a)};
    v.insert(v.end(), b.begin(), b.end());
    return v;
  };
  Scan<Person>(ds.people, "person", q, [&](const Person& p) { auto v = with(p.name, p.aliases); v.insert(v.end(), p.short_names.begin(), p.short_names.end()); return v; },
               &hits, [](const Person& p) { return p.name; }, [&](const Person& p) { return PersonDetail(ds, p); });
  Scan<Country>(ds.countries, "country", q, [&](const Country& c) { auto v = with(c.name, c.aliases); v.push_back(c.capital); return v; },
                &hits, [](const Country& c) { return c.name; }, [](const Country& c) { return "Capital: " + c.capital; });
  Scan<Organization>(ds.organizations, "organization", q, [&](const Organization& o) { return with(o.name, o.aliases); }, &hits,
                     [](const Organization& o) { return o.name; }, [](const Organization& o) { return std::to_string(o.members.size()) + " members on record"; });
  Scan<Office>(ds.offices, "office", q, [&](const Office& o) { return with(o.title, {}); }, &hits,
               [](const Office& o) { return o.title; }, [&](const Office& o) { return ds.Label(o.jurisdiction); });
  Scan<Meeting>(ds.meetings, "meeting", q, [&](const Meeting& m) { auto v = with(m.name, m.aliases); v.push_back(ds.Label(m.place)); return v; },
                &hits, [](const Meeting& m) { return m.name; }, [&](const Meeting& m) { return MeetingDates(m) + ", " + ds.Label(m.place); });
  Scan<Treaty>(ds.treaties, "treaty", q, [&](const Treaty& t) { return with(t.name, t.aliases); }, &hits,
               [](const Treaty& t) { return t.name; }, [](const Treaty& t) { return t.signed_on.empty() ? std::string() : "signed " + HumanDate(t.signed_on); });
  Scan<Place>(ds.places, "place", q, [&](const Place& p) { return with(p.name, p.aliases); }, &hits,
              [](const Place& p) { return p.name; }, [&](const Place& p) { return ds.Label(p.country); });
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<SearchHit> out;
  for (auto& h : hits) {
    if (out.size() >= limit) break;
    out.push_back(std::move(h.second));
  }
  return out;
}

bool DescribeRecord(const Dataset& ds, std::string_view id_view, RecordView* out) {
  const std::string id(id_view);
  RecordView v;
  v.id = id;
  auto join = [](const std::vector<std::string>& xs) {
    std::string s;
    for (const auto& x : xs) s += (s.empty() ? "" : ", ") + x;
    return s;
  };
  if (const Person* p = ds.FindPerson(id)) {
    v.kind = "person";
    v.title = p->name;
    v.source = p->source;
    if (!p->aliases.empty()) v.fields.push_back({"Also written", join(p->aliases)});
    if (!p->nationality.empty()) v.fields.push_back({"Nationality", ds.Label(p->nationality)});
    if (!p->spouse_name.empty()) {
      std::string spouse = p->spouse_name;
      if (!p->spouse_since.empty() && !p->spouse_until.empty())
        spouse += " (" + HumanDate(p->spouse_since) + " to " + HumanDate(p->spouse_until) + ")";
      else if (!p->spouse_since.empty())
        spouse += " (married " + HumanDate(p->spouse_since) + ")";
      else if (!p->spouse_until.empty())
        spouse += " (until " + HumanDate(p->spouse_until) + ")";
      v.fields.push_back({"Spouse", spouse});
    }
    auto ts = TenuresOf(ds, id);
    std::sort(ts.begin(), ts.end(), [](auto* a, auto* b) { return FirstDay(a->start) < FirstDay(b->start); });
    for (const Tenure* t : ts) {
      v.timeline.push_back({ds.Label(t->office), t->start.ToString(), t->end.ToString(), t->acting, t->source});
      v.links.push_back({ds.Label(t->office), t->office});
    }
    const auto it = ds.meetings_by_person.find(id);
    if (it != ds.meetings_by_person.end())
      for (auto mi : it->second) v.links.push_back({ds.meetings[mi].name + " (" + MeetingDates(ds.meetings[mi]) + ")", ds.meetings[mi].id});
  } else if (const Office* o = ds.FindOffice(id)) {
    v.kind = "office";
    v.title = o->title;
    v.source = o->source;
    v.fields.push_back({"Jurisdiction", ds.Label(o->jurisdiction)});
    v.fields.push_back({"Role", o->role});
    v.fields.push_back({"Titles in text", join(o->short_titles)});
    const auto it = ds.tenures_by_office.find(id);
    if (it != ds.tenures_by_office.end()) {
      std::vector<const Tenure*> ts;
      for (auto i : it->second) ts.push_back(&ds.tenures[i]);
      std::sort(ts.begin(), ts.end(), [](auto* a, auto* b) { return FirstDay(a->start) < FirstDay(b->start); });
      for (const Tenure* t : ts) {
        v.timeline.push_back({ds.Label(t->person), t->start.ToString(), t->end.ToString(), t->acting, t->source});
        v.links.push_back({ds.Label(t->person), t->person});
      }
    }
  } else if (const Meeting* m = ds.FindMeeting(id)) {
    v.kind = "meeting";
    v.title = m->name;
    v.source = m->source;
    v.fields.push_back({"Dates", MeetingDates(*m)});
    v.fields.push_back({"Place", ds.Label(m->place) + (m->venue.empty() ? "" : " (" + ds.Label(m->venue) + ")")});
    if (!m->host.empty()) v.fields.push_back({"Host", ds.Label(m->host)});
    if (!m->chair.empty()) v.fields.push_back({"Chair", ds.Label(m->chair)});
    if (!m->aliases.empty()) v.fields.push_back({"Also called", join(m->aliases)});
    for (const auto& g : m->groups) v.links.push_back({"Group: " + ds.Label(g), g});
    for (const auto& who : m->participants) v.links.push_back({"Participant: " + ds.Label(who), who});
    for (const auto& a : m->absentees) {
      v.links.push_back({"Absent: " + ds.Label(a.person), a.person});
      if (!a.substitute.empty()) v.links.push_back({"Substitute: " + ds.Label(a.substitute), a.substitute});
    }
    for (const auto& t : m->outcomes) v.links.push_back({"Outcome: " + ds.Label(t), t});
  } else if (const Treaty* t = ds.FindTreaty(id)) {
    v.kind = "treaty";
    v.title = t->name;
    v.source = t->source;
    if (!t->aliases.empty()) v.fields.push_back({"Also called", join(t->aliases)});
    if (!t->signed_on.empty()) v.fields.push_back({"Signed", HumanDate(t->signed_on) + (t->signed_place.empty() ? "" : ", " + ds.Label(t->signed_place))});
    if (!t->in_force.empty()) v.fields.push_back({"In force", HumanDate(t->in_force)});
    if (!t->expires.empty()) v.fields.push_back({"Expires", HumanDate(t->expires)});
    for (const auto& party : t->parties) {
      std::string s = ds.Label(party.party);
      if (!party.signed_on.empty()) s += ", signed " + HumanDate(party.signed_on);
      if (!party.ratified.empty()) s += ", ratified " + HumanDate(party.ratified);
      if (!party.acceded.empty()) s += ", acceded " + HumanDate(party.acceded);
      if (!party.withdrew.empty()) s += ", withdrew " + HumanDate(party.withdrew);
      v.links.push_back({"Party: " + s, party.party});
    }
    for (const auto& s : t->signatories) v.links.push_back({"Signatory: " + ds.Label(s), s});
    if (!t->meeting.empty()) v.links.push_back({"Signed at: " + ds.Label(t->meeting), t->meeting});
  } else if (const Country* c = ds.FindCountry(id)) {
    v.kind = "country";
    v.title = c->name;
    v.source = c->source;
    v.fields.push_back({"Capital", c->capital});
    if (!c->aliases.empty()) v.fields.push_back({"Also called", join(c->aliases)});
    if (!c->adjectives.empty()) v.fields.push_back({"Adjectives", join(c->adjectives)});
    v.fields.push_back({"ISO codes", c->iso2 + " / " + c->iso3});
    const auto it = ds.offices_by_jurisdiction.find(id);
    if (it != ds.offices_by_jurisdiction.end())
      for (auto oi : it->second) v.links.push_back({ds.offices[oi].title, ds.offices[oi].id});  // the country's offices
  } else if (const Organization* org = ds.FindOrganization(id)) {
    v.kind = "organization";
    v.title = org->name;
    v.source = org->source;
    if (!org->aliases.empty()) v.fields.push_back({"Also called", join(org->aliases)});
    for (const auto& member : org->members)
      v.timeline.push_back({ds.Label(member.member), member.start.ToString(), member.end.ToString(), false, member.source});
  } else if (const Place* place = ds.FindPlace(id)) {
    v.kind = "place";
    v.title = place->name;
    v.source = place->source;
    v.fields.push_back({"Kind", place->kind});
    if (!place->country.empty()) v.fields.push_back({"Country", ds.Label(place->country)});
    if (!place->within.empty()) v.fields.push_back({"Within", ds.Label(place->within)});
  } else {
    return false;
  }
  *out = std::move(v);
  return true;
}

}  // namespace claimlight
