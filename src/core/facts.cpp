#include "facts.h"

#include <algorithm>

namespace claimlight::internal {

std::vector<const Tenure*> TenuresOf(const Dataset& ds, const std::string& person) {
  std::vector<const Tenure*> out;
  const auto it = ds.tenures_by_person.find(person);
  if (it != ds.tenures_by_person.end())
    for (auto i : it->second) out.push_back(&ds.tenures[i]);
  return out;
}

std::vector<const Tenure*> HoldersOn(const Dataset& ds, const std::string& office, long day) {
  std::vector<const Tenure*> out;
  const auto it = ds.tenures_by_office.find(office);
  if (it != ds.tenures_by_office.end())
    for (auto i : it->second)
      if (Dataset::Covers(ds.tenures[i], day)) out.push_back(&ds.tenures[i]);
  return out;
}

std::vector<std::string> LeadersOf(const Dataset& ds, const std::string& country, long day) {
  std::vector<std::string> out;
  const auto it = ds.offices_by_jurisdiction.find(country);
  if (it == ds.offices_by_jurisdiction.end()) return out;
  for (auto oi : it->second) {
    const Office& o = ds.offices[oi];
    if (o.role != "head_of_state" && o.role != "head_of_government") continue;
    for (const Tenure* t : HoldersOn(ds, o.id, day))
      if (std::find(out.begin(), out.end(), t->person) == out.end()) out.push_back(t->person);
  }
  return out;
}

std::vector<std::string> CountriesOf(const Dataset& ds, const std::string& person, long day) {
  std::vector<std::string> out;
  for (const Tenure* t : TenuresOf(ds, person)) {
    if (!Dataset::Covers(*t, day)) continue;
    const Office* o = ds.FindOffice(t->office);
    if (o && ds.FindCountry(o->jurisdiction) && std::find(out.begin(), out.end(), o->jurisdiction) == out.end())
      out.push_back(o->jurisdiction);
  }
  if (out.empty())
    if (const Person* p = ds.FindPerson(person); p && !p->nationality.empty()) out.push_back(p->nationality);
  return out;
}

bool IsMember(const Dataset& ds, const std::string& org, const std::string& country, long day) {
  const Organization* o = ds.FindOrganization(org);
  if (!o) return false;
  for (const auto& m : o->members) {
    if (m.member != country) continue;
    if (!m.start.empty() && day < FirstDay(m.start)) continue;
    if (!m.end.empty() && day > LastDay(m.end)) continue;
    return true;
  }
  return false;
}

bool HasFullHistory(const Organization& o) {
  if (o.members.empty()) return false;
  for (const auto& m : o.members)
    if (m.start.empty()) return false;
  return true;
}

bool IsLeaderOn(const Dataset& ds, const std::string& person, long day) {
  for (const Tenure* t : TenuresOf(ds, person))
    if (Dataset::Covers(*t, day))
      if (const Office* o = ds.FindOffice(t->office); o && (o->role == "head_of_state" || o->role == "head_of_government")) return true;
  return false;
}

std::vector<std::string> MembersOn(const Dataset& ds, const std::string& org, long day) {
  std::vector<std::string> out;
  const Organization* o = ds.FindOrganization(org);
  if (!o) return out;
  for (const auto& m : o->members)
    if (IsMember(ds, org, m.member, day) && std::find(out.begin(), out.end(), m.member) == out.end()) out.push_back(m.member);
  return out;
}

long MeetingStart(const Meeting& m) { return FirstDay(m.start); }
long MeetingEnd(const Meeting& m) { return m.end.empty() ? LastDay(m.start) : LastDay(m.end); }

std::vector<std::string> ExpectedAttendees(const Dataset& ds, const Meeting& m) {
  std::vector<std::string> out = m.participants;
  auto add = [&](const std::string& p) {
    if (!p.empty() && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  };
  add(m.chair);
  const long day = MeetingStart(m);
  for (const auto& g : m.groups)
    for (const auto& country : MembersOn(ds, g, day))
      for (const auto& leader : LeadersOf(ds, country, day)) add(leader);
  for (const auto& a : m.absentees) {
    out.erase(std::remove(out.begin(), out.end(), a.person), out.end());
    add(a.substitute);
  }
  return out;
}

std::string MeetingDates(const Meeting& m) {
  if (m.end.empty() || m.end.ToString() == m.start.ToString()) return HumanDate(m.start);
  if (m.start.full() && m.end.full() && m.start.year == m.end.year && m.start.month == m.end.month)
    return std::to_string(m.start.day) + "–" + HumanDate(m.end);
  return HumanDate(m.start) + " – " + HumanDate(m.end);
}

std::string TenureText(const Dataset& ds, const Tenure& t) {
  const Office* o = ds.FindOffice(t.office);
  std::string s = (t.acting ? "acting " : "") + (o ? o->title : t.office);
  if (t.end.empty()) s += " from " + HumanDate(t.start);
  else s += " from " + HumanDate(t.start) + " to " + HumanDate(t.end);
  return s;
}

Evidence TenureEvidence(const Dataset& ds, const Tenure& t) {
  return {t.id, "tenure", ds.Label(t.person) + ": " + TenureText(ds, t), t.source};
}

std::string MeetingWhere(const Dataset& ds, const Meeting& m) {
  std::string where = ds.Label(m.venue.empty() ? m.place : m.venue);
  // "Presidential Palace, Helsinki" already says the city.
  if (!m.venue.empty() && !m.place.empty() && where.find(ds.Label(m.place)) == std::string::npos) where += ", " + ds.Label(m.place);
  return where;
}

Evidence MeetingEvidence(const Dataset& ds, const Meeting& m) {
  const std::string where = MeetingWhere(ds, m);
  return {m.id, "meeting", m.name + (where.empty() ? "" : ", " + where) + ", " + MeetingDates(m), m.source};
}

Evidence TreatyEvidence(const Dataset& ds, const Treaty& t) {
  std::string s = t.name;
  if (!t.signed_on.empty()) s += ", signed " + HumanDate(t.signed_on);
  if (!t.signed_place.empty()) s += " in " + ds.Label(t.signed_place);
  return {t.id, "treaty", s, t.source};
}

}  // namespace claimlight::internal
