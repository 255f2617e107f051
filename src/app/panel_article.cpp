// Article pane. Edit: a multi-line input. Read: the text wrapped and highlighted from the
// report (claim spans tinted by verdict, people and places underlined, times marked), with a
// tooltip on hover and selection on click.
//
// Read mode lays the text out once per (report, width, font size) into pieces of uniform
// highlighting, and draws only the rows in view, so a 50 KB article costs little per frame.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "app.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "platform.h"

namespace claimlight::app {
namespace {

bool IsContinuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Highlight attributes of byte i (the first span containing it wins).
struct SpanIndex {
  std::vector<int> claim, entity, time;  // per byte, or empty
};

void BuildLayout(UiState& ui, float width) {
  ReadLayout& L = ui.layout;
  L.pieces.clear();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  L.width = width;
  L.font_size = size;
  L.line_height = std::floor(size * 1.45f);
  L.report_generation = ui.report_generation;
  L.valid = true;
  const std::string& text = ui.text;
  const std::size_t n = text.size();

  // Per-byte attributes. Only when the report belongs to this text (it may lag one debounce).
  std::vector<int> claim(n, -1), entity(n, -1), time(n, -1);
  const Report& r = ui.report;
  auto paint = [n](std::vector<int>& v, std::size_t a, std::size_t b, int id) {
    for (std::size_t i = std::min(a, n); i < std::min(b, n); ++i) {
      if (v[i] < 0) v[i] = id;
    }
  };
  if (ui.has_report) {
    for (std::size_t i = 0; i < r.claims.size(); ++i) {
      paint(claim, r.claims[i].start, r.claims[i].end, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < r.entities.size(); ++i) {
      const std::string& k = r.entities[i].kind;
      if (k == "person" || k == "place" || k == "country") {
        paint(entity, r.entities[i].start, r.entities[i].end, static_cast<int>(i));
      }
    }
    for (std::size_t i = 0; i < r.times.size(); ++i) {
      paint(time, r.times[i].start, r.times[i].end, static_cast<int>(i));
    }
  }

  float x = 0, y = 0;
  const float space_w = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
  std::size_t i = 0;
  while (i < n) {
    if (text[i] == '\n') {
      x = 0;
      y += L.line_height;
      ++i;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
      // A space takes the attributes of its byte (so a claim's inner spaces stay tinted).
      if (x > 0) {
        TextPiece p;
        p.start = i;
        p.end = i + 1;
        p.x = x;
        p.y = y;
        p.w = text[i] == '\t' ? space_w * 4 : (text[i] == '\r' ? 0 : space_w);
        p.claim = claim[i];
        p.entity = entity[i];
        p.time = time[i];
        x += p.w;
        L.pieces.push_back(p);
      }
      ++i;
      continue;
    }
    // A word: up to the next space/newline. Split where attributes change.
    std::size_t word_end = i;
    while (word_end < n && text[word_end] != ' ' && text[word_end] != '\n' &&
           text[word_end] != '\t' && text[word_end] != '\r') {
      ++word_end;
    }
    const float word_w =
        font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + i, text.data() + word_end).x;
    if (x > 0 && x + word_w > width) {
      x = 0;
      y += L.line_height;
    }
    std::size_t a = i;
    while (a < word_end) {
      std::size_t b = a + 1;
      while (b < word_end &&
             (IsContinuation(static_cast<unsigned char>(text[b])) ||
              (claim[b] == claim[a] && entity[b] == entity[a] && time[b] == time[a]))) {
        ++b;
      }
      TextPiece p;
      p.start = a;
      p.end = b;
      p.x = x;
      p.y = y;
      p.w = font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + a, text.data() + b).x;
      p.claim = claim[a];
      p.entity = entity[a];
      p.time = time[a];
      x += p.w;
      L.pieces.push_back(p);
      a = b;
    }
    i = word_end;
  }
  L.height = y + L.line_height;
}

const TextPiece* FirstPieceOfClaim(const ReadLayout& L, int claim) {
  for (const TextPiece& p : L.pieces) {
    if (p.claim == claim) return &p;
  }
  return nullptr;
}

void DrawClaimTooltip(const UiState& ui, int claim_index) {
  const Claim& c = ui.report.claims[static_cast<std::size_t>(claim_index)];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  VerdictBadge(c.verdict);
  ImGui::SameLine();
  ImGui::TextDisabled("%s claim \xC2\xB7 %.0f%% confident", ToString(c.type), c.confidence * 100.0);
  ImGui::TextUnformatted(c.explanation.c_str());
  ImGui::TextDisabled("Click to open its card");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void DrawReadMode(UiState& ui) {
  ImGui::BeginChild("read", ImVec2(0, 0), false, ImGuiWindowFlags_NoMove);
  const float width = ImGui::GetContentRegionAvail().x - 4.0f;
  if (!ui.layout.valid || ui.layout.report_generation != ui.report_generation ||
      std::fabs(ui.layout.width - width) > 0.5f ||
      std::fabs(ui.layout.font_size - ImGui::GetFontSize()) > 0.01f) {
    BuildLayout(ui, width);
  }
  const ReadLayout& L = ui.layout;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, L.height));  // gives the child its scroll extent
  ExposeRect("article.read", ImGui::GetWindowPos(),
             ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                    ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));

  if (ui.scroll_text_to_claim && ui.selected_claim >= 0) {
    if (const TextPiece* p = FirstPieceOfClaim(L, ui.selected_claim)) {
      const float target = p->y - ImGui::GetWindowHeight() * 0.3f;
      ImGui::SetScrollY(std::max(0.0f, target));
    }
  }
  ui.scroll_text_to_claim = false;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float clip_top = ImGui::GetWindowPos().y;
  const float clip_bottom = clip_top + ImGui::GetWindowHeight();
  // Pieces are sorted by y: find the first row in view.
  const float first_y = clip_top - origin.y - L.line_height;
  auto it = std::lower_bound(L.pieces.begin(), L.pieces.end(), first_y,
                             [](const TextPiece& p, float y) { return p.y < y; });
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered_window = ImGui::IsWindowHovered();
  int hovered_claim = -1;
  const float fs = L.font_size;
  const float pad_y = std::floor((L.line_height - fs) * 0.5f);
  const ImU32 text_col = TextColor();
  const Report& r = ui.report;
  for (; it != L.pieces.end(); ++it) {
    const TextPiece& p = *it;
    const float top = origin.y + p.y;
    if (top > clip_bottom) break;
    const ImVec2 a(origin.x + p.x, top + pad_y - 1);
    const ImVec2 b(a.x + p.w, top + pad_y + fs + 2);
    if (p.claim >= 0) {
      const Claim& c = r.claims[static_cast<std::size_t>(p.claim)];
      const bool shown = ui.verdict_shown[static_cast<int>(c.verdict)];
      const bool selected = p.claim == ui.selected_claim;
      if (shown) {
        dl->AddRectFilled(a, b, VerdictColor(c.verdict, selected ? 0.55f : 0.26f));
        dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), VerdictColor(c.verdict), 2.0f);
      }
      if (hovered_window && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) {
        hovered_claim = p.claim;
      }
    }
    if (p.end > p.start && ui.text[p.start] != ' ') {
      dl->AddText(ImGui::GetFont(), fs, ImVec2(a.x, top + pad_y), text_col,
                  ui.text.data() + p.start, ui.text.data() + p.end);
    }
    if (p.entity >= 0) {
      const float uy = top + pad_y + fs - 1.0f;
      dl->AddLine(ImVec2(a.x, uy), ImVec2(b.x, uy), TextColor(0.75f), 1.0f);
    }
    if (p.time >= 0) {
      // Dotted underline in sky blue for time expressions.
      const float uy = b.y + 1.0f;
      for (float dx = a.x; dx < b.x; dx += 4.0f) {
        dl->AddRectFilled(ImVec2(dx, uy), ImVec2(std::min(dx + 2.0f, b.x), uy + 2.0f),
                          TimeMarkColor());
      }
      if (hovered_window && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y &&
          mouse.y < b.y + 3 && hovered_claim < 0) {
        const TimeMention& t = r.times[static_cast<std::size_t>(p.time)];
        ImGui::SetTooltip("%s \xE2\x86\x92 %s%s%s", t.text.c_str(), t.value.c_str(),
                          t.note.empty() ? "" : "\n", t.note.c_str());
      }
    }
  }
  if (hovered_claim >= 0) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    DrawClaimTooltip(ui, hovered_claim);
    if (ImGui::IsMouseClicked(0)) SelectClaim(ui, hovered_claim, true);
  }
  if (ui.selected_claim >= 0) {
    // Outline the selected claim's pieces that are in view.
    for (const TextPiece& p : L.pieces) {
      if (p.claim != ui.selected_claim) continue;
      const float top = origin.y + p.y;
      if (top > clip_bottom || top + L.line_height < clip_top) continue;
      const ImVec2 a(origin.x + p.x - 1, top + pad_y - 2);
      dl->AddRect(a, ImVec2(a.x + p.w + 2, top + pad_y + fs + 3),
                  VerdictColor(r.claims[static_cast<std::size_t>(p.claim)].verdict), 2.0f, 0, 1.5f);
    }
  }
  ImGui::EndChild();
}

}  // namespace

