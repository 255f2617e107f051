// Claimlight widget: UI state and the panels that draw it.
//
// The UI owns no engine data beyond the last Report it was handed: every frame DrawApp() reads
// UiState and the const Report and draws the panels. An edit marks the text dirty; the analysis
// runs once, debounced (RunPendingAnalysis): off the page's thread when the platform has an
// analysis worker (the report comes back later through DeliverAnalysis), else right there.
// Platform services (clipboard, storage, URLs, the
// DOM mirror) come through platform.h, implemented once per platform (platform_web.cpp).
//
// Files: app.cpp (layout, analysis scheduling, keyboard), one file per panel (panel_*.cpp),
// theme.cpp (colours, verdict palette, fonts), mirror.cpp (the accessible DOM mirror).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claimlight/claimlight.h"
#include "imgui.h"

namespace claimlight::app {

enum class ArticleMode { kEdit, kRead };
enum class ThemeKind { kDark, kLight };
enum class RightTab { kClaims, kDataset };

// One laid-out piece of the Read-mode text: a run of bytes with uniform highlighting.
struct TextPiece {
  std::size_t start = 0, end = 0;  // byte span in the article
  float x = 0, y = 0, w = 0;       // position relative to the text origin
  int claim = -1;                  // index into report.claims, or -1
  int entity = -1;                 // index into report.entities, or -1
  int time = -1;                   // index into report.times, or -1
};

struct ReadLayout {
  std::vector<TextPiece> pieces;
  float width = 0, font_size = 0, height = 0, line_height = 0;
  int report_generation = -1;
  bool valid = false;
};

struct UiState {
  // --- article ---
  std::string text;
  std::string date_field;  // what the date field holds; empty: detect the dateline
  ArticleMode mode = ArticleMode::kEdit;
  bool focus_editor = false;

  // --- analysis (written only by RunPendingAnalysis and DeliverAnalysis) ---
  bool dirty = true;  // the text, date or dataset changed since the last analysis was started
  double last_edit_ms = 0;
  Report report;
  bool has_report = false;
  int report_generation = 0;
  double analysis_ms = 0;
  std::size_t analysed_bytes = 0;
  std::string analysis_error;
  int dataset_generation_seen = -1;
  // Analyses are numbered; one at a time is with the worker. An answer for an older number, or
  // one that arrives after a newer edit, is dropped (the newer text is analysed next).
  int analysis_seq = 0;        // the last analysis started
  int analysis_in_flight = 0;  // its number while the worker has it, else 0
  int analysis_in_flight_dataset = -1;
  double analysis_started_ms = 0;
  int analyses_dropped = 0;          // superseded answers (for tests and the status tooltip)
  bool analysis_off_thread = false;  // how the report on screen was made

  // --- claims ---
  bool verdict_shown[4] = {true, true, true, true};  // indexed by Verdict
  ImGuiTextFilter claim_filter;
  int selected_claim = -1;
  bool scroll_claim_into_view = false;
  bool scroll_text_to_claim = false;
  std::vector<int> claim_order;  // visible claims in table order (indices into report.claims)
  int claim_order_generation = -1;
  int sort_column = -1;
  bool sort_descending = false;

  // --- dataset browser ---
  RightTab tab = RightTab::kClaims;
  bool request_tab = false;
  std::string search;
  std::string search_done_for = "\x01";
  std::vector<SearchHit> hits;
  std::string record_id;
  RecordView record;
  bool record_found = false;
  std::vector<std::string> record_back;
  bool focus_search = false;

  // --- read layout cache ---
  ReadLayout layout;

  // --- settings, persisted ---
  ThemeKind theme = ThemeKind::kDark;
  float zoom = 1.0f;
  bool settings_dirty = false;
  bool text_dirty_for_storage = false;
  double last_save_ms = 0;

  // --- status and messages ---
  std::string banner;  // an error the user should see (e.g. a malformed dropped dataset)
  double first_frame_ms = -1;
  bool show_help = false;
  bool show_about = false;
  std::string toast;  // short confirmation ("Copied"), shown in the status bar
  double toast_until_ms = 0;

