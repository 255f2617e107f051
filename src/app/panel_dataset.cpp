// Dataset browser: search officials, meetings, treaties (any name or alias), and a record page:
// a person's offices as a timeline of bars, a meeting's participants and absentees, a treaty's
// parties and dates (the engine's DescribeRecord decides the fields and links).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app.h"
#include "dataset_store.h"
#include "imgui_stdlib.h"
#include "platform.h"

namespace claimlight::app {
namespace {

// "2018-05-08" → fractional year 2018.35; partial dates take the middle of their period.
double YearOf(const std::string& date, double fallback) {
  if (date.size() < 4) return fallback;
  const double y = std::atof(date.substr(0, 4).c_str());
  double m = 6.5, d = 15.0;
  if (date.size() >= 7) m = std::atof(date.substr(5, 2).c_str());
  if (date.size() >= 10) d = std::atof(date.substr(8, 2).c_str());
  return y + (m - 1.0 + (d - 1.0) / 31.0) / 12.0;
}

void DrawTimeline(UiState& ui, const RecordView& rec, const std::string& as_of) {
  if (rec.timeline.empty()) return;
  const double now = YearOf(as_of, 2025.0);
  double lo = 1e9, hi = -1e9;
  for (const auto& bar : rec.timeline) {
    lo = std::min(lo, YearOf(bar.start, now));
    hi = std::max(hi, bar.end.empty() ? now : YearOf(bar.end, now));
  }
  lo = std::floor(lo);
  hi = std::ceil(hi + 0.01);
  if (hi - lo < 1.0) hi = lo + 1.0;

  ImGui::TextDisabled("Timeline");
  const float label_w =
      std::min(ImGui::GetContentRegionAvail().x * 0.45f, ImGui::GetFontSize() * 16);
  const float row_h = ImGui::GetTextLineHeightWithSpacing() + 4;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float plot_x = origin.x + label_w;
  const float plot_w = std::max(40.0f, ImGui::GetContentRegionAvail().x - label_w - 4);
  auto xof = [&](double year) {
    return plot_x + static_cast<float>((year - lo) / (hi - lo)) * plot_w;
  };
  // Year ticks.
  const double span = hi - lo;
  const int step = span > 40 ? 10 : span > 16 ? 5 : span > 6 ? 2 : 1;
  for (int y = static_cast<int>(lo); y <= static_cast<int>(hi); ++y) {
    if (y % step != 0) continue;
    const float x = xof(y);
    dl->AddLine(ImVec2(x, origin.y),
                ImVec2(x, origin.y + row_h * static_cast<float>(rec.timeline.size()) + 2),
                TextColor(0.12f));
    char label[8];
    std::snprintf(label, sizeof label, "%d", y);
    dl->AddText(ImVec2(x + 2, origin.y + row_h * static_cast<float>(rec.timeline.size()) + 2),
                TextColor(0.5f), label);
  }
  int i = 0;
  for (const auto& bar : rec.timeline) {
    const float y0 = origin.y + row_h * static_cast<float>(i);
    const double s = YearOf(bar.start, now);
    const double e = bar.end.empty() ? now : YearOf(bar.end, now);
    const ImVec2 a(xof(s), y0 + 3), b(std::max(xof(e), xof(s) + 3.0f), y0 + row_h - 3);
    const ImU32 col = bar.acting ? VerdictColor(Verdict::kMixed, 0.85f)
                                 : VerdictColor(Verdict::kSupported, 0.85f);
    dl->AddRectFilled(a, b, col, 3.0f);
    if (bar.end.empty()) {  // open end: fade out towards "now"
      dl->AddTriangleFilled(ImVec2(b.x, a.y), ImVec2(b.x + 6, (a.y + b.y) * 0.5f), ImVec2(b.x, b.y),
                            col);
    }
    dl->PushClipRect(ImVec2(origin.x, y0), ImVec2(plot_x - 6, y0 + row_h), true);
    dl->AddText(ImVec2(origin.x, y0 + 2), TextColor(), bar.label.c_str());
    dl->PopClipRect();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y0));
    ImGui::PushID(i);
    ImGui::InvisibleButton("bar", ImVec2(label_w + plot_w, row_h));
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s\n%s \xE2\x80\x93 %s%s%s%s", bar.label.c_str(), bar.start.c_str(),
                        bar.end.empty() ? "present" : bar.end.c_str(),
                        bar.acting ? " (acting)" : "", bar.source.empty() ? "" : "\n",
                        bar.source.c_str());
    }
    if (ImGui::IsItemClicked() && !bar.source.empty()) platform::OpenUrl(bar.source);
    ImGui::PopID();
    ++i;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y +
                                                 row_h * static_cast<float>(rec.timeline.size()) +
                                                 ImGui::GetTextLineHeightWithSpacing() + 4));
  ExposeRect("dataset.timeline", origin,
             ImVec2(plot_x + plot_w, origin.y + row_h * static_cast<float>(rec.timeline.size())));
  (void)ui;
}

