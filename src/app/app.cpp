// The widget's top level: layout of the panels, analysis scheduling, selection, keyboard
// shortcuts, persistence and the registry of named widget rectangles.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "app.h"
#include "dataset_store.h"
#include "platform.h"

namespace claimlight::app {
namespace {

constexpr double kAnalysisDebounceMs = 250.0;
constexpr double kSaveDebounceMs = 800.0;
constexpr const char* kTextKey = "claimlight.text";
constexpr const char* kSettingsKey = "claimlight.settings";

std::vector<std::pair<std::string, ImVec4>> g_rects;
std::string g_rects_sent;

void HandleGlobalKeys(UiState& ui) {
  ImGuiIO& io = ImGui::GetIO();
  const bool typing = io.WantTextInput;
  if (typing || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  if (ui.tab == RightTab::kDataset && !ui.record_id.empty() &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    DatasetBack(ui);
    return;
  }
  const int n = static_cast<int>(ui.claim_order.size());
  if (n == 0) return;
  int pos = -1;
  for (int i = 0; i < n; ++i) {
    if (ui.claim_order[static_cast<std::size_t>(i)] == ui.selected_claim) pos = i;
  }
  auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  // J/K and the arrow keys move between claims (arrows only when ImGui's own navigation is not
  // using them), Escape goes back, Ctrl+C copies the selected claim.
  const bool next = ImGui::IsKeyPressed('J') || (!io.NavActive && pressed(ImGuiKey_DownArrow));
  const bool prev = ImGui::IsKeyPressed('K') || (!io.NavActive && pressed(ImGuiKey_UpArrow));
  if (next)
    SelectClaim(ui, ui.claim_order[static_cast<std::size_t>(std::min(pos + 1, n - 1))], false);
  if (prev) SelectClaim(ui, ui.claim_order[static_cast<std::size_t>(std::max(pos - 1, 0))], false);
  if (pressed(ImGuiKey_Escape) && ui.selected_claim >= 0) SelectClaim(ui, -1, false);
  if (io.KeyCtrl && pressed(ImGuiKey_C) && ui.selected_claim >= 0 &&
      ui.selected_claim < static_cast<int>(ui.report.claims.size())) {
    ImGui::SetClipboardText(
        ui.report.claims[static_cast<std::size_t>(ui.selected_claim)].text.c_str());
    Toast(ui, "Claim copied");
  }
}

}  // namespace

void ExposeItem(const char* name) {
  ExposeRect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void ExposeRect(const std::string& name, ImVec2 min, ImVec2 max) {
  g_rects.emplace_back(name, ImVec4(min.x, min.y, max.x - min.x, max.y - min.y));
}

void ClearExposedRects() {
  g_rects.clear();
}

bool TakeExposedRects(std::string* json) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, r] : g_rects) {
    j[name] = {{"x", r.x}, {"y", r.y}, {"w", r.z}, {"h", r.w}};
  }
  std::string s = j.dump();
  if (s == g_rects_sent) return false;
  g_rects_sent = s;
  *json = std::move(s);
  return true;
}

void Toast(UiState& ui, std::string message) {
  ui.toast = std::move(message);
  ui.toast_until_ms = platform::NowMs() + 2500.0;
}

void MarkTextEdited(UiState& ui) {
  ui.dirty = true;
  ++ui.status_generation;
  ui.last_edit_ms = platform::NowMs();
  ui.text_dirty_for_storage = true;
}

void PasteIntoArticle(UiState& ui, const std::string& text) {
  if (!ui.text.empty() && ui.text.back() != '\n') ui.text += "\n\n";
  const bool was_empty = ui.text.empty();
  ui.text += text;
  ui.mode = was_empty && text.size() > 200 ? ArticleMode::kRead : ArticleMode::kEdit;
  ui.settings_dirty = true;
  MarkTextEdited(ui);
  Toast(ui, "Pasted " + std::to_string(text.size()) + " bytes");
}

namespace {

// Puts a finished analysis on screen (both paths end here), keeping the selection on the
// "same" claim (by id) when it is still there.
void InstallReport(UiState& ui, const Status& st, Report report, double ms, std::size_t bytes,
                   bool off_thread) {
  ui.analysis_ms = ms;
  if (!st.ok()) {
    ui.analysis_error = st.message;
    ++ui.mirror_generation;
    return;  // keep the previous report on screen
  }
  ui.analysis_error.clear();
  std::string selected_id;
  if (ui.selected_claim >= 0 && ui.selected_claim < static_cast<int>(ui.report.claims.size())) {
    selected_id = ui.report.claims[static_cast<std::size_t>(ui.selected_claim)].id;
  }
  ui.report = std::move(report);
  ui.has_report = true;
  ui.analysed_bytes = bytes;
  ui.analysis_off_thread = off_thread;
  ++ui.report_generation;
  ++ui.mirror_generation;
  ui.layout.valid = false;
  ui.selected_claim = -1;
  for (std::size_t i = 0; i < ui.report.claims.size(); ++i) {
    if (ui.report.claims[i].id == selected_id) ui.selected_claim = static_cast<int>(i);
  }
}

}  // namespace

