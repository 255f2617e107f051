#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimlight;

namespace {
std::vector<DataFile> Minimal(const std::string& data) {
  return {{"manifest.json", R"({"name":"t","version":"1","as_of":"2024-01-01","files":["d.json"]})"}, {"d.json", data}};
}
Status Load(const std::vector<DataFile>& files) {
  std::shared_ptr<const Dataset> ds;
  return LoadDataset(files, &ds);
}
bool HasFinding(const std::vector<Finding>& fs, const std::string& id, const std::string& pointer = "") {
  for (const auto& f : fs)
    if (f.id == id && (pointer.empty() || f.pointer == pointer)) return true;
  return false;
}
}  // namespace

TEST_CASE("the fixture dataset loads with its counts", "[dataset]") {
  const auto& info = GetDatasetInfo(*test::Fixture());
  CHECK(info.name == "Claimlight test fixture");
  CHECK(info.counts.at("people") == 7);
  CHECK(info.counts.at("tenures") == 7);
  CHECK(info.records > 20);
}

TEST_CASE("load errors name the file, the JSON pointer and the problem", "[dataset]") {
  CHECK(Load({}).message == "[dataset.manifest.missing] manifest.json: the dataset has no manifest.json");
  CHECK(Load({{"manifest.json", "{not json"}}).message == "[dataset.json.syntax] manifest.json: not valid JSON");
  const Status missing = Load({{"manifest.json", R"({"name":"t","version":"1","as_of":"2024-01-01","files":["x.json"]})"}});
  CHECK(missing.code == StatusCode::kDataset);
  CHECK(missing.message == "[dataset.file.missing] x.json: listed in manifest.json but not found");
  const Status bad_date = Load(Minimal(R"({"tenures":[{"id":"tenure/a","person":"person/a","office":"office/a","start":"2023-02-30","source":"https://x"}]})"));
  CHECK(bad_date.message == "[dataset.date.invalid] d.json at /tenures/0/start: \"2023-02-30\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)");
  const Status bad_type = Load(Minimal(R"({"people":[{"id":"person/a","name":7}]})"));
  CHECK(bad_type.message == "[dataset.field.type] d.json at /people/0/name: \"name\" must be a string");
  const Status dup = Load(Minimal(R"({"treaties":[{"id":"treaty/a","name":"A"},{"id":"treaty/a","name":"B"}]})"));
  CHECK(dup.message == "[dataset.id.duplicate] d.json at /treaties/1/id: duplicate id \"treaty/a\" (first in d.json)");
  CHECK(Load(Minimal(R"({"weather":[]})")).message == "[dataset.collection.unknown] d.json at /weather: unknown collection \"weather\"");
}

TEST_CASE("people and places defined in several files are merged", "[dataset]") {
  std::vector<DataFile> files = {
      {"manifest.json", R"({"name":"t","version":"1","as_of":"2024-01-01","files":["a.json","b.json"]})"},
      {"a.json", R"({"people":[{"id":"person/x","name":"Xavier Y","aliases":["X. Y"],"source":"https://a"}]})"},
      {"b.json", R"({"people":[{"id":"person/x","name":"Xavier Y","aliases":["Xavi Y"],"source":"https://b"}]})"}};
  std::shared_ptr<const Dataset> ds;
  REQUIRE(LoadDataset(files, &ds).ok());
  CHECK(GetDatasetInfo(*ds).counts.at("people") == 1);
  CHECK(SearchDataset(*ds, "Xavi Y", 5).size() == 1);
  CHECK(SearchDataset(*ds, "X. Y", 5).size() == 1);
}

TEST_CASE("the validator reports overlaps, gaps, dangling references and missing sources", "[dataset][validate]") {
  const auto findings = ValidateDataset(Minimal(R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a"}],
    "offices":[{"id":"office/aaa/president","title":"President of A","role":"head_of_state","jurisdiction":"country/aaa","short_titles":["President"],"source":"https://a"}],
    "people":[{"id":"person/p","name":"P Q","source":"https://a"},{"id":"person/r","name":"R S"}],
    "tenures":[
      {"id":"tenure/p/1","person":"person/p","office":"office/aaa/president","start":"1999-01-01","end":"2010-01-01","source":"https://a"},
      {"id":"tenure/r/1","person":"person/r","office":"office/aaa/president","start":"2009-06-01","end":"2012-01-01","source":"https://a"},
      {"id":"tenure/p/2","person":"person/p","office":"office/aaa/president","start":"2013-01-01","end":null,"source":"https://a"},
      {"id":"tenure/z/1","person":"person/zed","office":"office/aaa/president","start":"2014-01-01","end":"2013-01-01","source":"https://a"}
    ]})"), "2024-01-01");
  CHECK(HasFinding(findings, "dataset.tenure.overlap", "/tenures/1/start"));
  CHECK(HasFinding(findings, "dataset.tenure.gap"));
  CHECK(HasFinding(findings, "dataset.ref.dangling", "/tenures/3/person"));
  CHECK(HasFinding(findings, "dataset.date.order", "/tenures/3/end"));
  CHECK(HasFinding(findings, "dataset.source.missing", "/people/1/source"));
}

TEST_CASE("declared vacancies close a gap as facts; undeclared gaps stay errors", "[dataset][validate]") {
  const std::string data = R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a"}],
    "offices":[{"id":"office/aaa/president","title":"President of A","role":"head_of_state","jurisdiction":"country/aaa","short_titles":["President"],"source":"https://a"}],
    "people":[{"id":"person/p","name":"P Q","source":"https://a"}],
    "tenures":[
      {"id":"tenure/p/1","person":"person/p","office":"office/aaa/president","start":"1999-01-01","end":"2010-01-01","source":"https://a"},
      {"id":"tenure/p/2","person":"person/p","office":"office/aaa/president","start":"2012-01-01","end":null,"source":"https://a"}
    ]})";
  auto with_gaps = [&](const std::string& gaps) {
    return std::vector<DataFile>{{"manifest.json", R"({"name":"t","version":"1","as_of":"2024-01-01","files":["d.json"],"known_gaps":)" + gaps + "}"},
                                 {"d.json", data}};
  };
  const auto none = ValidateDataset(with_gaps("[]"), "2024-01-01");
  CHECK(HasFinding(none, "dataset.tenure.gap"));
  const auto vacant = ValidateDataset(
      with_gaps(R"([{"office":"office/aaa/president","from":"2010-01-01","to":"2012-01-01","vacant":true,"source":"https://v"}])"), "2024-01-01");
  CHECK_FALSE(HasFinding(vacant, "dataset.tenure.gap"));
  CHECK(HasFinding(vacant, "dataset.tenure.vacant"));
  CHECK_FALSE(HasFinding(vacant, "dataset.tenure.known_gap"));
  // A vacancy is a fact: without a source it is an error.
  const Status unsourced = Load(with_gaps(R"([{"office":"office/aaa/president","from":"2010-01-01","to":"2012-01-01","vacant":true}])"));
  CHECK(unsourced.message.find("dataset.source.missing") != std::string::npos);
}

TEST_CASE("an acting spell inside a long tenure opens no gap", "[dataset][validate]") {
  const auto findings = ValidateDataset(Minimal(R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a"}],
    "offices":[{"id":"office/aaa/pm","title":"Prime Minister of A","role":"head_of_government","jurisdiction":"country/aaa","short_titles":["Prime Minister"],"source":"https://a"}],
    "people":[{"id":"person/p","name":"P Q","source":"https://a"},{"id":"person/r","name":"R S","source":"https://a"}],
    "tenures":[
      {"id":"tenure/p/1","person":"person/p","office":"office/aaa/pm","start":"1999-01-01","end":"2011-08-02","source":"https://a"},
      {"id":"tenure/r/1","person":"person/r","office":"office/aaa/pm","start":"2010-12-13","end":"2011-01-17","acting":true,"overlap_ok":true,"source":"https://a"},
      {"id":"tenure/r/2","person":"person/r","office":"office/aaa/pm","start":"2011-08-02","end":null,"source":"https://a"}
    ]})"), "2024-01-01");
  CHECK_FALSE(HasFinding(findings, "dataset.tenure.gap"));
  CHECK_FALSE(HasFinding(findings, "dataset.tenure.overlap"));
}

TEST_CASE("a rival government's tenure declared as overlapping may end before the main line's", "[dataset][validate]") {
  auto with = [](const char* rival_flag) {
    return ValidateDataset(Minimal(std::string(R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a"}],
    "offices":[{"id":"office/aaa/pm","title":"Prime Minister of A","role":"head_of_government","jurisdiction":"country/aaa","short_titles":["Prime Minister"],"source":"https://a"}],
    "people":[{"id":"person/p","name":"P Q","source":"https://a"},{"id":"person/r","name":"R S","source":"https://a"}],
    "tenures":[
      {"id":"tenure/p/1","person":"person/p","office":"office/aaa/pm","start":"1999-01-01","end":null,"source":"https://a"},
      {"id":"tenure/r/1","person":"person/r","office":"office/aaa/pm","start":"2014-09-06","end":"2015-03-31")") + rival_flag +
                                     R"(,"source":"https://a"}
    ]})"), "2024-01-01");
  };
  CHECK_FALSE(HasFinding(with(R"(,"overlap_ok":true)"), "dataset.tenure.overlap"));
  CHECK(HasFinding(with(""), "dataset.tenure.overlap"));
}

TEST_CASE("a country without an office for its head of state or government is reported", "[dataset][validate]") {
  auto with = [](const char* extra_office, const char* country_extra) {
    return ValidateDataset(Minimal(std::string(R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a")") + country_extra + R"(}],
    "offices":[{"id":"office/aaa/president","title":"President of A","role":"head_of_state","jurisdiction":"country/aaa","short_titles":["President"],"source":"https://a"})" +
                                     extra_office + R"(]})"), "2024-01-01");
  };
  CHECK(HasFinding(with("", ""), "dataset.country.head_office"));
  CHECK_FALSE(HasFinding(with(R"(,{"id":"office/aaa/pm","title":"PM of A","role":"head_of_government","jurisdiction":"country/aaa","short_titles":["Prime Minister"],"source":"https://a"})", ""),
                         "dataset.country.head_office"));
  // A realm's monarch is another country's office, named with its source.
  const auto realm = ValidateDataset(Minimal(R"({
    "countries":[{"id":"country/aaa","name":"A","source":"https://a"},
                 {"id":"country/bbb","name":"B","head_of_state_office":"office/aaa/monarch","head_of_state_source":"https://b","source":"https://b"}],
    "offices":[{"id":"office/aaa/monarch","title":"King of A","role":"head_of_state","jurisdiction":"country/aaa","short_titles":["King"],"source":"https://a"},
               {"id":"office/aaa/pm","title":"PM of A","role":"head_of_government","jurisdiction":"country/aaa","short_titles":["Prime Minister"],"source":"https://a"},
               {"id":"office/bbb/pm","title":"PM of B","role":"head_of_government","jurisdiction":"country/bbb","short_titles":["Prime Minister"],"source":"https://b"}]})"),
                                     "2024-01-01");
  CHECK_FALSE(HasFinding(realm, "dataset.country.head_office"));
}

TEST_CASE("the fixture dataset validates cleanly", "[dataset][validate]") {
  const auto findings = ValidateDataset(test::DatasetFiles(test::SourceDir() / "tests/fixtures/dataset"), "2024-12-31");
  for (const auto& f : findings) {
    INFO(f.file << " " << f.pointer << " " << f.message);
    CHECK(f.severity != Finding::Severity::kError);
  }
}

TEST_CASE("the bundled dataset names an office for every country's head of state and government", "[dataset][validate]") {
  const auto findings = ValidateDataset(test::DatasetFiles(test::SourceDir() / "assets/dataset"), "2026-01-01");
  int errors = 0;
  for (const auto& f : findings) {
    INFO(f.file << " " << f.pointer << " " << f.message);
    CHECK(f.id != "dataset.country.head_office");
    errors += f.severity == Finding::Severity::kError;
  }
  CHECK(errors == 0);
}

TEST_CASE("a bundle round-trips the dataset", "[dataset]") {
  std::string bundle;
  REQUIRE(MakeDatasetBundle(test::DatasetFiles(test::SourceDir() / "tests/fixtures/dataset"), &bundle).ok());
  std::shared_ptr<const Dataset> ds;
  REQUIRE(LoadDatasetBundle(bundle, &ds).ok());
  CHECK(GetDatasetInfo(*ds).records == GetDatasetInfo(*test::Fixture()).records);
  CHECK(LoadDatasetBundle("[]", &ds).code == StatusCode::kDataset);
  CHECK(LoadDatasetBundle("\xFF\xFE", &ds).code == StatusCode::kDataset);
}

TEST_CASE("dataset browser: search by alias and describe a person's offices", "[dataset][browse]") {
  const auto& ds = *test::Fixture();
  const auto hits = SearchDataset(ds, "merkel", 10);
  REQUIRE(!hits.empty());
  CHECK(hits.front().id == "person/angela-merkel");
  CHECK(hits.front().detail.find("Chancellor of Germany") != std::string::npos);
  RecordView v;
  REQUIRE(DescribeRecord(ds, "person/angela-merkel", &v));
  REQUIRE(v.timeline.size() == 1);
  CHECK(v.timeline[0].start == "2005-11-22");
  CHECK(v.timeline[0].end == "2021-12-08");
  // A spouse is shown with the marriage's dates.
  REQUIRE(DescribeRecord(ds, "person/emmanuel-macron", &v));
  const auto spouse = std::find_if(v.fields.begin(), v.fields.end(), [](const auto& f) { return f.label == "Spouse"; });
  REQUIRE(spouse != v.fields.end());
  CHECK(spouse->value == "Brigitte Macron (married 20 October 2007)");
  REQUIRE(DescribeRecord(ds, "meeting/2021-06-16-biden-putin-geneva", &v));
  CHECK(v.fields[0].value == "16 June 2021");
  CHECK_FALSE(DescribeRecord(ds, "person/nobody", &v));
  CHECK(SearchDataset(ds, "", 10).empty());
}

TEST_CASE("an office verified only up to complete_until is judged as after as_of from then on", "[dataset][office]") {
  auto dataset = [](const std::string& extra) {
    const std::string data = R"({
    "countries":[{"id":"country/aaa","name":"Aland","adjectives":["Alandic"],"source":"https://a"}],
    "offices":[{"id":"office/aaa/pm","title":"Prime Minister of Aland","role":"head_of_government","jurisdiction":"country/aaa",
                "short_titles":["Prime Minister"],"source":"https://a")" + extra + R"(}],
    "people":[{"id":"person/p","name":"Paul Quist","short":["Quist"],"source":"https://a"}],
    "tenures":[{"id":"tenure/p/1","person":"person/p","office":"office/aaa/pm","start":"2001-01-01","end":null,"source":"https://a"}]})";
    std::shared_ptr<const Dataset> ds;
    const Status st = LoadDataset(Minimal(data), &ds);
    REQUIRE(st.ok());
    return ds;
  };
  const auto full = dataset("");
  const auto partial = dataset(R"(,"complete_until":"2023-06-30")");
  // The holder is supported either way; after complete_until only with lowered confidence and a note.
  const auto a = test::Check("Alandic Prime Minister Paul Quist spoke.", "2023-09-01", full);
  const auto b = test::Check("Alandic Prime Minister Paul Quist spoke.", "2023-09-01", partial);
  REQUIRE(a.claims.size() == 1);
  REQUIRE(b.claims.size() == 1);
  CHECK(a.claims[0].verdict == Verdict::kSupported);
  CHECK(b.claims[0].verdict == Verdict::kSupported);
  CHECK(b.claims[0].confidence < a.claims[0].confidence);
  bool noted = false;
  for (const auto& n : b.claims[0].notes) noted = noted || n.find("30 June 2023") != std::string::npos;
  CHECK(noted);
  // Another name with the title is contradicted only while the office is complete.
  const auto c = test::Check("Alandic Prime Minister Hans Peter Muster spoke.", "2023-09-01", full);
  const auto d = test::Check("Alandic Prime Minister Hans Peter Muster spoke.", "2023-09-01", partial);
  REQUIRE(!c.claims.empty());
  CHECK(c.claims[0].verdict == Verdict::kContradicted);
  for (const auto& cl : d.claims) CHECK(cl.verdict != Verdict::kContradicted);
  // The validator lists the office, and rejects a date that says nothing.
  CHECK(HasFinding(ValidateDataset(Minimal(R"({"offices":[{"id":"office/x","title":"X","role":"other","jurisdiction":"country/aaa","short_titles":["X"],"complete_until":"2023-06-30","source":"https://a"}],"countries":[{"id":"country/aaa","name":"Aland","source":"https://a"}]})"), "2024-01-01"),
                   "dataset.office.complete_until"));
}
