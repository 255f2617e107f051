// Loading the dataset: JSON files -> model -> indexes.
//
// nlohmann/json is used without exceptions (parse with allow_exceptions = false and check
// every type before reading), because in WebAssembly the first throw would abort the page.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "dataset_parse.h"
#include "kb.h"
#include "text.h"

namespace claimlight::internal {
namespace {
using json = nlohmann::json;

std::string Escape(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// Reads one record's fields, reporting type problems with file and JSON pointer.
class RecordReader {
 public:
  RecordReader(const json& obj, std::string file, std::string pointer, std::vector<Finding>* findings)
      : obj_(obj), file_(std::move(file)), pointer_(std::move(pointer)), findings_(findings) {}

  void Error(const std::string& id, const std::string& key, const std::string& message) const {
    findings_->push_back({Finding::Severity::kError, id, file_, key.empty() ? pointer_ : pointer_ + "/" + Escape(key), message});
  }

  std::string Str(const char* key, bool required = false) const {
    const auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) {
      if (required) Error("dataset.field.missing", key, std::string("required field \"") + key + "\" is missing");
      return {};
    }
    if (!it->is_string()) {
      Error("dataset.field.type", key, std::string("\"") + key + "\" must be a string");
      return {};
    }
    return it->get<std::string>();
  }
  bool Bool(const char* key, bool fallback) const {
    const auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) return fallback;
    if (!it->is_boolean()) {
      Error("dataset.field.type", key, std::string("\"") + key + "\" must be true or false");
      return fallback;
    }
    return it->get<bool>();
  }
  int Int(const char* key) const {
    const auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) return 0;
    if (!it->is_number_integer()) {
      Error("dataset.field.type", key, std::string("\"") + key + "\" must be a whole number");
      return 0;
    }
    return it->get<int>();
  }
  std::vector<std::string> List(const char* key) const {
    std::vector<std::string> out;
    const auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) return out;
    if (!it->is_array()) {
      Error("dataset.field.type", key, std::string("\"") + key + "\" must be a list of strings");
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      if (v.is_string()) out.push_back(v.get<std::string>());
      else Error("dataset.field.type", std::string(key) + "/" + std::to_string(i), "must be a string");
    }
    return out;
  }
  Date DateField(const char* key, bool required = false) const {
    const std::string s = Str(key, required);
    if (s.empty()) return {};
    const auto d = ParseDate(s);
    if (!d) {
      Error("dataset.date.invalid", key, "\"" + s + "\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)");
      return {};
    }
    return *d;
  }
  const json* Array(const char* key) const {
    const auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) return nullptr;
    if (!it->is_array()) {
      Error("dataset.field.type", key, std::string("\"") + key + "\" must be a list");
      return nullptr;
    }
    return &*it;
  }
  const std::string& pointer() const { return pointer_; }
  const std::string& file() const { return file_; }

 private:
  const json& obj_;
  std::string file_, pointer_;
  std::vector<Finding>* findings_;
};

void MergeUnique(std::vector<std::string>* into, const std::vector<std::string>& from) {
  for (const auto& s : from)
    if (std::find(into->begin(), into->end(), s) == into->end()) into->push_back(s);
}
void FillIfEmpty(std::string* into, const std::string& from) {
  if (into->empty()) *into = from;
}

}  // namespace

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kCountry: return "country";
    case Kind::kOrganization: return "organization";
    case Kind::kPlace: return "place";
    case Kind::kOffice: return "office";
    case Kind::kPerson: return "person";
    case Kind::kMeeting: return "meeting";
    case Kind::kTreaty: return "treaty";
  }
  return "record";
}

const std::vector<std::string>& CollectionNames() {
  static const std::vector<std::string> kNames = {"countries", "organizations", "places", "offices",
                                                  "people",    "tenures",       "meetings", "treaties"};
  return kNames;
}

