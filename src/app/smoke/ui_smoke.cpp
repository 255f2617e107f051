// Headless UI smoke test: runs DrawApp() for a few frames with no renderer over cases that
// break widgets — empty input, a thousand claims, highlights at the very start and end of the
// text, spans past the end (a report lagging its text), invalid UTF-8, narrow and wide screens,
// both themes, both modes, every tab, a selected claim. Dear ImGui's assertions are live here
// (smoke_imconfig.h: a failed IM_ASSERT names the case and exits 1), so a misuse of the API
// fails the test instead of passing silently. With a dataset, it also runs a real analysis
// both ways: on this thread, and through the worker path (requests queued by platform_null.cpp,
// answered here through the report encoding), where a stale answer must be dropped and a failed
// worker must fall back to this thread.
//
//   node ui_smoke.js [dataset-bundle.json]      (exit 0: all cases drew)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "app.h"
#include "dataset_store.h"
#include "report_wire.h"

namespace claimlight::app::platform {
// The smoke platform's stand-in worker (platform_null.cpp).
void EnableFakeWorker(bool on);
bool TakeFakeWorkerRequest(int* seq, std::string* text, std::string* date);
}  // namespace claimlight::app::platform

using namespace claimlight;
using namespace claimlight::app;

namespace {

int g_cases = 0;
const char* g_case = "";

Report MakeReport(const std::string& text, int claims) {
  Report r;
  r.article_date = "2023-11-10";
  r.article_date_source = "option";
  const std::size_t n = text.size();
  for (int i = 0; i < claims; ++i) {
    Claim c;
    c.id = "c" + std::to_string(i + 1);
    c.type = static_cast<ClaimType>(i % 6);
    c.verdict = static_cast<Verdict>(i % 4);
    // Spans at the very start, at the very end, overlapping, and past the end.
    if (i == 0) {
      c.start = 0;
      c.end = n < 12 ? n : 12;
    } else if (i == 1) {
      c.start = n > 8 ? n - 8 : 0;
      c.end = n;
    } else if (i == 2) {
      c.start = n;
      c.end = n + 40;
    } else {
      c.start = (static_cast<std::size_t>(i) * 37) % (n + 1);
      c.end = c.start + 25;
    }
    c.text = text.substr(c.start < n ? c.start : n, 25);
    c.confidence = (i % 100) / 100.0;
    c.explanation =
        "Explanation " + std::to_string(i) + " with \xC3\xA9 and an arrow \xE2\x86\x92.";
    c.evidence.push_back({"tenure/x/" + std::to_string(i), "tenure", "A summary",
                          "https://example.org/" + std::to_string(i)});
    c.notes.push_back("last month \xE2\x86\x92 2023-10, from the article date 2023-11-10");
    r.claims.push_back(std::move(c));
    ++r.summary.claims;
    switch (r.claims.back().verdict) {
      case Verdict::kSupported:
        ++r.summary.supported;
        break;
      case Verdict::kContradicted:
        ++r.summary.contradicted;
        break;
      case Verdict::kMixed:
        ++r.summary.mixed;
        break;
      case Verdict::kUnverifiable:
        ++r.summary.unverifiable;
        break;
    }
  }
  r.times.push_back(
      {0, n < 5 ? n : 5, text.substr(0, 5), "2023-10", "last month \xE2\x86\x92 2023-10"});
  r.entities.push_back(
      {n > 4 ? n - 4 : 0, n, text.substr(n > 4 ? n - 4 : 0), "person/x", "person", ""});
  r.entities.push_back({n, n + 3, "", "place/y", "place", ""});
  return r;
}

void RunFrames(const char* name, UiState& ui, ImVec2 size, int frames = 4) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = size;
  g_case = name;
  for (int f = 0; f < frames; ++f) {
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(size.x * 0.3f, size.y * 0.4f + static_cast<float>(f) * 20.0f);
    ImGui::NewFrame();
    DrawApp(ui);
    ImGui::Render();
    PublishMirror(ui);
    std::string rects;
    TakeExposedRects(&rects);
  }
  ++g_cases;
  std::printf("  ok    %s (%.0fx%.0f)\n", name, static_cast<double>(size.x),
              static_cast<double>(size.y));
}