void DrawArticlePanel(UiState& ui) {
  // Mode switch and a short legend.
  const bool edit = ui.mode == ArticleMode::kEdit;
  if (edit) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button("Edit")) {
    ui.mode = ArticleMode::kEdit;
    ui.settings_dirty = true;
  }
  ExposeItem("article.mode.edit");
  if (edit) ImGui::PopStyleColor();
  ImGui::SameLine(0, 2);
  if (!edit)
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button("Read")) {
    ui.mode = ArticleMode::kRead;
    ui.settings_dirty = true;
    RunPendingAnalysis(ui, platform::NowMs(), true);
  }
  ExposeItem("article.mode.read");
  if (!edit) ImGui::PopStyleColor();
  ImGui::SameLine();
  if (edit) {
    ImGui::TextDisabled("Paste or type an article (Ctrl+V), or drop a .txt/.md file");
  } else if (ImGui::GetContentRegionAvail().x > 430.0f) {
    ImGui::TextDisabled(
        "Tinted: claims \xC2\xB7 underlined: people, places \xC2\xB7 dotted: times");
  } else {
    ImGui::TextDisabled("Hover a tinted claim; click to open it");
  }
  if (ui.text.empty() && !edit) ui.mode = ArticleMode::kEdit;

  if (ui.mode == ArticleMode::kEdit) {
    if (ui.focus_editor) {
      ImGui::SetKeyboardFocusHere();
      ui.focus_editor = false;
    }
    const ImVec2 size(-FLT_MIN, -FLT_MIN);
    if (ImGui::InputTextMultiline("##article", &ui.text, size, ImGuiInputTextFlags_None)) {
      MarkTextEdited(ui);
    }
    ExposeItem("article.input");
    if (ui.text.empty()) {
      // A friendly placeholder (InputTextMultiline has no hint in 1.86).
      const ImVec2 p = ImGui::GetItemRectMin();
      const float wrap = ImGui::GetItemRectSize().x - 20.0f;
      const char* hint =
          "Paste a news article here.\n\nClaimlight highlights who holds which office, who met "
          "whom, where and when, and which treaties were signed \xE2\x80\x94 and checks each "
          "against its dataset.\n\nNothing leaves your browser.";
      ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                          ImVec2(p.x + 10, p.y + 8), TextColor(0.45f), hint,
                                          nullptr, wrap);
    }
  } else {
    DrawReadMode(ui);
  }
}

}  // namespace claimlight::app