bool ParseDocuments(const std::vector<DataFile>& files, std::vector<ParsedFile>* out, std::vector<Finding>* findings) {
  const DataFile* manifest = nullptr;
  for (const auto& f : files)
    if (f.name == "manifest.json") manifest = &f;
  if (!manifest) {
    findings->push_back({Finding::Severity::kError, "dataset.manifest.missing", "manifest.json", "", "the dataset has no manifest.json"});
    return false;
  }
  json m = json::parse(manifest->bytes, nullptr, false);
  if (m.is_discarded() || !m.is_object()) {
    findings->push_back({Finding::Severity::kError, "dataset.json.syntax", "manifest.json", "", "not valid JSON"});
    return false;
  }
  // Copy the file list: pushing into `out` below may move the manifest document.
  const auto listed = m.find("files");
  const json file_list = listed == m.end() ? json() : *listed;
  out->push_back({"manifest.json", std::move(m)});
  const json* files_it = &file_list;
  if (!files_it->is_array()) {
    findings->push_back({Finding::Severity::kError, "dataset.manifest.files", "manifest.json", "/files", "\"files\" must list the data files"});
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < files_it->size(); ++i) {
    const json& name = (*files_it)[i];
    if (!name.is_string()) {
      findings->push_back({Finding::Severity::kError, "dataset.manifest.files", "manifest.json", "/files/" + std::to_string(i), "must be a file name"});
      ok = false;
      continue;
    }
    const std::string n = name.get<std::string>();
    const auto it = std::find_if(files.begin(), files.end(), [&](const DataFile& f) { return f.name == n; });
    if (it == files.end()) {
      findings->push_back({Finding::Severity::kError, "dataset.file.missing", n, "", "listed in manifest.json but not found"});
      ok = false;
      continue;
    }
    json doc = json::parse(it->bytes, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      findings->push_back({Finding::Severity::kError, "dataset.json.syntax", n, "", "not valid JSON (or not an object)"});
      ok = false;
      continue;
    }
    out->push_back({n, std::move(doc)});
  }
  return ok;
}