void Expect(bool ok, const char* what) {
  if (ok) return;
  std::printf("  FAIL  %s\nui-smoke: %d passed, 1 failed\n", what, g_cases);
  std::fflush(stdout);
  std::exit(1);
}

// Answers the fake worker's oldest request as web/engine_worker.js would: Analyze, encode; the
// app's side decodes. Returns the request's number.
int AnswerWorkerRequest(UiState& ui, const Dataset& ds, bool deliver = true) {
  int seq = 0;
  std::string text, date;
  Expect(platform::TakeFakeWorkerRequest(&seq, &text, &date), "the app sent no analysis request");
  AnalyzeOptions options;
  options.article_date = date;
  Report report;
  Status st = Analyze(text, options, ds, &report);
  const std::string wire = wasm::EncodeReport(report);
  Report back;
  Expect(wasm::DecodeReport(wire, &back), "an encoded report does not decode");
  Expect(FormatReport(back, ReportFormat::kJson) == FormatReport(report, ReportFormat::kJson) &&
             FormatReport(back, ReportFormat::kText) == FormatReport(report, ReportFormat::kText),
         "a report changed on its way through the encoding");
  Expect(!wasm::DecodeReport(std::string_view(wire).substr(0, wire.size() - 1), &back) &&
             !wasm::DecodeReport(wire + "x", &back) && !wasm::DecodeReport("", &back),
         "a truncated or padded encoding was accepted");
  if (deliver) DeliverAnalysis(ui, seq, st, std::move(report), 1.0);
  return seq;
}

std::string SyncJson(const std::string& text, const Dataset& ds) {
  Report report;
  Analyze(text, AnalyzeOptions(), ds, &report);
  return FormatReport(report, ReportFormat::kJson);
}

}  // namespace

void ClaimlightImAssertFailed(const char* expr, const char* file, int line) {
  std::printf("  FAIL  %s: IM_ASSERT(%s) at %s:%d\nui-smoke: %d passed, 1 failed\n", g_case, expr,
              file, line, g_cases);
  std::fflush(stdout);
  std::exit(1);
}

