// The dataset validator: everything LoadDataset checks, plus the semantic checks that keep
// the dataset credible (overlapping tenures, gaps in heads of state and government, sources,
// dangling references, alias collisions).
#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "dataset_parse.h"
#include "kb.h"
#include "text.h"

namespace claimlight {
using internal::Date;

namespace {
// Gaps the manifest declares as known (holders not yet curated): reported as warnings.
bool KnownGap(const Dataset& ds, const std::string& office, long from, long to) {
  for (const auto& g : ds.known_gaps)
    if (g.office == office && internal::FirstDay(g.from) <= from + 1 && internal::LastDay(g.to) >= to - 1) return true;
  return false;
}

struct Validator {
  const Dataset& ds;
  std::map<std::string, std::pair<std::string, std::string>> where;  // id -> file, pointer
  std::vector<Finding>* out;

  void Add(Finding::Severity sev, const std::string& rule, const std::string& id, const std::string& field, const std::string& msg) {
    const auto it = where.find(id);
    const std::string file = it == where.end() ? "" : it->second.first;
    const std::string ptr = it == where.end() ? "" : it->second.second + (field.empty() ? "" : "/" + field);
    out->push_back({sev, rule, file, ptr, msg});
  }
  void Ref(const std::string& owner, const std::string& field, const std::string& ref, std::initializer_list<internal::Kind> kinds) {
    if (ref.empty()) return;
    const auto it = ds.by_id.find(ref);
    if (it == ds.by_id.end()) {
      Add(Finding::Severity::kError, "dataset.ref.dangling", owner, field, "\"" + ref + "\" names no record");
      return;
    }
    if (std::find(kinds.begin(), kinds.end(), it->second.first) == kinds.end())
      Add(Finding::Severity::kError, "dataset.ref.kind", owner, field, "\"" + ref + "\" is a " + internal::KindName(it->second.first) + ", not the kind expected here");
  }
  void Source(const std::string& id, const std::string& source) {
    if (source.empty()) Add(Finding::Severity::kError, "dataset.source.missing", id, "source", "the record states facts but has no source");
    else if (source.rfind("http://", 0) == 0)
      Add(Finding::Severity::kWarning, "dataset.source.http", id, "source", "the source was read over plain http; prefer an https:// page stating the same fact");
    else if (source.rfind("https://", 0) != 0) Add(Finding::Severity::kError, "dataset.source.scheme", id, "source", "the source must be an https:// URL");
  }
  void Order(const std::string& id, const Date& a, const Date& b, const std::string& field) {
    if (a.empty() || b.empty()) return;
    if (internal::LastDay(b) < internal::FirstDay(a))  // certain only when even the latest end is early
      Add(Finding::Severity::kError, "dataset.date.order", id, field, "ends (" + b.ToString() + ") before it starts (" + a.ToString() + ")");
  }
};
}  // namespace

std::vector<Finding> ValidateDataset(const std::vector<DataFile>& files, std::string_view today) {
  std::vector<Finding> findings;
  std::vector<internal::ParsedFile> docs;
  if (!internal::ParseDocuments(files, &docs, &findings)) return findings;
  Dataset ds;
  std::vector<internal::RecordOrigin> origins;
  internal::BuildModel(docs, &ds, &findings, &origins);
  internal::BuildIndexes(&ds);
  Validator v{ds, {}, &findings};
  for (const auto& o : origins) v.where.emplace(o.id, std::make_pair(o.file, o.pointer));
  using K = internal::Kind;

  for (const auto& c : ds.countries) {
    v.Source(c.id, c.source);
    if (!c.head_of_state_office.empty()) {
      v.Ref(c.id, "head_of_state_office", c.head_of_state_office, {K::kOffice});
      v.Source(c.id, c.head_of_state_source);
    }
  }
  for (const auto& o : ds.organizations) {
    v.Source(o.id, o.source);
    for (std::size_t i = 0; i < o.members.size(); ++i) {
      v.Ref(o.id, "members/" + std::to_string(i), o.members[i].member, {K::kCountry, K::kOrganization});
      v.Order(o.id, o.members[i].start, o.members[i].end, "members/" + std::to_string(i));
    }
  }
  for (const auto& p : ds.places) {
    v.Source(p.id, p.source);
    v.Ref(p.id, "country", p.country, {K::kCountry});
    v.Ref(p.id, "within", p.within, {K::kPlace});
  }
  for (const auto& o : ds.offices) {
    v.Source(o.id, o.source);
    v.Ref(o.id, "jurisdiction", o.jurisdiction, {K::kCountry, K::kOrganization});
    if (o.short_titles.empty()) v.Add(Finding::Severity::kWarning, "dataset.office.titles", o.id, "short_titles", "no short titles: the office cannot be found in text");
  }
  for (const auto& p : ds.people) {
    v.Source(p.id, p.source);
    v.Ref(p.id, "nationality", p.nationality, {K::kCountry});
    v.Ref(p.id, "spouse", p.spouse, {K::kPerson});
  }
  for (const auto& t : ds.tenures) {
    v.Source(t.id, t.source);
    v.Ref(t.id, "person", t.person, {K::kPerson});
    v.Ref(t.id, "office", t.office, {K::kOffice});
    v.Order(t.id, t.start, t.end, "end");
  }
  for (const auto& m : ds.meetings) {
    v.Source(m.id, m.source);
    v.Order(m.id, m.start, m.end, "end");
    v.Ref(m.id, "place", m.place, {K::kPlace, K::kCountry});
    v.Ref(m.id, "venue", m.venue, {K::kPlace});
    v.Ref(m.id, "country", m.country, {K::kCountry});
    v.Ref(m.id, "host", m.host, {K::kCountry, K::kPerson, K::kOrganization});
    v.Ref(m.id, "chair", m.chair, {K::kPerson});
    v.Ref(m.id, "series", m.series, {K::kOrganization});
    for (std::size_t i = 0; i < m.participants.size(); ++i) v.Ref(m.id, "participants/" + std::to_string(i), m.participants[i], {K::kPerson});
    for (std::size_t i = 0; i < m.groups.size(); ++i) v.Ref(m.id, "groups/" + std::to_string(i), m.groups[i], {K::kOrganization});
    for (std::size_t i = 0; i < m.outcomes.size(); ++i) v.Ref(m.id, "outcomes/" + std::to_string(i), m.outcomes[i], {K::kTreaty});
    for (std::size_t i = 0; i < m.absentees.size(); ++i) {
      v.Ref(m.id, "absentees/" + std::to_string(i) + "/person", m.absentees[i].person, {K::kPerson});
      v.Ref(m.id, "absentees/" + std::to_string(i) + "/substitute", m.absentees[i].substitute, {K::kPerson});
    }
  }
  for (const auto& t : ds.treaties) {
    v.Source(t.id, t.source);
    v.Ref(t.id, "signed_place", t.signed_place, {K::kPlace, K::kCountry});
    v.Ref(t.id, "meeting", t.meeting, {K::kMeeting});
    for (std::size_t i = 0; i < t.signatories.size(); ++i) v.Ref(t.id, "signatories/" + std::to_string(i), t.signatories[i], {K::kPerson});
    for (std::size_t i = 0; i < t.parties.size(); ++i) v.Ref(t.id, "parties/" + std::to_string(i) + "/party", t.parties[i].party, {K::kCountry, K::kOrganization});
  }

  // Overlaps in single-holder offices and gaps in heads of state and government.
  const auto today_date = internal::ParseDate(today);
  const long end_of_check = today_date && today_date->full() ? internal::DayNumber(today_date->year, today_date->month, today_date->day) : 0;
  const long horizon = std::min(end_of_check, ds.as_of_day > 0 ? ds.as_of_day : end_of_check);
  const long since = internal::DayNumber(2000, 1, 1);
  for (const auto& o : ds.offices) {
    if (!o.complete_until.empty()) {
      if (!o.complete_until.full())
        v.Add(Finding::Severity::kError, "dataset.date.invalid", o.id, "complete_until", "complete_until must be a full date YYYY-MM-DD");
      else if (ds.as_of_day > 0 && FirstDay(o.complete_until) >= ds.as_of_day)
        v.Add(Finding::Severity::kWarning, "dataset.office.complete_until", o.id, "complete_until",
              "is not earlier than the dataset's as_of, so it says nothing; remove it");
      else
        v.Add(Finding::Severity::kInfo, "dataset.office.complete_until", o.id, "complete_until",
              "holders are verified only up to " + o.complete_until.ToString() + ", before the dataset's as_of");
    }
    auto it = ds.tenures_by_office.find(o.id);
    if (it == ds.tenures_by_office.end()) continue;
    std::vector<const internal::Tenure*> ts;
    for (auto i : it->second)
      if (!ds.tenures[i].start.empty()) ts.push_back(&ds.tenures[i]);
    // Holders of one office follow each other, so order by end (open last) — robust when a
    // start is known only to the year — and report an overlap only when it is certain: the
    // latest possible start of one tenure falls before the earliest possible end of the one
    // before it.
    auto end_key = [](const internal::Tenure* t) { return t->end.empty() ? LONG_MAX : internal::FirstDay(t->end); };
    std::sort(ts.begin(), ts.end(), [&](auto* a, auto* b) {
      return end_key(a) != end_key(b) ? end_key(a) < end_key(b) : internal::FirstDay(a->start) < internal::FirstDay(b->start);
    });
    if (o.single_holder) {
      for (std::size_t i = 1; i < ts.size(); ++i) {
        const auto* prev = ts[i - 1];
        const long prev_end = prev->end.empty() ? LONG_MAX : internal::FirstDay(prev->end);
        // A handover day counts once for both holders; acting and disputed holders may overlap
        // (a rival government's tenure may end before the main line's, so either side's flag counts).
        if (internal::LastDay(ts[i]->start) < prev_end && !(prev->acting || ts[i]->acting || prev->overlap_ok || ts[i]->overlap_ok))
          v.Add(Finding::Severity::kError, "dataset.tenure.overlap", ts[i]->id, "start",
                "overlaps " + prev->id + " in the single-holder office " + o.id);
      }
    }
    const bool head = o.role == "head_of_state" || o.role == "head_of_government";
    const long from = o.tracked_from.empty() ? since : std::max(since, FirstDay(o.tracked_from));
    const long complete = ds.CompleteUntil(o);
    const long until = complete > 0 ? std::min(horizon, complete) : horizon;
    const long to = o.abolished.empty() ? until : std::min(until, LastDay(o.abolished));
    if (head && to > from) {
      constexpr long kOpen = 100000000;  // an open tenure covers everything after its start
      long covered_until = from;
      const internal::Tenure* open = nullptr;
      bool first = true;
      // Coverage walks the tenures by start (an acting spell inside a long tenure ends early).
      auto by_start = ts;
      std::stable_sort(by_start.begin(), by_start.end(),
                       [](auto* a, auto* b) { return internal::FirstDay(a->start) < internal::FirstDay(b->start); });
      for (const auto* t : by_start) {
        const long s = internal::FirstDay(t->start);
        const long e = t->end.empty() ? kOpen : internal::LastDay(t->end);
        if (e < from) continue;
        if (open && open != t && !t->acting && !t->overlap_ok && !open->acting) {
          v.Add(Finding::Severity::kError, "dataset.tenure.open", open->id, "end",
                "has no end date, but " + t->id + " follows it in " + o.id);
          open = nullptr;
        }
        if (covered_until != kOpen && s > covered_until + 60 && s <= to) {
          const std::string since_text = internal::FromDayNumber(covered_until).ToString();
          if (!KnownGap(ds, o.id, covered_until, s))
            v.Add(Finding::Severity::kError, "dataset.tenure.gap", t->id, "start",
                  std::string(first ? "no holder of " : "a gap of more than 60 days in ") + o.id + " before this tenure (from " + since_text + ")");
        }
        if (e == kOpen) open = t;
        covered_until = std::max(covered_until, e);
        first = false;
      }
      if (covered_until != kOpen && covered_until + 60 < to && !ts.empty() && !KnownGap(ds, o.id, covered_until, to))
        v.Add(Finding::Severity::kError, "dataset.tenure.gap", ts.back()->id, "end",
              "no holder of " + o.id + " after " + internal::FromDayNumber(covered_until).ToString());
    }
  }

  // Every country needs its head of state and its head of government (one office may be both).
  {
    std::map<std::string, std::set<std::string>> roles;  // country -> roles of its offices
    for (const auto& o : ds.offices) {
      if (o.jurisdiction.rfind("country/", 0) != 0) continue;
      roles[o.jurisdiction].insert(o.role);
      for (const auto& r : o.also) roles[o.jurisdiction].insert(r);
    }
    for (const auto& c : ds.countries) {
      const auto& have = roles[c.id];
      std::string missing;
      if (!have.count("head_of_state") && c.head_of_state_office.empty()) missing = "head of state";
      if (!have.count("head_of_government")) missing += std::string(missing.empty() ? "" : " and no ") + "head of government";
      if (!missing.empty())
        v.Add(Finding::Severity::kWarning, "dataset.country.head_office", c.id, "",
              c.id + " has no office for its " + missing + " (an office may be both, with \"also\")");
    }
  }

  for (const auto& g : ds.known_gaps) {
    if (g.vacant)
      findings.push_back({Finding::Severity::kInfo, "dataset.tenure.vacant", "manifest.json", "/known_gaps",
                          g.office + " was vacant from " + g.from.ToString() + " to " + g.to.ToString() +
                              (g.reason.empty() ? "" : " (" + g.reason + ")")});
    else
      findings.push_back({Finding::Severity::kWarning, "dataset.tenure.known_gap", "manifest.json", "/known_gaps",
                          g.office + " has no recorded holder from " + g.from.ToString() + " to " + g.to.ToString() +
                              (g.reason.empty() ? "" : " (" + g.reason + ")")});
  }

  // Aliases shared by different records (a report: many are legitimate).
  for (const auto& [name, refs] : ds.names) {
    std::set<std::string> ids;
    for (const auto& r : refs) {
      if (r.role == internal::NameRole::kAdjective || r.role == internal::NameRole::kDemonym) continue;
      switch (r.kind) {
        case K::kPerson: ids.insert(ds.people[r.index].id); break;
        case K::kCountry: ids.insert(ds.countries[r.index].id); break;
        case K::kOrganization: ids.insert(ds.organizations[r.index].id); break;
        default: break;
      }
    }
    if (ids.size() > 1) {
      std::string list;
      for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
      findings.push_back({Finding::Severity::kInfo, "dataset.alias.collision", "", "", "\"" + name + "\" names " + list});
    }
  }
  return findings;
}

}  // namespace claimlight
