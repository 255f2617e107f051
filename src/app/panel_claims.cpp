// Claims pane: a sortable, filterable table (verdict, type, claim, confidence) and, for the
// selected claim, its card: verdict badge, explanation, how relative times were resolved, and
// each evidence record with its source link and "show in dataset".
#include <algorithm>
#include <cstdio>
#include <string>

#include "app.h"
#include "platform.h"

namespace claimlight::app {
namespace {

void RebuildOrder(UiState& ui) {
  const Report& r = ui.report;
  ui.claim_order.clear();
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    if (!ui.verdict_shown[static_cast<int>(c.verdict)]) continue;
    if (!ui.claim_filter.PassFilter(c.text.c_str()) &&
        !ui.claim_filter.PassFilter(c.explanation.c_str())) {
      continue;
    }
    ui.claim_order.push_back(static_cast<int>(i));
  }
  const int col = ui.sort_column;
  const bool desc = ui.sort_descending;
  if (col >= 0) {
    std::stable_sort(ui.claim_order.begin(), ui.claim_order.end(), [&](int a, int b) {
      const Claim& x = r.claims[static_cast<std::size_t>(a)];
      const Claim& y = r.claims[static_cast<std::size_t>(b)];
      int cmp = 0;
      switch (col) {
        case 0:
          cmp = static_cast<int>(x.verdict) - static_cast<int>(y.verdict);
          break;
        case 1:
          cmp = static_cast<int>(x.type) - static_cast<int>(y.type);
          break;
        case 2:
          cmp = static_cast<int>(x.start) - static_cast<int>(y.start);
          break;
        default:
          cmp = x.confidence < y.confidence ? -1 : (x.confidence > y.confidence ? 1 : 0);
      }
      return desc ? cmp > 0 : cmp < 0;
    });
  }
  ui.claim_order_generation = ui.report_generation;
}

// The time mentions inside a claim's span that were resolved against the article date.
void DrawTimeResolutions(const UiState& ui, const Claim& c) {
  bool any = false;
  for (const TimeMention& t : ui.report.times) {
    if (t.start < c.start || t.end > c.end) continue;
    bool in_notes = false;  // the engine may already have put the resolution in the notes
    for (const std::string& note : c.notes)
      in_notes |= !t.note.empty() && note.find(t.note) != std::string::npos;
    if (in_notes) continue;
    if (!any) ImGui::TextDisabled("Times");
    any = true;
    ImGui::Bullet();
    if (!t.note.empty()) {
      ImGui::TextWrapped("%s", t.note.c_str());
    } else {
      ImGui::TextWrapped("\"%s\" \xE2\x86\x92 %s (article date %s)", t.text.c_str(),
                         t.value.c_str(), ui.report.article_date.c_str());
    }
  }
}

}  // namespace

void DrawClaimCard(UiState& ui, const Claim& c) {
  ImGui::PushID(c.id.c_str());
  VerdictBadge(c.verdict, true);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s claim \xC2\xB7 confidence %.0f%% \xC2\xB7 %s", ToString(c.type),
                      c.confidence * 100.0, c.id.c_str());
  ExposeItem("card.header");
  if (GetFonts().title) ImGui::PushFont(GetFonts().title);
  ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", c.text.c_str());
  if (GetFonts().title) ImGui::PopFont();
  ImGui::Spacing();
  ImGui::TextWrapped("%s", c.explanation.c_str());
  ExposeItem("card.explanation");
  ImGui::Spacing();
  DrawTimeResolutions(ui, c);
  if (!c.notes.empty()) {
    ImGui::TextDisabled("Notes");
    for (const std::string& note : c.notes) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", note.c_str());
    }
  }
  ImGui::Spacing();
  ImGui::TextDisabled("Evidence (%zu)", c.evidence.size());
  if (c.evidence.empty()) ImGui::TextWrapped("The dataset has no record that decides this claim.");
  int n = 0;
  for (const Evidence& e : c.evidence) {
    ImGui::PushID(n);
    ImGui::Separator();
    if (GetFonts().bold) ImGui::PushFont(GetFonts().bold);
    ImGui::TextWrapped("%s", e.summary.c_str());
    if (GetFonts().bold) ImGui::PopFont();
    ImGui::TextDisabled("%s \xC2\xB7 %s", e.kind.c_str(), e.id.c_str());
    if (!e.source.empty()) {
      if (ImGui::SmallButton("Open source \xE2\x86\x97")) platform::OpenUrl(e.source);
      char name[48];
      std::snprintf(name, sizeof name, "card.source.%d", n);
      ExposeItem(name);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.source.c_str());
      ImGui::SameLine();
    }
    if (ImGui::SmallButton("Show in dataset")) OpenRecord(ui, e.id);
    if (!e.source.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", e.source.c_str());
    }
    ImGui::PopID();
    ++n;
  }
  ImGui::PopID();
}

