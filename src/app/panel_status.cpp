// Status bar (analysis time, dataset counts, messages) and the Help / About windows.
#include <cstdio>
#include <string>

#include "app.h"
#include "dataset_store.h"
#include "platform.h"

namespace claimlight::app {
namespace {
constexpr double kShowAnalysingAfterMs = 150.0;
}  // namespace

void DrawStatusBar(UiState& ui) {
  ImGui::Separator();
  ImGui::AlignTextToFramePadding();
  auto ds = wasm::CurrentDataset();
  if (!ui.analysis_error.empty()) {
    ImGui::TextColored(VerdictInkVec(Verdict::kContradicted), "%s", ui.analysis_error.c_str());
    ImGui::SameLine();
  }
  // While an edit waits for its report: "typing…" through the debounce, then "analysing…" once
  // the analysis has run for a moment (a quick one never shows it, so nothing blinks).
  const bool analysing = ui.analysis_in_flight != 0 &&
                         platform::NowMs() - ui.analysis_started_ms > kShowAnalysingAfterMs;
  const char* busy = analysing             ? " \xC2\xB7 analysing\xE2\x80\xA6"
                     : AnalysisPending(ui) ? " \xC2\xB7 typing\xE2\x80\xA6"
                                           : "";
  if (ui.has_report) {
    ImGui::TextDisabled("%d claims \xC2\xB7 analysed %zu bytes in %.1f ms%s ",
                        ui.report.summary.claims, ui.analysed_bytes, ui.analysis_ms, busy);
  } else if (ds && analysing) {
    ImGui::TextDisabled("Analysing\xE2\x80\xA6");
  } else {
    ImGui::TextDisabled(ds ? "Ready" : "Loading the dataset\xE2\x80\xA6");
  }
  if (ImGui::IsItemHovered() && ui.has_report) {
    ImGui::SetTooltip(ui.analysis_off_thread
                          ? "Analysed in a background worker: the page stays responsive."
                          : "Analysed on the page's thread (no background worker here).");
  }
  ExposeItem("status.analysis");
  if (ds) {
    const DatasetInfo& info = GetDatasetInfo(*ds);
    std::string counts;
    for (const auto& [name, count] : info.counts) {
      if (!counts.empty()) counts += ", ";
      counts += std::to_string(count) + " " + name;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("\xC2\xB7 dataset: %zu records", info.records);
    if (ImGui::IsItemHovered() && !counts.empty()) ImGui::SetTooltip("%s", counts.c_str());
  }
  if (!ui.toast.empty() && platform::NowMs() < ui.toast_until_ms) {
    ImGui::SameLine();
    ImGui::TextColored(VerdictInkVec(Verdict::kSupported), "\xC2\xB7 %s", ui.toast.c_str());
  }
  const char* hint = "F1: help";
  ImGui::SameLine();
  const float hint_x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(hint).x;
  if (hint_x > ImGui::GetCursorPosX() + 8) {
    ImGui::SetCursorPosX(hint_x);
    ImGui::TextDisabled("%s", hint);
  } else {
    ImGui::NewLine();
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && ui.show_help)
    ui.show_help = false;
}

void DrawHelpWindows(UiState& ui) {
  if (ImGui::IsKeyPressed(290 /* GLFW_KEY_F1 */)) ui.show_help = !ui.show_help;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (ui.show_help) {
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
        ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->WorkSize.x - 40), 0), ImGuiCond_Appearing);
    if (ImGui::Begin("How to use Claimlight", &ui.show_help, ImGuiWindowFlags_NoSavedSettings)) {
      ImGui::TextWrapped(
          "Paste a news article (Ctrl+V) or drop a .txt/.md file. Claimlight finds the "
          "claims it can check against its dataset and gives each a verdict:");
      for (Verdict v :
           {Verdict::kSupported, Verdict::kContradicted, Verdict::kMixed, Verdict::kUnverifiable}) {
        VerdictBadge(v);
        ImGui::SameLine();
        switch (v) {
          case Verdict::kSupported:
            ImGui::TextUnformatted("the dataset confirms it");
            break;
          case Verdict::kContradicted:
            ImGui::TextUnformatted("the dataset says otherwise");
            break;
          case Verdict::kMixed:
            ImGui::TextUnformatted("part right, part wrong or imprecise");
            break;
          case Verdict::kUnverifiable:
            ImGui::TextUnformatted("in scope, but no record decides it");
            break;
        }
      }
      ImGui::Separator();
      ImGui::TextUnformatted("Keyboard");
      ImGui::BulletText("J / K or Down / Up: next / previous claim");
      ImGui::BulletText("Esc: close the card");
      ImGui::BulletText("Ctrl+C (outside the editor): copy the selected claim");
      ImGui::BulletText("Ctrl + / Ctrl - / Ctrl 0: zoom");
      ImGui::BulletText("Tab: move between controls; F1: this help");
      ImGui::Separator();
      ImGui::TextWrapped(
          "The article date decides how \"last month\" and titles are read. It is "
          "taken from the dateline; type one in the date field to override it.");
      ImGui::TextWrapped(
          "Drop a dataset bundle (.json) onto the page to check against another "
          "dataset; a malformed one is refused and the current one stays in use.");
    }
    ImGui::End();
  }
  if (ui.show_about) {
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
        ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("About Claimlight", &ui.show_about,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextUnformatted("Claimlight: an offline fact-checking widget.");
      ImGui::TextUnformatted("Everything runs in your browser; nothing you paste leaves it.");
      auto ds = wasm::CurrentDataset();
      if (ds) {
        const DatasetInfo& info = GetDatasetInfo(*ds);
        ImGui::Text("Dataset: %s %s (as of %s), licence %s", info.name.c_str(),
                    info.version.c_str(), info.as_of.c_str(), info.licence.c_str());
      }
      ImGui::TextDisabled("Built with Dear ImGui %s", IMGUI_VERSION);
    }
    ImGui::End();
  }
}

}  // namespace claimlight::app
