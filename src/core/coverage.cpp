// Coverage tables for docs/dataset.md, computed from the loaded dataset.
#include <algorithm>
#include <map>
#include <set>

#include "facts.h"
#include "kb.h"

namespace claimlight {
using namespace internal;

std::string CoverageMarkdown(const Dataset& ds) {
  std::string s;
  s += "## Records per collection\n\n| collection | records |\n|---|---:|\n";
  for (const auto& [k, v] : ds.info.counts) s += "| " + k + " | " + std::to_string(v) + " |\n";
  s += "| **all** | " + std::to_string(ds.info.records) + " |\n\n";

  // Per region: how much of 2000-01-01..as_of the heads of state and government cover.
  const long since = DayNumber(2000, 1, 1);
  const long until = ds.as_of_day > since ? ds.as_of_day : since + 1;
  struct Row { int countries = 0, with_head = 0; double covered = 0; };
  std::map<std::string, Row> regions;
  for (const Country& c : ds.countries) {
    Row& r = regions[c.region.empty() ? "(none)" : c.region];
    ++r.countries;
    // Days on which at least one head of state or government of this country is recorded.
    std::vector<std::pair<long, long>> spans;
    const auto it = ds.offices_by_jurisdiction.find(c.id);
    if (it != ds.offices_by_jurisdiction.end())
      for (auto oi : it->second) {
        const Office& o = ds.offices[oi];
        const bool head = o.role == "head_of_state" || o.role == "head_of_government" ||
                          std::find(o.also.begin(), o.also.end(), "head_of_government") != o.also.end();
        if (!head) continue;
        // Realm offices (the British monarch) count for their own country only.
        const auto ts = ds.tenures_by_office.find(o.id);
        if (ts == ds.tenures_by_office.end()) continue;
        for (auto ti : ts->second) {
          const Tenure& t = ds.tenures[ti];
          const long a = std::max(since, FirstDay(t.start));
          const long b = std::min(until, t.end.empty() ? until : LastDay(t.end));
          if (a <= b) spans.emplace_back(a, b);
        }
      }
    if (spans.empty()) continue;
    // A vacancy on record is known, not missing.
    for (const auto& g : ds.known_gaps)
      if (g.vacant && ds.FindOffice(g.office) && ds.FindOffice(g.office)->jurisdiction == c.id) {
        const long a = std::max(since, FirstDay(g.from)), b = std::min(until, LastDay(g.to));
        if (a <= b) spans.emplace_back(a, b);
      }
    ++r.with_head;
    std::sort(spans.begin(), spans.end());
    long covered = 0, cur_a = spans[0].first, cur_b = spans[0].second;
    for (std::size_t i = 1; i < spans.size(); ++i) {
      if (spans[i].first <= cur_b + 1) cur_b = std::max(cur_b, spans[i].second);
      else { covered += cur_b - cur_a + 1; cur_a = spans[i].first; cur_b = spans[i].second; }
    }
    covered += cur_b - cur_a + 1;
    r.covered += static_cast<double>(covered) / static_cast<double>(until - since + 1);
  }
  s += "## Heads of state and government per region (2000-01-01 to " + ds.info.as_of + ")\n\n";
  s += "| region | countries | with leaders on record | share of days covered (mean over the region) |\n|---|---:|---:|---:|\n";
  for (const auto& [region, r] : regions) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", r.countries ? 100.0 * r.covered / r.countries : 0.0);
    s += "| " + region + " | " + std::to_string(r.countries) + " | " + std::to_string(r.with_head) + " | " + pct + " |\n";
  }
  s += "\n## Per year\n\n| year | tenures in force | meetings | treaties signed |\n|---|---:|---:|---:|\n";
  const Date as_of = FromDayNumber(until);
  for (int y = 2000; y <= as_of.year; ++y) {
    const long a = DayNumber(y, 1, 1), b = DayNumber(y, 12, 31);
    int tenures = 0, meetings = 0, treaties = 0;
    for (const Tenure& t : ds.tenures)
      if (!t.start.empty() && FirstDay(t.start) <= b && (t.end.empty() || LastDay(t.end) >= a)) ++tenures;
    for (const Meeting& m : ds.meetings)
      if (!m.start.empty() && m.start.year == y) ++meetings;
    for (const Treaty& t : ds.treaties)
      if (!t.signed_on.empty() && t.signed_on.year == y) ++treaties;
    s += "| " + std::to_string(y) + " | " + std::to_string(tenures) + " | " + std::to_string(meetings) + " | " + std::to_string(treaties) + " |\n";
  }
  int before = 0;
  for (const Treaty& t : ds.treaties)
    if (!t.signed_on.empty() && t.signed_on.year < 2000) ++before;
  s += "\nTreaties signed before 2000: " + std::to_string(before) + ".\n";
  return s;
}

}  // namespace claimlight