  // --- samples ---
  std::vector<std::string> sample_names;  // file names under the samples folder
  std::string samples_dir;

  int mirror_generation_sent = -1;
  int mirror_generation = 0;  // bumped when what the mirror shows changed
  // Bumped when only the small status fields changed (text size, analysis pending): published
  // as a partial update, so typing in a long article does not rebuild the whole mirror.
  int status_generation_sent = -1;
  int status_generation = 0;
};

// Top level: lays out the panels for this frame (call between ImGui::NewFrame and Render).
void DrawApp(UiState& ui);
// Re-runs the analysis when the text, date or dataset changed and the debounce has passed:
// hands it to the platform's worker (platform::StartAnalysis) or, without one, runs it here.
void RunPendingAnalysis(UiState& ui, double now_ms, bool force = false);
// The worker's answer to analysis `seq`: a report, or the engine's refusal (the previous report
// stays on screen). Dropped when stale.
void DeliverAnalysis(UiState& ui, int seq, const Status& status, Report report, double ms);
// The worker is gone (did not start, crashed, answered garbage): analysis `seq` and all later
// ones run on the page's thread (platform::StartAnalysis returns false from now on).
void AnalysisWorkerFailed(UiState& ui, int seq);
// Whether an analysis is under way or due (the status bar's "analysing…"/"typing…").
bool AnalysisPending(const UiState& ui);
// Marks the article edited (analysis and storage follow, debounced).
void MarkTextEdited(UiState& ui);
// Loads text and settings from storage; call once at start.
void RestoreState(UiState& ui);
// Writes text and settings to storage when they changed (debounced).
void PersistState(UiState& ui, double now_ms);
// Inserts pasted text into the article when no text field has focus.
void PasteIntoArticle(UiState& ui, const std::string& text);
// Publishes the accessible DOM mirror and the test-facing state when they changed.
void PublishMirror(UiState& ui);

// Panels, one file each.
void DrawTopBar(UiState& ui);
void DrawArticlePanel(UiState& ui);
void DrawClaimsPanel(UiState& ui);
void DrawClaimCard(UiState& ui, const Claim& claim);
void DrawDatasetPanel(UiState& ui);
void DrawStatusBar(UiState& ui);
void DrawHelpWindows(UiState& ui);

// Selecting and navigating.
void SelectClaim(UiState& ui, int index, bool from_text);
void OpenRecord(UiState& ui, const std::string& id);
void DatasetBack(UiState& ui);  // the previous record page, or the search
void Toast(UiState& ui, std::string message);

// Theme and verdict vocabulary (theme.cpp).
void ApplyTheme(ThemeKind theme);
ImU32 VerdictColor(Verdict v, float alpha = 1.0f);
ImVec4 VerdictColorVec(Verdict v, float alpha = 1.0f);
ImVec4 VerdictInkVec(Verdict v);  // for text drawn in a verdict's colour
const char* VerdictGlyph(Verdict v);
const char* VerdictWord(Verdict v);  // "Supported", ...
ImU32 TimeMarkColor();
ImU32 TextColor(float alpha = 1.0f);
void VerdictBadge(Verdict v, bool large = false);  // glyph + word on a tinted pill

// Fonts (theme.cpp): regular, bold, title.
struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
};
Fonts& GetFonts();
// (Re)builds the font atlas for a UI zoom and a device pixel ratio; returns false when the font
// file is missing (ImGui's default font is used then).
bool BuildFonts(const std::string& ttf_regular, const std::string& ttf_bold, float zoom,
                float pixel_ratio);

// Exposes the last item's rectangle under a stable name (tests click real coordinates).
void ExposeItem(const char* name);
void ExposeRect(const std::string& name, ImVec2 min, ImVec2 max);
// JSON of all exposed rectangles of this frame, and whether it changed since the last call.
bool TakeExposedRects(std::string* json);
void ClearExposedRects();

}  // namespace claimlight::app