void DrawClaimsPanel(UiState& ui) {
  if (!ui.has_report) {
    ImGui::TextDisabled("%s", ui.analysis_error.empty() ? "Waiting for the dataset\xE2\x80\xA6"
                                                        : ui.analysis_error.c_str());
    return;
  }
  const Report& r = ui.report;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ui.claim_filter.Draw("##filter", 200.0f)) ui.claim_order_generation = -1;
  if (!ui.claim_filter.IsActive()) {
    const ImVec2 p = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + 8, p.y + ImGui::GetStyle().FramePadding.y),
                                        TextColor(0.45f), "Filter claims (text, -exclude)");
  }
  if (r.claims.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped(ui.text.empty()
                           ? "Paste an article to see its checkable claims."
                           : "No checkable claims found: Claimlight looks for offices, meetings, "
                             "treaties and events of the officials in its dataset.");
    return;
  }

  const bool has_card = ui.selected_claim >= 0;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float table_h = has_card ? std::max(ImGui::GetFrameHeight() * 4, avail_h * 0.42f) : avail_h;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  // Narrow panes (phones, 800 px windows) drop the Type column and show the verdict as its
  // glyph (still not colour alone); the row tooltip and the card carry the rest.
  const bool narrow = ImGui::GetContentRegionAvail().x < 480.0f;
  const float verdict_w =
      ImGui::CalcTextSize(narrow ? "\xE2\x9C\x97" : "\xE2\x9C\x97 Contradicted").x + 8;
  if (ImGui::BeginTable("claims", narrow ? 3 : 4, flags, ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(narrow ? "" : "Verdict", ImGuiTableColumnFlags_WidthFixed, verdict_w);
    if (!narrow)
      ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed,
                              ImGui::CalcTextSize("quantity").x + 8);
    ImGui::TableSetupColumn("Claim",
                            ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort);
    ImGui::TableSetupColumn("Conf.", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("Conf.").x + 12);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
      if (specs->SpecsDirty && specs->SpecsCount > 0) {
        // Columns are verdict, [type], claim, confidence: map to the 4-column numbering.
        const int col = specs->Specs[0].ColumnIndex;
        ui.sort_column = narrow && col >= 1 ? col + 1 : col;
        ui.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        ui.claim_order_generation = -1;
        specs->SpecsDirty = false;
      }
    }
    if (ui.claim_order_generation != ui.report_generation) RebuildOrder(ui);

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ui.claim_order.size()));
    bool scrolled = false;
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const int index = ui.claim_order[static_cast<std::size_t>(row)];
        const Claim& c = r.claims[static_cast<std::size_t>(index)];
        ImGui::PushID(index);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = index == ui.selected_claim;
        char label[64];
        if (narrow) {
          std::snprintf(label, sizeof label, "%s", VerdictGlyph(c.verdict));
        } else {
          std::snprintf(label, sizeof label, "%s %s", VerdictGlyph(c.verdict),
                        VerdictWord(c.verdict));
        }
        ImGui::PushStyleColor(ImGuiCol_Text, VerdictInkVec(c.verdict));
        if (ImGui::Selectable(label, selected, ImGuiSelectableFlags_SpanAllColumns)) {
          SelectClaim(ui, selected ? -1 : index, false);
        }
        ImGui::PopStyleColor();
        ExposeItem(("claims.row." + c.id).c_str());
        if (selected && ui.scroll_claim_into_view) {
          ImGui::SetScrollHereY(0.3f);
          scrolled = true;
        }
        if (narrow && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", VerdictWord(c.verdict));
        if (!narrow) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(ToString(c.type));
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.text.c_str());
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
          ImGui::Text("%s %s \xC2\xB7 %s claim", VerdictGlyph(c.verdict), VerdictWord(c.verdict),
                      ToString(c.type));
          ImGui::TextUnformatted(c.explanation.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        ImGui::TableNextColumn();
        ImGui::Text("%.0f%%", c.confidence * 100.0);
        ImGui::PopID();
      }
    }
    // A selected row outside the clipped range: scroll to it by position.
    if (ui.scroll_claim_into_view && !scrolled) {
      for (std::size_t row = 0; row < ui.claim_order.size(); ++row) {
        if (ui.claim_order[row] == ui.selected_claim) {
          const float row_h = ImGui::GetTextLineHeightWithSpacing();
          ImGui::SetScrollY(static_cast<float>(row) * row_h - ImGui::GetWindowHeight() * 0.3f);
        }
      }
    }
    ui.scroll_claim_into_view = false;
    ImGui::EndTable();
  }
  if (ui.claim_order.empty()) ImGui::TextDisabled("All claims are hidden by the filters.");

  if (has_card && ui.selected_claim < static_cast<int>(r.claims.size())) {
    ImGui::BeginChild("card", ImVec2(0, 0), true);
    if (ImGui::SmallButton("\xE2\x86\x90 Back")) SelectClaim(ui, -1, false);
    ExposeItem("card.back");
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy claim")) {
      ImGui::SetClipboardText(r.claims[static_cast<std::size_t>(ui.selected_claim)].text.c_str());
      Toast(ui, "Claim copied");
    }
    ImGui::SameLine();
    ImGui::TextDisabled("J/K: next/previous \xC2\xB7 Esc: close");
    ImGui::Spacing();
    DrawClaimCard(ui, r.claims[static_cast<std::size_t>(ui.selected_claim)]);
    ImGui::EndChild();
  }
}

}  // namespace claimlight::app