void BuildModel(const std::vector<ParsedFile>& docs, Dataset* ds, std::vector<Finding>* findings,
                std::vector<RecordOrigin>* origins) {
  std::unordered_map<std::string, std::string> seen;  // id -> file of first definition
  auto add_origin = [&](const std::string& id, const RecordReader& r) {
    if (origins) origins->push_back({id, r.file(), r.pointer()});
  };
  auto check_dup = [&](const std::string& id, const RecordReader& r, bool mergeable) -> bool {
    if (id.empty()) return false;
    auto it = seen.find(id);
    if (it == seen.end()) {
      seen.emplace(id, r.file());
      return true;
    }
    if (!mergeable) r.Error("dataset.id.duplicate", "id", "duplicate id \"" + id + "\" (first in " + it->second + ")");
    return false;
  };

  const json& manifest = docs.front().doc;
  {
    RecordReader r(manifest, "manifest.json", "", findings);
    ds->info.name = r.Str("name", true);
    ds->info.version = r.Str("version", true);
    ds->info.licence = r.Str("licence");
    ds->info.as_of = r.Str("as_of", true);
    const auto d = ParseDate(ds->info.as_of);
    if (!ds->info.as_of.empty() && (!d || !d->full())) r.Error("dataset.date.invalid", "as_of", "as_of must be a full date YYYY-MM-DD");
    if (d && d->full()) ds->as_of_day = DayNumber(d->year, d->month, d->day);
    if (const json* gaps = r.Array("known_gaps")) {
      for (std::size_t k = 0; k < gaps->size(); ++k) {
        const json& gj = (*gaps)[k];
        if (!gj.is_object()) { r.Error("dataset.record.type", "known_gaps/" + std::to_string(k), "a known gap must be an object"); continue; }
        RecordReader gr(gj, "manifest.json", "/known_gaps/" + std::to_string(k), findings);
        Dataset::KnownGap g{gr.Str("office", true), gr.DateField("from", true), gr.DateField("to", true), gr.Str("reason"),
                            gr.Bool("vacant", false), gr.Str("source")};
        if (g.vacant && g.source.rfind("https://", 0) != 0 && g.source.rfind("http://", 0) != 0)
          gr.Error("dataset.source.missing", "source", "a vacancy is a fact and needs a source URL");
        if (!g.office.empty() && !g.from.empty() && !g.to.empty()) ds->known_gaps.push_back(std::move(g));
      }
    }
  }

  for (std::size_t fi = 1; fi < docs.size(); ++fi) {
    const std::string& file = docs[fi].name;
    const json& doc = docs[fi].doc;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      const std::string& key = it.key();
      if (key == "format" || key == "comment" || key == "$comment") continue;
      if (std::find(CollectionNames().begin(), CollectionNames().end(), key) == CollectionNames().end()) {
        findings->push_back({Finding::Severity::kError, "dataset.collection.unknown", file, "/" + Escape(key), "unknown collection \"" + key + "\""});
        continue;
      }
      if (!it->is_array()) {
        findings->push_back({Finding::Severity::kError, "dataset.field.type", file, "/" + key, "a collection must be a list of records"});
        continue;
      }
      for (std::size_t i = 0; i < it->size(); ++i) {
        const json& rec = (*it)[i];
        const std::string ptr = "/" + key + "/" + std::to_string(i);
        if (!rec.is_object()) {
          findings->push_back({Finding::Severity::kError, "dataset.record.type", file, ptr, "a record must be an object"});
          continue;
        }
        RecordReader r(rec, file, ptr, findings);
        const std::string id = r.Str("id", true);
        if (id.empty()) continue;
        add_origin(id, r);
        if (key == "countries") {
          if (!check_dup(id, r, false)) continue;
          Country c;
          c.id = id; c.name = r.Str("name", true); c.official_name = r.Str("official_name");
          c.capital = r.Str("capital"); c.iso2 = r.Str("iso2"); c.iso3 = r.Str("iso3");
          c.region = r.Str("region"); c.source = r.Str("source");
          c.head_of_state_office = r.Str("head_of_state_office"); c.head_of_state_source = r.Str("head_of_state_source");
          c.aliases = r.List("aliases"); c.adjectives = r.List("adjectives");
          c.demonyms = r.List("demonyms"); c.capital_aliases = r.List("capital_aliases");
          ds->countries.push_back(std::move(c));
        } else if (key == "organizations") {
          if (!check_dup(id, r, false)) continue;
          Organization o;
          o.id = id; o.name = r.Str("name", true); o.kind = r.Str("kind"); o.source = r.Str("source");
          o.aliases = r.List("aliases");
          if (const json* members = r.Array("members")) {
            for (std::size_t k = 0; k < members->size(); ++k) {
              const json& mj = (*members)[k];
              if (!mj.is_object()) { r.Error("dataset.record.type", "members/" + std::to_string(k), "a member must be an object"); continue; }
              RecordReader mr(mj, file, ptr + "/members/" + std::to_string(k), findings);
              Membership mem;
              mem.member = mr.Str("country");
              if (mem.member.empty()) mem.member = mr.Str("org");
              if (mem.member.empty()) { mr.Error("dataset.field.missing", "country", "a member needs \"country\" or \"org\""); continue; }
              mem.start = mr.DateField("start"); mem.end = mr.DateField("end"); mem.source = mr.Str("source");
              o.members.push_back(std::move(mem));
            }
          }
          ds->organizations.push_back(std::move(o));
        } else if (key == "places") {
          Place p;
          p.id = id; p.name = r.Str("name", true); p.kind = r.Str("kind"); p.country = r.Str("country");
          p.within = r.Str("within"); p.source = r.Str("source"); p.aliases = r.List("aliases");
          if (!check_dup(id, r, true)) {
            for (auto& q : ds->places)
              if (q.id == id) {
                MergeUnique(&q.aliases, p.aliases); FillIfEmpty(&q.country, p.country);
                FillIfEmpty(&q.within, p.within); FillIfEmpty(&q.source, p.source); FillIfEmpty(&q.kind, p.kind);
              }
            continue;
          }
          ds->places.push_back(std::move(p));
        } else if (key == "offices") {
          if (!check_dup(id, r, false)) continue;
          Office o;
          o.id = id; o.title = r.Str("title", true); o.role = r.Str("role", true);
          o.jurisdiction = r.Str("jurisdiction", true); o.source = r.Str("source");
          o.short_titles = r.List("short_titles"); o.also = r.List("also");
          o.distinctive_titles = r.List("distinctive_titles");
          o.single_holder = r.Bool("single_holder", true);
          o.tracked_from = r.DateField("tracked_from");
          o.abolished = r.DateField("abolished");
          o.complete_until = r.DateField("complete_until");
          ds->offices.push_back(std::move(o));
        } else if (key == "people") {
          Person p;
          p.id = id; p.name = r.Str("name", true); p.gender = r.Str("gender");
          p.nationality = r.Str("nationality"); p.spouse = r.Str("spouse"); p.spouse_name = r.Str("spouse_name");
          p.source = r.Str("source"); p.aliases = r.List("aliases"); p.short_names = r.List("short");
          p.spouse_aliases = r.List("spouse_aliases");
          p.spouse_since = r.DateField("spouse_since");
          p.spouse_until = r.DateField("spouse_until");
          if (!p.spouse_name.empty()) p.spouse_source = p.source;
          if (!check_dup(id, r, true)) {
            for (auto& q : ds->people)
              if (q.id == id) {
                MergeUnique(&q.aliases, p.aliases); MergeUnique(&q.short_names, p.short_names);
                FillIfEmpty(&q.gender, p.gender); FillIfEmpty(&q.nationality, p.nationality);
                FillIfEmpty(&q.source, p.source); FillIfEmpty(&q.spouse, p.spouse);
                if (q.spouse_name.empty() && !p.spouse_name.empty()) {
                  q.spouse_name = p.spouse_name;
                  q.spouse_since = p.spouse_since;
                  q.spouse_until = p.spouse_until;
                  q.spouse_source = p.spouse_source;
                }
                MergeUnique(&q.spouse_aliases, p.spouse_aliases);
              }
            continue;
          }
          ds->people.push_back(std::move(p));
        } else if (key == "tenures") {
          if (!check_dup(id, r, false)) continue;
          Tenure t;
          t.id = id; t.person = r.Str("person", true); t.office = r.Str("office", true);
          t.start = r.DateField("start", true); t.end = r.DateField("end"); t.acting = r.Bool("acting", false);
          t.overlap_ok = r.Bool("overlap_ok", false);
          t.note = r.Str("note"); t.source = r.Str("source");
          ds->tenures.push_back(std::move(t));
        } else if (key == "meetings") {
          if (!check_dup(id, r, false)) continue;
          Meeting m;
          m.id = id; m.name = r.Str("name", true); m.kind = r.Str("kind"); m.series = r.Str("series");
          m.number = r.Int("number"); m.start = r.DateField("start", true); m.end = r.DateField("end");
          m.place = r.Str("place"); m.venue = r.Str("venue"); m.country = r.Str("country");
          m.host = r.Str("host"); m.chair = r.Str("chair"); m.source = r.Str("source");
          m.aliases = r.List("aliases"); m.participants = r.List("participants");
          m.groups = r.List("groups"); m.outcomes = r.List("outcomes");
          if (const json* abs = r.Array("absentees")) {
            for (std::size_t k = 0; k < abs->size(); ++k) {
              const json& aj = (*abs)[k];
              if (!aj.is_object()) { r.Error("dataset.record.type", "absentees/" + std::to_string(k), "an absentee must be an object"); continue; }
              RecordReader ar(aj, file, ptr + "/absentees/" + std::to_string(k), findings);
              Absentee a{ar.Str("person", true), ar.Str("substitute"), ar.Str("source")};
              if (!a.person.empty()) m.absentees.push_back(std::move(a));
            }
          }
          ds->meetings.push_back(std::move(m));
        } else if (key == "treaties") {
          if (!check_dup(id, r, false)) continue;
          Treaty t;
          t.id = id; t.name = r.Str("name", true); t.kind = r.Str("kind"); t.topic = r.Str("topic");
          t.signed_on = r.DateField("signed"); t.signed_place = r.Str("signed_place");
          t.in_force = r.DateField("in_force"); t.expires = r.DateField("expires");
          t.meeting = r.Str("meeting"); t.source = r.Str("source");
          t.aliases = r.List("aliases"); t.signatories = r.List("signatories");
          if (const json* parties = r.Array("parties")) {
            for (std::size_t k = 0; k < parties->size(); ++k) {
              const json& pj = (*parties)[k];
              if (!pj.is_object()) { r.Error("dataset.record.type", "parties/" + std::to_string(k), "a party must be an object"); continue; }
              RecordReader pr(pj, file, ptr + "/parties/" + std::to_string(k), findings);
              TreatyParty p;
              p.party = pr.Str("party", true); p.signed_on = pr.DateField("signed");
              p.ratified = pr.DateField("ratified"); p.acceded = pr.DateField("acceded");
              p.withdrew = pr.DateField("withdrew"); p.withdrawal_effective = pr.DateField("withdrawal_effective");
              if (!p.party.empty()) t.parties.push_back(std::move(p));
            }
          }
          ds->treaties.push_back(std::move(t));
        }
      }
    }
  }
}