void RunPendingAnalysis(UiState& ui, double now_ms, bool force) {
  auto ds = wasm::CurrentDataset();
  if (!ds) return;
  if (ui.dataset_generation_seen != wasm::DatasetGeneration()) {
    ui.dataset_generation_seen = wasm::DatasetGeneration();
    ui.dirty = true;
    force = true;
    ui.search_done_for = "\x01";  // re-run the dataset search too
    if (!ui.record_id.empty()) OpenRecord(ui, ui.record_id);
  }
  if (!ui.dirty) return;
  // One analysis at a time with the worker: the newest text goes when it is free (what it is
  // doing now will be dropped when it answers, since the text is dirty again).
  if (ui.analysis_in_flight != 0) return;
  // Off the page's thread a short pause is enough. On it, longer pauses for long articles: a
  // 50 KB article's ~0.2 s analysis should not run between two keystrokes.
  const bool off_thread = platform::CanAnalyzeOffThread();
  const double debounce =
      kAnalysisDebounceMs + (off_thread ? 0.0 : static_cast<double>(ui.text.size()) / 100.0);
  if (!force && now_ms - ui.last_edit_ms < debounce) return;
  ui.dirty = false;
  const int seq = ++ui.analysis_seq;
  if (off_thread && platform::StartAnalysis(seq, ui.text, ui.date_field)) {
    ui.analysis_in_flight = seq;
    ui.analysis_in_flight_dataset = wasm::DatasetGeneration();
    ui.analysis_started_ms = now_ms;
    return;
  }

  AnalyzeOptions options;
  options.article_date = ui.date_field;
  Report report;
  const double t0 = platform::NowMs();
  Status st = Analyze(ui.text, options, *ds, &report);
  InstallReport(ui, st, std::move(report), platform::NowMs() - t0, ui.text.size(), false);
}

void DeliverAnalysis(UiState& ui, int seq, const Status& status, Report report, double ms) {
  if (seq != ui.analysis_in_flight) return;  // not the one we wait for (cannot happen today)
  ui.analysis_in_flight = 0;
  // Superseded: the text, date or dataset changed while the worker was busy. The old report
  // stays on screen until the newer text's arrives (no flicker through an empty state).
  if (ui.dirty || ui.analysis_in_flight_dataset != wasm::DatasetGeneration()) {
    ++ui.analyses_dropped;
    ++ui.status_generation;
    ui.dirty = true;
    return;
  }
  InstallReport(ui, status, std::move(report), ms, ui.text.size(), true);
}

void AnalysisWorkerFailed(UiState& ui, int seq) {
  if (seq != ui.analysis_in_flight) return;
  ui.analysis_in_flight = 0;
  ui.dirty = true;
  ui.last_edit_ms = -1e300;  // no second debounce: the text waited long enough
}

bool AnalysisPending(const UiState& ui) {
  return ui.dirty || ui.analysis_in_flight != 0;
}

void SelectClaim(UiState& ui, int index, bool from_text) {
  if (index >= static_cast<int>(ui.report.claims.size())) index = -1;
  if (ui.selected_claim == index) return;
  ui.selected_claim = index;
  ui.scroll_claim_into_view = from_text;
  ui.scroll_text_to_claim = !from_text;
  if (index >= 0 && ui.tab != RightTab::kClaims) {
    ui.tab = RightTab::kClaims;
    ui.request_tab = true;
  }
  ++ui.mirror_generation;
}

void OpenRecord(UiState& ui, const std::string& id) {
  auto ds = wasm::CurrentDataset();
  if (!ui.record_id.empty() && ui.record_id != id) ui.record_back.push_back(ui.record_id);
  ui.record_id = id;
  ui.record = RecordView();
  ui.record_found = ds && DescribeRecord(*ds, id, &ui.record);
  if (ui.tab != RightTab::kDataset) {
    ui.tab = RightTab::kDataset;
    ui.request_tab = true;
  }
  ++ui.mirror_generation;
}