void DrawRecord(UiState& ui, const std::string& as_of) {
  if (ImGui::SmallButton("\xE2\x86\x90 Back")) {
    DatasetBack(ui);
    return;
  }
  ExposeItem("dataset.back");
  if (!ui.record_found) {
    ImGui::TextWrapped("No record with the id %s.", ui.record_id.c_str());
    return;
  }
  const RecordView& rec = ui.record;
  ImGui::SameLine();
  ImGui::TextDisabled("%s \xC2\xB7 %s", rec.kind.c_str(), rec.id.c_str());
  if (GetFonts().title) ImGui::PushFont(GetFonts().title);
  ImGui::TextWrapped("%s", rec.title.c_str());
  if (GetFonts().title) ImGui::PopFont();
  ImGui::Spacing();
  if (!rec.fields.empty() &&
      ImGui::BeginTable("fields", 2,
                        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7);
    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
    for (const auto& f : rec.fields) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", f.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", f.value.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  DrawTimeline(ui, rec, as_of);
  if (!rec.links.empty()) {
    ImGui::TextDisabled("Related");
    std::string last_label;
    int i = 0;
    for (const auto& link : rec.links) {
      ImGui::PushID(i++);
      if (ImGui::Selectable(link.label.c_str())) {
        const std::string id = link.id;
        ImGui::PopID();
        OpenRecord(ui, id);
        return;
      }
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(link.label.c_str());
        ImGui::TextDisabled("%s \xC2\xB7 click to open", link.id.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::PopID();
    }
  }
  if (!rec.source.empty()) {
    ImGui::Spacing();
    if (ImGui::SmallButton("Open source \xE2\x86\x97")) platform::OpenUrl(rec.source);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", rec.source.c_str());
  }
}

}  // namespace

void DatasetBack(UiState& ui) {
  if (!ui.record_back.empty()) {
    std::string prev = ui.record_back.back();
    ui.record_back.pop_back();
    ui.record_id.clear();
    OpenRecord(ui, prev);  // pushes nothing: record_id was cleared
  } else {
    ui.record_id.clear();
    ++ui.mirror_generation;
  }
}

void DrawDatasetPanel(UiState& ui) {
  auto ds = wasm::CurrentDataset();
  if (!ds) {
    ImGui::TextDisabled("No dataset loaded.");
    return;
  }
  const DatasetInfo& info = GetDatasetInfo(*ds);
  if (!ui.record_id.empty()) {
    ImGui::BeginChild("record");
    DrawRecord(ui, info.as_of);
    ImGui::EndChild();
    return;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ui.focus_search) {
    ImGui::SetKeyboardFocusHere();
    ui.focus_search = false;
  }
  ImGui::InputTextWithHint("##search", "Search people, offices, meetings, treaties\xE2\x80\xA6",
                           &ui.search);
  ExposeItem("dataset.search");
  const bool enter =
      ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  if (ui.search != ui.search_done_for) {
    ui.search_done_for = ui.search;
    ui.hits = ui.search.empty() ? std::vector<SearchHit>() : SearchDataset(*ds, ui.search, 200);
    ++ui.mirror_generation;
  }
  if (ui.search.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s %s, as of %s: %zu records.", info.name.c_str(), info.version.c_str(),
                       info.as_of.c_str(), info.records);
    for (const auto& [collection, count] : info.counts) {
      ImGui::BulletText("%s: %zu", collection.c_str(), count);
    }
    return;
  }
  if (ui.hits.empty()) {
    ImGui::TextDisabled("Nothing matches \"%s\".", ui.search.c_str());
    return;
  }
  if (enter) {  // Enter opens the best hit
    OpenRecord(ui, ui.hits.front().id);
    return;
  }
  ImGui::BeginChild("hits");
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.hits.size()));
  std::string open;
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const SearchHit& h = ui.hits[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      char label[512];
      std::snprintf(label, sizeof label, "%s##hit", h.label.c_str());
      if (ImGui::Selectable(label)) open = h.id;
      char name[32];
      std::snprintf(name, sizeof name, "dataset.hit.%d", i);
      ExposeItem(name);
      ImGui::SameLine();
      ImGui::TextDisabled("%s \xC2\xB7 %s", h.kind.c_str(), h.detail.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (!open.empty()) OpenRecord(ui, open);
}

}  // namespace claimlight::app