namespace {
void AddName(Dataset* ds, std::string_view name, Kind kind, NameRole role, std::size_t index) {
  const std::string key = FoldName(name);
  if (key.empty()) return;
  auto& refs = ds->names[key];
  for (const auto& r : refs)
    if (r.kind == kind && r.index == index) return;
  refs.push_back({kind, role, static_cast<std::uint32_t>(index)});
  const std::size_t words = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  ds->longest_name_words = std::max(ds->longest_name_words, words);
}
}  // namespace

void BuildIndexes(Dataset* ds) {
  auto reg = [&](const std::string& id, Kind k, std::size_t i) { ds->by_id[id] = {k, static_cast<std::uint32_t>(i)}; };
  for (std::size_t i = 0; i < ds->countries.size(); ++i) {
    const Country& c = ds->countries[i];
    reg(c.id, Kind::kCountry, i);
    AddName(ds, c.name, Kind::kCountry, NameRole::kName, i);
    if (!c.official_name.empty()) AddName(ds, c.official_name, Kind::kCountry, NameRole::kAlias, i);
    for (const auto& a : c.aliases) AddName(ds, a, Kind::kCountry, NameRole::kAlias, i);
    for (const auto& a : c.adjectives) AddName(ds, a, Kind::kCountry, NameRole::kAdjective, i);
    for (const auto& a : c.demonyms) AddName(ds, a, Kind::kCountry, NameRole::kDemonym, i);
    if (!c.capital.empty()) AddName(ds, c.capital, Kind::kCountry, NameRole::kCapital, i);
    for (const auto& a : c.capital_aliases) AddName(ds, a, Kind::kCountry, NameRole::kCapital, i);
  }
  for (std::size_t i = 0; i < ds->organizations.size(); ++i) {
    const Organization& o = ds->organizations[i];
    reg(o.id, Kind::kOrganization, i);
    AddName(ds, o.name, Kind::kOrganization, NameRole::kName, i);
    for (const auto& a : o.aliases) AddName(ds, a, Kind::kOrganization, NameRole::kAlias, i);
  }
  for (std::size_t i = 0; i < ds->places.size(); ++i) {
    const Place& p = ds->places[i];
    reg(p.id, Kind::kPlace, i);
    AddName(ds, p.name, Kind::kPlace, NameRole::kName, i);
    for (const auto& a : p.aliases) AddName(ds, a, Kind::kPlace, NameRole::kAlias, i);
  }
  for (std::size_t i = 0; i < ds->offices.size(); ++i) {
    const Office& o = ds->offices[i];
    reg(o.id, Kind::kOffice, i);
    ds->offices_by_jurisdiction[o.jurisdiction].push_back(static_cast<std::uint32_t>(i));
    std::vector<std::string> titles = o.short_titles;
    for (const auto& t : titles) {
      const std::string key = FoldName(t);
      if (key.empty()) continue;
      auto& v = ds->titles[key];
      if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(static_cast<std::uint32_t>(i));
      ds->longest_title_words = std::max(ds->longest_title_words, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1);
    }
  }
  for (std::size_t i = 0; i < ds->people.size(); ++i) {
    const Person& p = ds->people[i];
    reg(p.id, Kind::kPerson, i);
    AddName(ds, p.name, Kind::kPerson, NameRole::kName, i);
    for (const auto& a : p.aliases) AddName(ds, a, Kind::kPerson, NameRole::kAlias, i);
    for (const auto& a : p.short_names) AddName(ds, a, Kind::kPerson, NameRole::kShort, i);
  }
  for (std::size_t i = 0; i < ds->tenures.size(); ++i) {
    const Tenure& t = ds->tenures[i];
    ds->tenures_by_person[t.person].push_back(static_cast<std::uint32_t>(i));
    ds->tenures_by_office[t.office].push_back(static_cast<std::uint32_t>(i));
  }
  for (std::size_t i = 0; i < ds->meetings.size(); ++i) {
    const Meeting& m = ds->meetings[i];
    reg(m.id, Kind::kMeeting, i);
    for (const auto& a : m.aliases) AddName(ds, a, Kind::kMeeting, NameRole::kAlias, i);
    for (const auto& p : m.participants) ds->meetings_by_person[p].push_back(static_cast<std::uint32_t>(i));
    if (!m.series.empty()) ds->series.insert(m.series);
  }
  // Treaty titles are quoted loosely: "Declaration of Allied Interaction" for "Declaration on
  // Allied Interaction". Each name is also indexed with "of" and "on" swapped.
  auto swapped = [](const std::string& name) {
    std::string out = " " + FoldName(name) + " ";
    for (const auto& [a, b] : {std::pair<std::string, std::string>{" of ", " #on# "}, {" on ", " of "}, {" #on# ", " on "}}) {
      std::size_t pos = 0;
      while ((pos = out.find(a, pos)) != std::string::npos) {
        out.replace(pos, a.size(), b);
        pos += b.size() - 1;
      }
    }
    return out.substr(1, out.size() - 2);
  };
  for (std::size_t i = 0; i < ds->treaties.size(); ++i) {
    const Treaty& t = ds->treaties[i];
    reg(t.id, Kind::kTreaty, i);
    AddName(ds, t.name, Kind::kTreaty, NameRole::kName, i);
    AddName(ds, swapped(t.name), Kind::kTreaty, NameRole::kAlias, i);
    for (const auto& a : t.aliases) {
      AddName(ds, a, Kind::kTreaty, NameRole::kAlias, i);
      AddName(ds, swapped(a), Kind::kTreaty, NameRole::kAlias, i);
    }
  }
  // Word-prefixes of every key let the gazetteer stop as soon as no name can continue.
  auto prefixes = [](const std::string& key, std::unordered_set<std::string>* out) {
    for (std::size_t i = 0; i <= key.size(); ++i)
      if (i == key.size() || key[i] == ' ') out->insert(key.substr(0, i));
  };
  for (const auto& [key, refs] : ds->names) prefixes(key, &ds->name_prefixes);
  for (const auto& [key, offices] : ds->titles) prefixes(key, &ds->title_prefixes);
  auto& info = ds->info;
  info.counts = {{"countries", ds->countries.size()}, {"organizations", ds->organizations.size()},
                 {"places", ds->places.size()},       {"offices", ds->offices.size()},
                 {"people", ds->people.size()},       {"tenures", ds->tenures.size()},
                 {"meetings", ds->meetings.size()},   {"treaties", ds->treaties.size()}};
  info.records = 0;
  for (const auto& [k, v] : info.counts) info.records += v;
}

}  // namespace claimlight::internal