void RestoreState(UiState& ui) {
  ui.text = platform::LoadSetting(kTextKey);
  ui.theme = platform::PrefersLightTheme() ? ThemeKind::kLight : ThemeKind::kDark;
  const std::string settings = platform::LoadSetting(kSettingsKey);
  nlohmann::json j = nlohmann::json::parse(settings, nullptr, false);
  if (!j.is_discarded() && j.is_object()) {
    if (auto it = j.find("theme"); it != j.end() && it->is_string()) {
      ui.theme = *it == "light" ? ThemeKind::kLight : ThemeKind::kDark;
    }
    if (auto it = j.find("zoom"); it != j.end() && it->is_number()) {
      ui.zoom = std::clamp(it->get<float>(), 0.6f, 2.5f);
    }
    if (auto it = j.find("date"); it != j.end() && it->is_string()) ui.date_field = *it;
    if (auto it = j.find("mode"); it != j.end() && it->is_string()) {
      ui.mode = *it == "read" ? ArticleMode::kRead : ArticleMode::kEdit;
    }
    if (auto it = j.find("verdicts"); it != j.end() && it->is_array() && it->size() == 4) {
      for (std::size_t i = 0; i < 4; ++i) {
        if ((*it)[i].is_boolean()) ui.verdict_shown[i] = (*it)[i].get<bool>();
      }
    }
  }
  ui.dirty = true;
}

void PersistState(UiState& ui, double now_ms) {
  if (!ui.text_dirty_for_storage && !ui.settings_dirty) return;
  if (now_ms - ui.last_save_ms < kSaveDebounceMs && now_ms - ui.last_edit_ms < kSaveDebounceMs) {
    return;
  }
  ui.last_save_ms = now_ms;
  if (ui.text_dirty_for_storage) platform::SaveSetting(kTextKey, ui.text);
  if (ui.settings_dirty) {
    nlohmann::json j = {
        {"theme", ui.theme == ThemeKind::kLight ? "light" : "dark"},
        {"zoom", ui.zoom},
        {"date", ui.date_field},
        {"mode", ui.mode == ArticleMode::kRead ? "read" : "edit"},
        {"verdicts",
         {ui.verdict_shown[0], ui.verdict_shown[1], ui.verdict_shown[2], ui.verdict_shown[3]}}};
    platform::SaveSetting(kSettingsKey, j.dump());
  }
  ui.text_dirty_for_storage = false;
  ui.settings_dirty = false;
}

void DrawApp(UiState& ui) {
  ClearExposedRects();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("Claimlight", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();

  DrawTopBar(ui);

  const ImGuiStyle& style = ImGui::GetStyle();
  const float status_h = ImGui::GetFrameHeight() + style.ItemSpacing.y;
  const float banner_h = ui.banner.empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float body_h = std::max(80.0f, avail.y - status_h - banner_h);

  // Side by side when there is room; stacked on narrow screens (phones).
  const bool stacked = avail.x < 640.0f;
  const float left_w = stacked ? avail.x : std::floor(avail.x * 0.54f);
  const float left_h = stacked ? std::floor(body_h * 0.45f) : body_h;

  ImGui::BeginChild("article", ImVec2(left_w, left_h), true);
  DrawArticlePanel(ui);
  ImGui::EndChild();
  if (!stacked) ImGui::SameLine();
  ImGui::BeginChild("right", ImVec2(0, stacked ? body_h - left_h - style.ItemSpacing.y : body_h),
                    true);
  if (ImGui::BeginTabBar("right-tabs")) {
    ImGuiTabItemFlags claims_flags =
        ui.request_tab && ui.tab == RightTab::kClaims ? ImGuiTabItemFlags_SetSelected : 0;
    ImGuiTabItemFlags data_flags =
        ui.request_tab && ui.tab == RightTab::kDataset ? ImGuiTabItemFlags_SetSelected : 0;
    ui.request_tab = false;
    char claims_label[64];
    std::snprintf(claims_label, sizeof claims_label, "Claims (%d)###claims-tab",
                  ui.has_report ? ui.report.summary.claims : 0);
    const bool claims_open = ImGui::BeginTabItem(claims_label, nullptr, claims_flags);
    ExposeItem("tab.claims");
    if (claims_open) {
      if (ui.tab != RightTab::kClaims) ++ui.mirror_generation;
      ui.tab = RightTab::kClaims;
      DrawClaimsPanel(ui);
      ImGui::EndTabItem();
    }
    const bool data_open = ImGui::BeginTabItem("Dataset###dataset-tab", nullptr, data_flags);
    ExposeItem("tab.dataset");
    if (data_open) {
      if (ui.tab != RightTab::kDataset) ++ui.mirror_generation;
      ui.tab = RightTab::kDataset;
      DrawDatasetPanel(ui);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();

  if (!ui.banner.empty()) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, VerdictColorVec(Verdict::kContradicted, 0.85f));
    ImGui::BeginChild("banner", ImVec2(0, ImGui::GetFrameHeight()), false,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImVec4(1, 1, 1, 1), "  %s", ui.banner.c_str());
    ImGui::SameLine(ImGui::GetWindowWidth() - 70);
    if (ImGui::SmallButton("Dismiss")) ui.banner.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  DrawStatusBar(ui);
  HandleGlobalKeys(ui);
  ImGui::End();
  DrawHelpWindows(ui);
}

}  // namespace claimlight::app
