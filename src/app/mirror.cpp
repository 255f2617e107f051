// The accessible mirror: what the canvas shows, as JSON the page turns into semantic DOM
// (a summary, the list of claims with verdicts and explanations, the open card, the dataset
// page), because screen readers read nothing drawn on a canvas. Also the test-facing state.
// Changes of the text's size and of the analysis' progress alone go out as a small partial
// state (a long article's full mirror is a few hundred KB of JSON: not once per keystroke).
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"
#include "dataset_store.h"
#include "platform.h"

namespace claimlight::app {

namespace {

void AddStatus(const UiState& ui, nlohmann::json& j) {
  j["status_generation"] = ui.status_generation;
  j["text_bytes"] = ui.text.size();
  j["pending"] = AnalysisPending(ui);  // an edit's report is still to come
  j["dropped"] = ui.analyses_dropped;
}

}  // namespace

void PublishMirror(UiState& ui) {
  using nlohmann::json;
  if (ui.mirror_generation == ui.mirror_generation_sent) {
    if (ui.status_generation == ui.status_generation_sent) return;
    ui.status_generation_sent = ui.status_generation;
    json j = {{"partial", true}};  // the page merges it into the last full state
    AddStatus(ui, j);
    platform::PublishMirrorJson(j.dump());
    return;
  }
  ui.mirror_generation_sent = ui.mirror_generation;
  ui.status_generation_sent = ui.status_generation;
  json j;
  j["generation"] = ui.mirror_generation;
  j["analysis"] = ui.report_generation;
  j["has_report"] = ui.has_report;
  j["off_thread"] = ui.analysis_off_thread;
  AddStatus(ui, j);
  j["tab"] = ui.tab == RightTab::kClaims ? "claims" : "dataset";
  j["mode"] = ui.mode == ArticleMode::kRead ? "read" : "edit";
  j["theme"] = ui.theme == ThemeKind::kLight ? "light" : "dark";
  j["zoom"] = ui.zoom;
  if (ui.has_report) {
    const Report& r = ui.report;
    j["article_date"] = r.article_date;
    j["article_date_source"] = r.article_date_source;
    j["summary"] = {{"claims", r.summary.claims},
                    {"supported", r.summary.supported},
                    {"contradicted", r.summary.contradicted},
                    {"mixed", r.summary.mixed},
                    {"unverifiable", r.summary.unverifiable}};
    json claims = json::array();
    for (std::size_t i = 0; i < r.claims.size(); ++i) {
      const Claim& c = r.claims[i];
      json sources = json::array();
      for (const Evidence& e : c.evidence) {
        if (!e.source.empty()) sources.push_back({{"summary", e.summary}, {"url", e.source}});
      }
      claims.push_back({{"id", c.id},
                        {"verdict", ToString(c.verdict)},
                        {"verdict_label", VerdictWord(c.verdict)},
                        {"type", ToString(c.type)},
                        {"text", c.text},
                        {"explanation", c.explanation},
                        {"confidence", c.confidence},
                        {"visible", ui.verdict_shown[static_cast<int>(c.verdict)]},
                        {"selected", static_cast<int>(i) == ui.selected_claim},
                        {"sources", sources}});
    }
    j["claims"] = std::move(claims);
  }
  if (ui.tab == RightTab::kDataset) {
    json d;
    d["search"] = ui.search;
    json hits = json::array();
    for (std::size_t i = 0; i < ui.hits.size() && i < 50; ++i) {
      hits.push_back({{"id", ui.hits[i].id},
                      {"label", ui.hits[i].label},
                      {"kind", ui.hits[i].kind},
                      {"detail", ui.hits[i].detail}});
    }
    d["hits"] = std::move(hits);
    if (!ui.record_id.empty() && ui.record_found) {
      const RecordView& rec = ui.record;
      json fields = json::array(), timeline = json::array(), links = json::array();
      for (const auto& f : rec.fields) fields.push_back({{"label", f.label}, {"value", f.value}});
      for (const auto& b : rec.timeline) {
        timeline.push_back({{"label", b.label},
                            {"start", b.start},
                            {"end", b.end},
                            {"acting", b.acting},
                            {"source", b.source}});
      }
      for (const auto& l : rec.links) links.push_back({{"label", l.label}, {"id", l.id}});
      d["record"] = {{"id", rec.id},        {"kind", rec.kind},     {"title", rec.title},
                     {"fields", fields},    {"timeline", timeline}, {"links", links},
                     {"source", rec.source}};
    }
    j["dataset"] = std::move(d);
  }
  if (auto ds = wasm::CurrentDataset()) {
    const DatasetInfo& info = GetDatasetInfo(*ds);
    j["dataset_info"] = {{"name", info.name},
                         {"version", info.version},
                         {"as_of", info.as_of},
                         {"records", info.records}};
  }
  j["error"] = ui.banner;
  platform::PublishMirrorJson(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace claimlight::app