namespace claimlight {
using internal::Kind;

namespace {
template <typename T>
const T* FindIn(const Dataset& ds, std::string_view id, Kind kind, const std::vector<T>& v) {
  const auto it = ds.by_id.find(std::string(id));
  if (it == ds.by_id.end() || it->second.first != kind) return nullptr;
  return &v[it->second.second];
}

Status FirstError(const std::vector<Finding>& findings) {
  for (const auto& f : findings)
    if (f.severity == Finding::Severity::kError)
      return Status::Error(StatusCode::kDataset, "[" + f.id + "] " + f.file + (f.pointer.empty() ? "" : " at " + f.pointer) + ": " + f.message);
  return Status::Ok();
}

Status LoadParsed(const std::vector<internal::ParsedFile>& docs, std::shared_ptr<const Dataset>* out) {
  auto ds = std::make_shared<Dataset>();
  std::vector<Finding> findings;
  internal::BuildModel(docs, ds.get(), &findings, nullptr);
  Status st = FirstError(findings);
  if (!st.ok()) return st;
  internal::BuildIndexes(ds.get());
  *out = std::move(ds);
  return Status::Ok();
}
}  // namespace

const internal::Country* Dataset::FindCountry(std::string_view id) const { return FindIn(*this, id, Kind::kCountry, countries); }
const internal::Organization* Dataset::FindOrganization(std::string_view id) const { return FindIn(*this, id, Kind::kOrganization, organizations); }
const internal::Place* Dataset::FindPlace(std::string_view id) const { return FindIn(*this, id, Kind::kPlace, places); }
const internal::Office* Dataset::FindOffice(std::string_view id) const { return FindIn(*this, id, Kind::kOffice, offices); }
const internal::Person* Dataset::FindPerson(std::string_view id) const { return FindIn(*this, id, Kind::kPerson, people); }
const internal::Meeting* Dataset::FindMeeting(std::string_view id) const { return FindIn(*this, id, Kind::kMeeting, meetings); }
const internal::Treaty* Dataset::FindTreaty(std::string_view id) const { return FindIn(*this, id, Kind::kTreaty, treaties); }

std::string Dataset::Label(std::string_view id) const {
  if (const auto* c = FindCountry(id)) return c->name;
  if (const auto* o = FindOrganization(id)) return o->name;
  if (const auto* p = FindPlace(id)) return p->name;
  if (const auto* o = FindOffice(id)) return o->title;
  if (const auto* p = FindPerson(id)) return p->name;
  if (const auto* m = FindMeeting(id)) return m->name;
  if (const auto* t = FindTreaty(id)) return t->name;
  return std::string(id);
}

std::string Dataset::CountryOf(std::string_view id) const {
  if (FindCountry(id)) return std::string(id);
  const internal::Place* p = FindPlace(id);
  for (int depth = 0; p && depth < 4; ++depth) {
    if (!p->country.empty()) return p->country;
    p = FindPlace(p->within);
  }
  return {};
}

bool Dataset::PlaceWithin(std::string_view inner, std::string_view outer) const {
  if (inner == outer) return true;
  if (FindCountry(outer)) return CountryOf(inner) == outer;
  const internal::Place* p = FindPlace(inner);
  for (int depth = 0; p && depth < 4; ++depth) {
    if (p->within == outer) return true;
    p = FindPlace(p->within);
  }
  return false;
}

bool Dataset::Covers(const internal::Tenure& t, long day) {
  if (t.start.empty()) return false;
  if (day < internal::FirstDay(t.start)) return false;
  if (!t.end.empty() && day > internal::LastDay(t.end)) return false;
  return true;
}

long Dataset::CompleteUntil(const internal::Office& o) const {
  if (o.complete_until.empty() || as_of_day <= 0) return as_of_day;
  return std::min(as_of_day, internal::LastDay(o.complete_until));
}

Status LoadDataset(const std::vector<DataFile>& files, std::shared_ptr<const Dataset>* out) {
  std::vector<internal::ParsedFile> docs;
  std::vector<Finding> findings;
  if (!internal::ParseDocuments(files, &docs, &findings)) return FirstError(findings);
  return LoadParsed(docs, out);
}

Status MakeDatasetBundle(const std::vector<DataFile>& files, std::string* bundle) {
  std::vector<internal::ParsedFile> docs;
  std::vector<Finding> findings;
  if (!internal::ParseDocuments(files, &docs, &findings)) return FirstError(findings);
  nlohmann::json b = nlohmann::json::object();
  b["format"] = "claimlight.bundle/1";
  nlohmann::json list = nlohmann::json::array();
  for (auto& d : docs) list.push_back(nlohmann::json{{"name", d.name}, {"doc", std::move(d.doc)}});
  b["files"] = std::move(list);
  *bundle = b.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return Status::Ok();
}

Status LoadDatasetBundle(std::string_view bundle, std::shared_ptr<const Dataset>* out) {
  nlohmann::json b = nlohmann::json::parse(bundle.begin(), bundle.end(), nullptr, false);
  if (b.is_discarded() || !b.is_object() || !b.contains("files") || !b["files"].is_array())
    return Status::Error(StatusCode::kDataset, "[dataset.bundle.invalid] the dataset bundle is not valid JSON of format claimlight.bundle/1");
  std::vector<internal::ParsedFile> docs;
  for (auto& f : b["files"]) {
    if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("doc") || !f["doc"].is_object())
      return Status::Error(StatusCode::kDataset, "[dataset.bundle.invalid] a bundle entry lacks its name or document");
    docs.push_back({f["name"].get<std::string>(), std::move(f["doc"])});
  }
  if (docs.empty() || docs.front().name != "manifest.json")
    return Status::Error(StatusCode::kDataset, "[dataset.bundle.invalid] the bundle must start with manifest.json");
  return LoadParsed(docs, out);
}

const DatasetInfo& GetDatasetInfo(const Dataset& ds) { return ds.info; }

}  // namespace claimlight
