// Colours, the verdict vocabulary and fonts.
//
// Verdict colours come from the Okabe–Ito palette, which stays distinct under the common
// colour-vision deficiencies; every verdict also has a glyph and a word, so colour is never
// the only signal.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app.h"

namespace claimlight::app {
namespace {

ThemeKind g_theme = ThemeKind::kDark;

struct Rgb {
  float r, g, b;
};

Rgb VerdictRgb(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return {0.0f, 0.620f, 0.451f};  // bluish green #009E73
    case Verdict::kContradicted:
      return {0.835f, 0.369f, 0.0f};  // vermillion #D55E00
    case Verdict::kMixed:
      return {0.902f, 0.624f, 0.0f};  // orange #E69F00
    case Verdict::kUnverifiable:
      break;
  }
  return {0.55f, 0.55f, 0.58f};  // neutral grey
}

std::vector<char> g_regular_ttf, g_bold_ttf;

bool ReadAll(const std::string& path, std::vector<char>* out) {
  if (!out->empty()) return true;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !out->empty();
}

}  // namespace

void ApplyTheme(ThemeKind theme) {
  g_theme = theme;
  ImGuiStyle& style = ImGui::GetStyle();
  const float scale_keep = style.MouseCursorScale;
  style = ImGuiStyle();
  style.MouseCursorScale = scale_keep;
  if (theme == ThemeKind::kDark) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.105f, 0.113f, 0.128f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.125f, 0.135f, 0.152f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.140f, 0.150f, 0.170f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.180f, 0.192f, 0.215f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.26f, 0.42f, 0.62f, 0.55f);
    c[ImGuiCol_Text] = ImVec4(0.92f, 0.93f, 0.95f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.975f, 0.975f, 0.970f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.925f, 0.930f, 0.940f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
  }
  style.WindowRounding = 0.0f;
  style.ChildRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.PopupRounding = 6.0f;
  style.TabRounding = 4.0f;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 4);
  style.WindowPadding = ImVec2(10, 10);
  style.ScrollbarSize = 14.0f;
}

ImU32 VerdictColor(Verdict v, float alpha) {
  Rgb c = VerdictRgb(v);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, alpha));
}

ImVec4 VerdictColorVec(Verdict v, float alpha) {
  Rgb c = VerdictRgb(v);
  return ImVec4(c.r, c.g, c.b, alpha);
}

ImVec4 VerdictInkVec(Verdict v) {
  // Text in a verdict colour: darker on the light theme so it keeps its contrast.
  Rgb c = VerdictRgb(v);
  const float k = g_theme == ThemeKind::kLight ? 0.62f : 1.0f;
  return ImVec4(c.r * k, c.g * k, c.b * k, 1.0f);
}

const char* VerdictGlyph(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return "\xE2\x9C\x93";  // ✓
    case Verdict::kContradicted:
      return "\xE2\x9C\x97";  // ✗
    case Verdict::kMixed:
      return "\xE2\x97\x90";  // ◐
    case Verdict::kUnverifiable:
      break;
  }
  return "?";
}

const char* VerdictWord(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return "Supported";
    case Verdict::kContradicted:
      return "Contradicted";
    case Verdict::kMixed:
      return "Mixed";
    case Verdict::kUnverifiable:
      break;
  }
  return "Unverifiable";
}

ImU32 TimeMarkColor() {
  // Okabe–Ito sky blue, darker on the light theme for contrast.
  return g_theme == ThemeKind::kDark ? IM_COL32(86, 180, 233, 255) : IM_COL32(0, 114, 178, 255);
}

ImU32 TextColor(float alpha) {
  ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

void VerdictBadge(Verdict v, bool large) {
  if (large && GetFonts().bold) ImGui::PushFont(GetFonts().bold);
  char label[64];
  std::snprintf(label, sizeof label, "%s %s", VerdictGlyph(v), VerdictWord(v));
  const ImVec2 pad(large ? 10.0f : 6.0f, large ? 4.0f : 1.0f);
  const ImVec2 size = ImGui::CalcTextSize(label);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 q(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, q, VerdictColor(v, g_theme == ThemeKind::kDark ? 0.28f : 0.18f),
                    (q.y - p.y) * 0.5f);
  dl->AddRect(p, q, VerdictColor(v), (q.y - p.y) * 0.5f, 0, 1.5f);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), TextColor(), label);
  ImGui::Dummy(ImVec2(q.x - p.x, q.y - p.y));
  if (large && GetFonts().bold) ImGui::PopFont();
}

Fonts& GetFonts() {
  static Fonts fonts;
  return fonts;
}

bool BuildFonts(const std::string& ttf_regular, const std::string& ttf_bold, float zoom,
                float pixel_ratio) {
  // Latin (incl. Extended-A/B for Erdoğan, Łódź), Greek, Cyrillic, general punctuation,
  // currency, arrows, box drawing and geometric shapes (verdict glyphs), dingbats (✓ ✗).
  static const ImWchar kRanges[] = {0x0020, 0x024F, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x052F,
                                    0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x215F,
                                    0x2190, 0x21FF, 0x2200, 0x22FF, 0x2500, 0x25FF, 0x2600, 0x26FF,
                                    0x2700, 0x27BF, 0xFFFD, 0xFFFD, 0};
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts& fonts = GetFonts();
  fonts = Fonts();
  const float ratio = pixel_ratio > 0.5f ? pixel_ratio : 1.0f;
  const float base = 16.0f * zoom;
  bool ok = ReadAll(ttf_regular, &g_regular_ttf);
  const bool bold_ok = ReadAll(ttf_bold, &g_bold_ttf);
  if (ok) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in g_*_ttf for every rebuild
    cfg.OversampleH = ratio > 1.5f ? 1 : 2;
    cfg.OversampleV = 1;
    fonts.regular = io.Fonts->AddFontFromMemoryTTF(
        g_regular_ttf.data(), static_cast<int>(g_regular_ttf.size()), base * ratio, &cfg, kRanges);
    std::vector<char>& bold_bytes = bold_ok ? g_bold_ttf : g_regular_ttf;
    fonts.bold = io.Fonts->AddFontFromMemoryTTF(
        bold_bytes.data(), static_cast<int>(bold_bytes.size()), base * ratio, &cfg, kRanges);
    fonts.title =
        io.Fonts->AddFontFromMemoryTTF(bold_bytes.data(), static_cast<int>(bold_bytes.size()),
                                       base * 1.25f * ratio, &cfg, kRanges);
    ok = fonts.regular != nullptr;
  }
  if (!ok) {
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * zoom * ratio;
    fonts.regular = fonts.bold = fonts.title = io.Fonts->AddFontDefault(&cfg);
  }
  io.FontDefault = fonts.regular;
  io.FontGlobalScale = 1.0f / ratio;  // glyphs rasterised at device pixels, laid out in CSS px
  return ok;
}

}  // namespace claimlight::app