int main(int argc, char** argv) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  BuildFonts("", "", 1.0f, 1.0f);  // no font files here: ImGui's default font
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  if (argc > 1) {
    Status st = wasm::LoadDatasetFromPath(argv[1]);
    std::printf("  dataset %s: %s\n", argv[1], st.ok() ? "loaded" : st.message.c_str());
  }

  const ImVec2 wide(1280, 800), small(800, 600), phone(390, 760);
  const std::string article =
      "Prime Minister Nikol Pashinyan met President Emmanuel Macron in Paris last month. "
      "\xC3\x89lys\xC3\xA9"
      "e, Erdo\xC4\x9F"
      "an, \xC5\x81\xC3\xB3"
      "d\xC5\xBA.\n\nA second paragraph.";
  for (ThemeKind theme : {ThemeKind::kDark, ThemeKind::kLight}) {
    ApplyTheme(theme);
    {
      UiState ui;
      RunFrames("empty article, edit mode", ui, wide);
      ui.mode = ArticleMode::kRead;
      RunFrames("empty article, read mode", ui, phone);
    }
    for (int claims : {1, 3, 1000}) {
      for (ImVec2 size : {wide, small, phone}) {
        UiState ui;
        ui.text = article;
        ui.report = MakeReport(article, claims);
        ui.has_report = true;
        ui.report_generation = 1;
        ui.dirty = false;
        ui.mode = ArticleMode::kRead;
        const std::string label = std::to_string(claims) + " claims, read mode";
        RunFrames(label.c_str(), ui, size);
        SelectClaim(ui, claims - 1, false);
        RunFrames((label + ", last claim selected").c_str(), ui, size);
        ui.verdict_shown[0] = false;
        ui.claim_order_generation = -1;
        ui.mode = ArticleMode::kEdit;
        RunFrames((label + ", edit mode, a verdict hidden").c_str(), ui, size);
        ui.tab = RightTab::kDataset;
        ui.request_tab = true;
        ui.search = "Pashinyan";
        RunFrames((label + ", dataset tab").c_str(), ui, size);
        ui.show_help = ui.show_about = true;
        ui.banner = "A banner with a long message that must not break the layout at any width.";
        RunFrames((label + ", help, about, banner").c_str(), ui, size);
      }
    }
    {
      UiState ui;  // invalid UTF-8 and a report lagging behind a shortened text
      ui.text = std::string("abc\xFF\xFE def \xE2\x82 ghi", 16);
      ui.report = MakeReport(article, 20);
      ui.has_report = true;
      ui.report_generation = 1;
      ui.dirty = false;
      ui.mode = ArticleMode::kRead;
      RunFrames("invalid UTF-8, report longer than the text", ui, wide);
    }
  }
  if (auto ds = wasm::CurrentDataset()) {
    UiState ui;
    ui.text = article;
    ui.dirty = true;
    RunPendingAnalysis(ui, 1e12, true);
    ui.mode = ArticleMode::kRead;
    RunFrames("real analysis of the sample article", ui, wide);
    OpenRecord(ui, "person/nikol-pashinyan");
    RunFrames("record page person/nikol-pashinyan", ui, wide);
  }
  if (auto ds = wasm::CurrentDataset()) {
    platform::EnableFakeWorker(true);
    UiState ui;
    ui.text = article;
    ui.mode = ArticleMode::kRead;
    RunPendingAnalysis(ui, 1e12, true);
    Expect(ui.analysis_in_flight != 0 && !ui.has_report && AnalysisPending(ui),
           "with a worker the analysis was not handed to it");
    RunFrames("worker: first analysis under way", ui, wide, 2);
    // An edit while the worker is busy: its answer is dropped, the new text goes next.
    ui.text += " Chancellor Olaf Scholz met President Emmanuel Macron in Paris.";
    MarkTextEdited(ui);
    RunPendingAnalysis(ui, 1e12, true);  // still busy: nothing new is sent
    AnswerWorkerRequest(ui, *ds);
    Expect(!ui.has_report && ui.analyses_dropped == 1 && ui.dirty, "a stale answer was shown");
    RunPendingAnalysis(ui, 1e12, true);
    AnswerWorkerRequest(ui, *ds);
    Expect(ui.has_report && !AnalysisPending(ui) && ui.analysis_off_thread &&
               FormatReport(ui.report, ReportFormat::kJson) == SyncJson(ui.text, *ds),
           "the worker's report differs from the synchronous one");
    RunFrames("worker: report of the edited text", ui, wide);
    // The worker dies with a request in hand: the app analyses on its own thread.
    ui.text += " Prime Minister Nikol Pashinyan spoke.";
    MarkTextEdited(ui);
    RunPendingAnalysis(ui, 1e12, true);
    const int lost = AnswerWorkerRequest(ui, *ds, false);
    platform::EnableFakeWorker(false);
    AnalysisWorkerFailed(ui, lost);
    RunPendingAnalysis(ui, 0, false);
    Expect(!AnalysisPending(ui) && !ui.analysis_off_thread &&
               FormatReport(ui.report, ReportFormat::kJson) == SyncJson(ui.text, *ds),
           "after the worker failed the text was not analysed on the page's thread");
    RunFrames("worker failed: analysed on the page's thread", ui, wide);
  }
  ImGui::DestroyContext();
  std::printf("ui-smoke: %d passed, 0 failed\n", g_cases);
  return 0;
}
