// Top bar: the menu (Samples, Export, View, Help) and the row below it with the article date,
// the dataset's identity and the verdict chips (which count and filter).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "app.h"
#include "dataset_store.h"
#include "imgui_stdlib.h"
#include "platform.h"

namespace claimlight::app {
namespace {

bool IsValidDateField(const std::string& s) {
  if (s.empty()) return true;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

void LoadSample(UiState& ui, const std::string& name) {
  std::ifstream in(ui.samples_dir + "/" + name, std::ios::binary);
  if (!in) {
    ui.banner = "Could not open the sample " + name;
    return;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  ui.text = ss.str();
  ui.date_field.clear();
  ui.settings_dirty = true;
  ui.mode = ArticleMode::kRead;
  MarkTextEdited(ui);
  RunPendingAnalysis(ui, platform::NowMs(), true);
}

void DrawExportMenu(UiState& ui) {
  const bool have = ui.has_report;
  struct Item {
    const char* label;
    ReportFormat format;
    const char* file;
    const char* mime;
  };
  static const Item kItems[] = {
      {"JSON report", ReportFormat::kJson, "claimlight-report.json", "application/json"},
      {"Markdown", ReportFormat::kMarkdown, "claimlight-report.md", "text/markdown"},
      {"ClaimReview JSON-LD", ReportFormat::kClaimReview, "claimlight-claimreview.jsonld",
       "application/ld+json"},
      {"Plain text", ReportFormat::kText, "claimlight-report.txt", "text/plain"},
  };
  ImGui::TextDisabled("Download");
  for (const Item& item : kItems) {
    ImGui::PushID(item.file);
    if (ImGui::MenuItem(item.label, nullptr, false, have)) {
      platform::SaveFile(item.file, item.mime, FormatReport(ui.report, item.format));
    }
    ExposeItem((std::string("export.") + item.file).c_str());
    ImGui::PopID();
  }
  ImGui::Separator();
  ImGui::TextDisabled("Copy to clipboard");
  for (const Item& item : kItems) {
    ImGui::PushID(item.label);
    char label[64];
    std::snprintf(label, sizeof label, "Copy %s", item.label);
    if (ImGui::MenuItem(label, nullptr, false, have)) {
      ImGui::SetClipboardText(FormatReport(ui.report, item.format).c_str());
      Toast(ui, "Copied");
    }
    ImGui::PopID();
  }
}

void DrawChips(UiState& ui) {
  const Summary& s = ui.report.summary;
  const int counts[4] = {s.supported, s.contradicted, s.mixed, s.unverifiable};
  const Verdict verdicts[4] = {Verdict::kSupported, Verdict::kContradicted, Verdict::kMixed,
                               Verdict::kUnverifiable};
  for (int i = 0; i < 4; ++i) {
    const Verdict v = verdicts[i];
    const bool on = ui.verdict_shown[i];
    char label[64];
    std::snprintf(label, sizeof label, "%s %s %d###chip%d", VerdictGlyph(v), VerdictWord(v),
                  ui.has_report ? counts[i] : 0, i);
    // Wrap the chips on narrow screens instead of clipping them.
    if (i > 0) {
      const float w =
          ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
      if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 999.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
    ImGui::PushStyleColor(ImGuiCol_Border, VerdictColorVec(v, on ? 1.0f : 0.45f));
    ImGui::PushStyleColor(ImGuiCol_Button, VerdictColorVec(v, on ? 0.30f : 0.04f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, VerdictColorVec(v, on ? 0.45f : 0.15f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, VerdictColorVec(v, 0.6f));
    if (!on) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (ImGui::Button(label)) {
      ui.verdict_shown[i] = !ui.verdict_shown[i];
      ui.settings_dirty = true;
      ui.claim_order_generation = -1;
      ++ui.mirror_generation;
    }
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s claims: click to %s them in the table", VerdictWord(v),
                        on ? "hide" : "show");
    }
    char name[32];
    std::snprintf(name, sizeof name, "chip.%s", ToString(v));
    ExposeItem(name);
    if (!on) ImGui::PopStyleColor();
    ImGui::PopStyleColor(4);
    ImGui::PopStyleVar(2);
    if (i < 3) ImGui::SameLine();
  }
}

}  // namespace

void DrawTopBar(UiState& ui) {
  if (ImGui::BeginMenuBar()) {
    if (GetFonts().bold) ImGui::PushFont(GetFonts().bold);
    ImGui::TextColored(VerdictColorVec(Verdict::kMixed), "\xE2\x97\x90");  // ◐ logo
    ImGui::Text("Claimlight");
    if (GetFonts().bold) ImGui::PopFont();
    if (ImGui::BeginMenu("Samples")) {
      if (ui.sample_names.empty()) ImGui::TextDisabled("No sample articles bundled");
      for (const std::string& name : ui.sample_names) {
        if (ImGui::MenuItem(name.c_str())) LoadSample(ui, name);
      }
      ImGui::EndMenu();
    }
    ExposeItem("menu.samples");
    const bool export_open = ImGui::BeginMenu("Export");
    ExposeItem("menu.export");
    if (export_open) {
      DrawExportMenu(ui);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
      if (ImGui::MenuItem("Dark theme", nullptr, ui.theme == ThemeKind::kDark)) {
        ui.theme = ThemeKind::kDark;
        ApplyTheme(ui.theme);
        ui.settings_dirty = true;
      }
      if (ImGui::MenuItem("Light theme", nullptr, ui.theme == ThemeKind::kLight)) {
        ui.theme = ThemeKind::kLight;
        ApplyTheme(ui.theme);
        ui.settings_dirty = true;
      }
      ImGui::Separator();
      if (ImGui::MenuItem("Zoom in", "Ctrl +")) platform::RequestZoom(ui.zoom * 1.1f);
      if (ImGui::MenuItem("Zoom out", "Ctrl -")) platform::RequestZoom(ui.zoom / 1.1f);
      if (ImGui::MenuItem("Reset zoom", "Ctrl 0")) platform::RequestZoom(1.0f);
      ImGui::Separator();
      if (ImGui::MenuItem("Edit article", nullptr, ui.mode == ArticleMode::kEdit)) {
        ui.mode = ArticleMode::kEdit;
        ui.settings_dirty = true;
      }
      if (ImGui::MenuItem("Read with highlights", nullptr, ui.mode == ArticleMode::kRead)) {
        ui.mode = ArticleMode::kRead;
        ui.settings_dirty = true;
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
      if (ImGui::MenuItem("How to use")) ui.show_help = true;
      if (ImGui::MenuItem("About Claimlight")) ui.show_about = true;
      ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
  }

  // Row: date field, dataset identity, chips.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Article date");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x +
                          2 * ImGui::GetStyle().FramePadding.x + 4);
  const std::string& detected = ui.report.article_date;
  const char* hint = (ui.has_report && !detected.empty()) ? detected.c_str() : "YYYY-MM-DD";
  std::string field = ui.date_field;
  const bool valid = IsValidDateField(field);
  if (!valid)
    ImGui::PushStyleColor(ImGuiCol_FrameBg, VerdictColorVec(Verdict::kContradicted, 0.35f));
  if (ImGui::InputTextWithHint("##date", hint, &field, ImGuiInputTextFlags_CharsNoBlank)) {
    if (field.size() <= 10) {
      ui.date_field = field;
      ui.settings_dirty = true;
      if (IsValidDateField(field)) MarkTextEdited(ui);
    }
  }
  if (!valid) ImGui::PopStyleColor();
  ExposeItem("topbar.date");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "The article's publication date. Leave empty to read it from the dateline.\n"
        "Relative times (\"last month\") and titles are judged at this date.");
  }
  if (ui.has_report) {
    ImGui::SameLine();
    const std::string& src = ui.report.article_date_source;
    if (src == "dateline") {
      ImGui::TextDisabled("from the dateline");
    } else if (src == "option") {
      ImGui::TextDisabled("set by you");
    } else if (!ui.text.empty()) {
      ImGui::TextColored(VerdictInkVec(Verdict::kMixed), "no date found: type one");
    } else {
      ImGui::TextDisabled("or from the dateline");
    }
  }
  // Dataset identity on the right of the row.
  auto ds = wasm::CurrentDataset();
  if (ds) {
    const DatasetInfo& info = GetDatasetInfo(*ds);
    char label[256];
    std::snprintf(label, sizeof label, "%s %s \xC2\xB7 as of %s", info.name.c_str(),
                  info.version.c_str(), info.as_of.c_str());
    const float w = ImGui::CalcTextSize(label).x;
    const float x = ImGui::GetWindowContentRegionMax().x - w;
    const float row_end =
        ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;  // last item's right edge
    if (x > row_end + 16) {
      ImGui::SameLine(x);
      ImGui::TextDisabled("%s", label);
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(
            "Reference dataset: %zu records, licence %s.\nFacts after %s are not "
            "known to it.",
            info.records, info.licence.c_str(), info.as_of.c_str());
      }
    }  // else: no room on this row (phones); the Dataset tab names the dataset
  }
  DrawChips(ui);
}

}  // namespace claimlight::app
