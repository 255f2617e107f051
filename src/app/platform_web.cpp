// Platform glue for the browser: Emscripten main loop, GLFW window, WebGL2, HiDPI canvas
// sizing, clipboard and paste bridge, file drop, localStorage, and the page-facing signals
// (ready event, DOM mirror, widget rectangles). The only file of the widget that knows about
// Emscripten; the page's side of each bridge is in web/app.js.
//
// Why the bridges: Emscripten 3.1.6's GLFW has no system clipboard (glfwSetClipboardString is a
// no-op), so paste arrives as a DOM `paste` event that web/app.js forwards here; copy goes out
// through navigator.clipboard. The canvas backing store is sized to CSS size × devicePixelRatio
// here (GLFW 3.1.6 knows nothing of HiDPI) and ImGui's DisplayFramebufferScale set to match.
//
// Analysis runs in a Web Worker (web/engine_worker.js, a second, engine-only module) that
// web/app.js starts: the text goes to it as bytes, the report comes back encoded
// (src/wasm/report_wire.h) and is decoded here. Without a worker (none allowed, failed to
// start, crashed) the app analyses on this thread as before.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <dirent.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "dataset_store.h"
#include "platform.h"
#include "report_wire.h"

// ---------------------------------------------------------------------------------------------
// JS side (the functions web/app.js defines on `Module.claimlightHost`).
// clang-format off  (JavaScript inside: clang-format would rewrite `===` as `== =`)
EM_JS(void, js_open_url, (const char* url), { Module.claimlightHost.openUrl(UTF8ToString(url)); });
EM_JS(void, js_write_clipboard, (const char* text),
      { Module.claimlightHost.writeClipboard(UTF8ToString(text)); });
EM_JS(char*, js_load_setting, (const char* key), {
  var v = Module.claimlightHost.loadSetting(UTF8ToString(key));
  if (v == null) v = "";  // null or undefined
  var n = lengthBytesUTF8(v) + 1;
  var p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_save_setting, (const char* key, const char* value),
      { Module.claimlightHost.saveSetting(UTF8ToString(key), UTF8ToString(value)); });
EM_JS(void, js_save_file, (const char* name, const char* mime, const char* data, int len), {
  Module.claimlightHost.saveFile(UTF8ToString(name), UTF8ToString(mime),
                                 HEAPU8.slice(data, data + len));
});
EM_JS(void, js_publish_mirror, (const char* json),
      { Module.claimlightHost.publishMirror(UTF8ToString(json)); });
EM_JS(void, js_publish_rects, (const char* json),
      { Module.claimlightHost.publishRects(UTF8ToString(json)); });
EM_JS(void, js_signal_ready, (double ms), { Module.claimlightHost.ready(ms); });
EM_JS(void, js_text_input_wanted, (int wanted),
      { Module.claimlightHost.textInputWanted(!!wanted); });
EM_JS(void, js_set_cursor, (const char* css), { Module.canvas.style.cursor = UTF8ToString(css); });
// The analysis worker (Module.claimlightHost.engine* in web/app.js). The answer comes back
// through the exported claimlight_app_analysis_done / claimlight_app_analysis_failed.
EM_JS(int, js_engine_usable, (), { return Module.claimlightHost.engineUsable() ? 1 : 0; });
EM_JS(void, js_engine_disable, (const char* why),
      { Module.claimlightHost.engineDisable(UTF8ToString(why)); });
EM_JS(void, js_engine_dataset, (const char* bytes, int len),
      { Module.claimlightHost.engineDataset(HEAPU8.slice(bytes, bytes + len)); });
EM_JS(void, js_engine_analyze, (int seq, const char* text, int len, const char* date), {
  Module.claimlightHost.engineAnalyze(HEAPU8.slice(text, text + len), UTF8ToString(date))
      .then(
          function(r) {
            var b = r.ok ? new Uint8Array(r.bytes) : new TextEncoder().encode(r.error || "");
            var p = _malloc(Math.max(1, b.length));
            HEAPU8.set(b, p);
            _claimlight_app_analysis_done(seq, p, b.length, r.ok ? 0 : (r.code || 3), r.ms || 0);
            _free(p);
          },
          function() { _claimlight_app_analysis_failed(seq); });
});
EM_JS(int, js_prefers_light, (), {
  return window.matchMedia && window.matchMedia("(prefers-color-scheme: light)").matches ? 1 : 0;
});
// clang-format on

namespace claimlight::app {
namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kFontRegular = "/data/fonts/DejaVuSans.ttf";
constexpr const char* kFontBold = "/data/fonts/DejaVuSans-Bold.ttf";
constexpr const char* kDatasetBundle = "/data/dataset.json";
constexpr const char* kDatasetDir = "/data/dataset";
constexpr const char* kSamplesDir = "/data/samples";

struct WebState {
  GLFWwindow* window = nullptr;
  UiState ui;
  double css_w = 0, css_h = 0;
  float pixel_ratio = 1.0f;
  float font_ratio = 0.0f, font_zoom = 0.0f;
  float requested_zoom = 0.0f;
  std::string clipboard;          // what ImGui pastes: the last paste event's text
  bool inject_paste = false;      // a paste event with no Ctrl+V key behind it
  bool read_after_paste = false;  // an article pasted into an empty editor: show it highlighted
  int tap_key = -1;               // a synthetic key held this frame, released the next
  std::vector<int> pending_keys;  // synthetic taps from the hidden input field
  std::vector<int> pressed_this_frame;  // keys pressed since the last frame began
  std::vector<int> deferred_releases;   // releases held back so a short tap is still seen
  std::vector<int> releases_due;        // ... and applied at the start of the next frame
  bool ready = false;
  bool text_input_wanted = false;
  int cursor = -2;
  double start_ms = 0;
  int frames = 0;
  // Frame CPU time (ms) since the last claimlight_app_frame_stats() call.
  double frame_sum = 0, frame_max = 0;
  int frame_count = 0;
};

WebState* g_web = nullptr;
int g_engine_dataset_generation = -1;  // the dataset the worker holds

// Gives the worker the current dataset if it does not hold it yet (messages to it keep their
// order, so an analysis sent next runs against it). False: no usable worker.
bool EnsureEngineDataset() {
  if (js_engine_usable() == 0) return false;
  const int generation = wasm::DatasetGeneration();
  if (generation == g_engine_dataset_generation) return true;
  auto bundle = wasm::CurrentBundle();
  if (!bundle || bundle->empty()) return false;
  js_engine_dataset(bundle->data(), static_cast<int>(bundle->size()));
  g_engine_dataset_generation = generation;
  return true;
}

const char* GetClipboard(void*) {
  return g_web->clipboard.c_str();
}
void SetClipboard(void*, const char* text) {
  g_web->clipboard = text != nullptr ? text : "";
  js_write_clipboard(g_web->clipboard.c_str());
}

// ImGui 1.86 polls key state once per frame, so a key pressed and released between two frames
// (a fast tap, or automation) would be missed: such a release is held back one frame.
void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  WebState& w = *g_web;
  if (action == GLFW_PRESS) w.pressed_this_frame.push_back(key);
  if (action == GLFW_RELEASE && std::find(w.pressed_this_frame.begin(), w.pressed_this_frame.end(),
                                          key) != w.pressed_this_frame.end()) {
    w.deferred_releases.push_back(key);
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// Called at the start of a frame: releases held back before the previous frame are applied
// now (that frame saw the key down); those held back since wait for the next frame.
void ApplyDeferredReleases(WebState& w) {
  for (int key : w.releases_due) ImGui_ImplGlfw_KeyCallback(w.window, key, 0, GLFW_RELEASE, 0);
  w.releases_due.swap(w.deferred_releases);
  w.deferred_releases.clear();
}

void UpdateCanvasSize(WebState& w) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  const float ratio = static_cast<float>(std::max(1.0, emscripten_get_device_pixel_ratio()));
  if (css_w < 1 || css_h < 1) return;
  if (css_w != w.css_w || css_h != w.css_h || ratio != w.pixel_ratio) {
    w.css_w = css_w;
    w.css_h = css_h;
    w.pixel_ratio = ratio;
    emscripten_set_canvas_element_size(kCanvas, static_cast<int>(std::lround(css_w * ratio)),
                                       static_cast<int>(std::lround(css_h * ratio)));
  }
}

void RebuildFontsIfNeeded(WebState& w) {
  const float zoom = w.requested_zoom > 0 ? w.requested_zoom : w.ui.zoom;
  w.requested_zoom = 0;
  if (zoom != w.ui.zoom) {
    w.ui.zoom = zoom;
    w.ui.settings_dirty = true;
  }
  if (w.font_ratio == w.pixel_ratio && w.font_zoom == w.ui.zoom) return;
  w.font_ratio = w.pixel_ratio;
  w.font_zoom = w.ui.zoom;
  ++w.ui.mirror_generation;
  BuildFonts(kFontRegular, kFontBold, w.ui.zoom, w.pixel_ratio);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  w.ui.layout.valid = false;
}

void ListSamples(UiState& ui) {
  ui.samples_dir = kSamplesDir;
  if (DIR* dir = opendir(kSamplesDir)) {
    while (dirent* e = readdir(dir)) {
      std::string name = e->d_name;
      if (name.size() > 4 &&
          (name.substr(name.size() - 4) == ".txt" || name.substr(name.size() - 3) == ".md")) {
        ui.sample_names.push_back(name);
      }
    }
    closedir(dir);
  }
  std::sort(ui.sample_names.begin(), ui.sample_names.end());
}

void LoadInitialDataset(UiState& ui) {
  std::ifstream probe(kDatasetBundle);
  Status st = wasm::LoadDatasetFromPath(probe ? kDatasetBundle : kDatasetDir);
  if (!st.ok()) ui.banner = "The dataset could not be loaded: " + st.message;
}

void OnDrop(GLFWwindow*, int count, const char** paths) {
  // Files arrive in Emscripten's in-memory file system. Text and Markdown become the article;
  // a .json is taken as a dataset bundle (refused with a banner if malformed).
  for (int i = 0; i < count; ++i) {
    const std::string path = paths[i];
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string bytes = ss.str();
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto ends_with = [&](const char* s) {
      const std::string suffix(s);
      return lower.size() >= suffix.size() &&
             lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    UiState& ui = g_web->ui;
    if (ends_with(".json")) {
      Status st = wasm::LoadDatasetFromBundle(bytes);
      if (!st.ok()) {
        ui.banner =
            "The dropped dataset was refused (the previous one stays in use): " + st.message;
      } else {
        ui.banner.clear();
        Toast(ui, "Dataset loaded from the dropped file");
      }
    } else if (ends_with(".txt") || ends_with(".md") || ends_with(".text")) {
      ui.text = std::move(bytes);
      ui.date_field.clear();
      ui.settings_dirty = true;
      MarkTextEdited(ui);
      Toast(ui, "Opened " + path.substr(path.find_last_of('/') + 1));
    } else {
      ui.banner = "Only .txt and .md articles, or a .json dataset bundle, can be dropped here.";
    }
    ++ui.mirror_generation;
  }
}

void Frame() {
  WebState& w = *g_web;
  UiState& ui = w.ui;
  const double now = platform::NowMs();
  struct FrameTimer {
    WebState& w;
    double t0;
    ~FrameTimer() {
      const double dt = platform::NowMs() - t0;
      w.frame_sum += dt;
      w.frame_max = std::max(w.frame_max, dt);
      ++w.frame_count;
    }
  } timer{w, now};
  ApplyDeferredReleases(w);
  UpdateCanvasSize(w);
  RebuildFontsIfNeeded(w);
  RunPendingAnalysis(ui, now);

  // An injected paste is a Ctrl+V held for one frame and released the next.
  ImGuiIO& io = ImGui::GetIO();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // GLFW reports sizes and mouse positions in canvas pixels; ImGui works in CSS pixels.
  io.DisplaySize = ImVec2(static_cast<float>(w.css_w), static_cast<float>(w.css_h));
  io.DisplayFramebufferScale = ImVec2(w.pixel_ratio, w.pixel_ratio);
  if (io.MousePos.x > -FLT_MAX / 2) {
    io.MousePos = ImVec2(io.MousePos.x / w.pixel_ratio, io.MousePos.y / w.pixel_ratio);
  }
  if (w.tap_key >= 0) {
    // Second frame of a synthetic key tap: release it.
    io.KeysDown[w.tap_key] = false;
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    w.tap_key = -1;
  } else if (w.inject_paste) {
    w.inject_paste = false;
    if (io.WantTextInput) {  // a text field has focus: let ImGui paste through Ctrl+V
      io.KeyCtrl = true;
      io.KeysDown[GLFW_KEY_V] = true;
      w.tap_key = GLFW_KEY_V;
    } else {
      PasteIntoArticle(ui, w.clipboard);
    }
  } else if (!w.pending_keys.empty()) {
    w.tap_key = w.pending_keys.front();
    w.pending_keys.erase(w.pending_keys.begin());
    io.KeysDown[w.tap_key] = true;
  }

  ImGui::NewFrame();
  w.pressed_this_frame.clear();
  DrawApp(ui);
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  emscripten_get_canvas_element_size(kCanvas, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  if (io.WantTextInput != w.text_input_wanted) {
    w.text_input_wanted = io.WantTextInput;
    js_text_input_wanted(w.text_input_wanted ? 1 : 0);
  }
  const int cursor = ImGui::GetMouseCursor();
  if (cursor != w.cursor) {
    w.cursor = cursor;
    const char* css = cursor == ImGuiMouseCursor_TextInput  ? "text"
                      : cursor == ImGuiMouseCursor_Hand     ? "pointer"
                      : cursor == ImGuiMouseCursor_ResizeEW ? "ew-resize"
                      : cursor == ImGuiMouseCursor_ResizeNS ? "ns-resize"
                                                            : "default";
    js_set_cursor(css);
  }
  if (w.read_after_paste && !ui.text.empty() && w.tap_key < 0 && !w.inject_paste) {
    w.read_after_paste = false;
    ui.mode = ArticleMode::kRead;
    ui.settings_dirty = true;
    RunPendingAnalysis(ui, platform::NowMs(), true);
    ++ui.mirror_generation;
  }
  PublishMirror(ui);
  std::string rects;
  if (TakeExposedRects(&rects)) js_publish_rects(rects.c_str());
  PersistState(ui, now);
  ++w.frames;
  // Ready once the first frame with fonts and (if it loaded) the dataset's analysis was drawn.
  if (!w.ready && w.frames >= 2 &&
      (ui.has_report || !ui.banner.empty() || !ui.analysis_error.empty() ||
       !wasm::CurrentDataset() || ui.text.empty())) {
    w.ready = true;
    ui.first_frame_ms = platform::NowMs() - w.start_ms;
    js_signal_ready(ui.first_frame_ms);
  }
}

}  // namespace

namespace platform {

double NowMs() {
  return emscripten_get_now();
}
void OpenUrl(const std::string& url) {
  js_open_url(url.c_str());
}
void WriteClipboard(const std::string& text) {
  js_write_clipboard(text.c_str());
}
std::string LoadSetting(const std::string& key) {
  char* p = js_load_setting(key.c_str());
  std::string s = p != nullptr ? p : "";
  free(p);
  return s;
}
void SaveSetting(const std::string& key, const std::string& value) {
  js_save_setting(key.c_str(), value.c_str());
}
void SaveFile(const std::string& filename, const std::string& mime, const std::string& content) {
  js_save_file(filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}
void PublishMirrorJson(const std::string& json) {
  js_publish_mirror(json.c_str());
}
void PublishRects(const std::string& json) {
  js_publish_rects(json.c_str());
}
bool PrefersLightTheme() {
  return js_prefers_light() != 0;
}
void RequestZoom(float zoom) {
  if (g_web != nullptr) g_web->requested_zoom = std::clamp(zoom, 0.6f, 2.5f);
}
bool CanAnalyzeOffThread() {
  return js_engine_usable() != 0;
}
bool StartAnalysis(int seq, const std::string& text, const std::string& date) {
  if (!EnsureEngineDataset()) return false;
  js_engine_analyze(seq, text.data(), static_cast<int>(text.size()), date.c_str());
  return true;
}

}  // namespace platform
}  // namespace claimlight::app

// ---------------------------------------------------------------------------------------------
// Called from web/app.js.
extern "C" {

// A DOM paste event's text. `from_key` is 1 when a Ctrl/Cmd+V keydown just preceded it (ImGui
// then pastes through its own shortcut), 0 otherwise (context menu, a synthetic event, mobile).
EMSCRIPTEN_KEEPALIVE void claimlight_app_paste(const char* text, int from_key) {
  using claimlight::app::g_web;
  if (g_web == nullptr) return;
  g_web->clipboard = text != nullptr ? text : "";
  if (!from_key) g_web->inject_paste = true;
  // The editor does not wrap long lines (Dear ImGui 1.86), so a whole article pasted into an
  // empty editor is shown in Read mode, wrapped and highlighted; "Edit" goes back.
  if (g_web->ui.text.empty() && g_web->clipboard.size() > 200) g_web->read_after_paste = true;
}

EMSCRIPTEN_KEEPALIVE void claimlight_app_zoom(float factor) {
  using claimlight::app::g_web;
  if (g_web == nullptr) return;
  claimlight::app::platform::RequestZoom(factor <= 0 ? 1.0f : g_web->ui.zoom * factor);
}

// Text from the hidden input field (soft keyboards, IME composition end).
EMSCRIPTEN_KEEPALIVE void claimlight_app_input_text(const char* text) {
  ImGui::GetIO().AddInputCharactersUTF8(text);
}

// A key from the hidden input field: 8 backspace, 13 enter.
EMSCRIPTEN_KEEPALIVE void claimlight_app_input_key(int key) {
  using claimlight::app::g_web;
  if (g_web == nullptr) return;
  if (key == 13) ImGui::GetIO().AddInputCharacter('\n');
  if (key == 8) g_web->pending_keys.push_back(GLFW_KEY_BACKSPACE);
}

// {"frames": n, "mean_ms": .., "max_ms": ..} of the frames since the previous call (CPU time of
// Frame(): analysis, layout, ImGui, GL submission; not the GPU's own time).
EMSCRIPTEN_KEEPALIVE const char* claimlight_app_frame_stats() {
  using claimlight::app::g_web;
  static std::string out;
  if (g_web == nullptr) return "{}";
  char buf[160];
  std::snprintf(
      buf, sizeof buf, "{\"frames\":%d,\"mean_ms\":%.3f,\"max_ms\":%.3f,\"analysis_ms\":%.3f}",
      g_web->frame_count, g_web->frame_count ? g_web->frame_sum / g_web->frame_count : 0.0,
      g_web->frame_max, g_web->ui.analysis_ms);
  g_web->frame_sum = g_web->frame_max = 0;
  g_web->frame_count = 0;
  out = buf;
  return out.c_str();
}

// The worker's answer to analysis `seq`: `code` 0 and the encoded report, or the engine's
// Status code and its message.
EMSCRIPTEN_KEEPALIVE void claimlight_app_analysis_done(int seq, const char* bytes, int len,
                                                       int code, double ms) {
  using namespace claimlight;
  if (app::g_web == nullptr) return;
  const std::string_view data(bytes, static_cast<std::size_t>(len));
  if (code != 0) {
    app::DeliverAnalysis(app::g_web->ui, seq,
                         Status::Error(static_cast<StatusCode>(code), std::string(data)), Report(),
                         ms);
    return;
  }
  Report report;
  if (!wasm::DecodeReport(data, &report)) {
    js_engine_disable("the worker's report could not be decoded");
    app::AnalysisWorkerFailed(app::g_web->ui, seq);
    return;
  }
  app::DeliverAnalysis(app::g_web->ui, seq, Status::Ok(), std::move(report), ms);
}

// The worker failed (it did not start, or stopped): analysis `seq` is done here instead.
EMSCRIPTEN_KEEPALIVE void claimlight_app_analysis_failed(int seq) {
  if (claimlight::app::g_web != nullptr) {
    claimlight::app::AnalysisWorkerFailed(claimlight::app::g_web->ui, seq);
  }
}

// Makes sure the worker holds the current dataset; 1 when Claimlight.checkAsync() may use it.
EMSCRIPTEN_KEEPALIVE int claimlight_app_engine_prepare() {
  return claimlight::app::EnsureEngineDataset() ? 1 : 0;
}

// Saves the article and settings now (the page calls this on pagehide).
EMSCRIPTEN_KEEPALIVE void claimlight_app_flush() {
  using claimlight::app::g_web;
  if (g_web != nullptr) claimlight::app::PersistState(g_web->ui, 1e300);
}

EMSCRIPTEN_KEEPALIVE const char* claimlight_app_text() {
  using claimlight::app::g_web;
  return g_web != nullptr ? g_web->ui.text.c_str() : "";
}

}  // extern "C"

int main() {
  using namespace claimlight::app;
  static WebState state;
  g_web = &state;
  state.start_ms = platform::NowMs();
  if (!glfwInit()) {
    std::fprintf(stderr, "claimlight: glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  state.window =
      glfwCreateWindow(std::max(1, static_cast<int>(css_w)), std::max(1, static_cast<int>(css_h)),
                       "Claimlight", nullptr, nullptr);
  if (state.window == nullptr) {
    std::fprintf(stderr, "claimlight: WebGL2 is not available\n");
    return 1;
  }
  glfwMakeContextCurrent(state.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; settings go to localStorage via PersistState
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  ImGui_ImplGlfw_InitForOpenGL(state.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetDropCallback(state.window, OnDrop);
  glfwSetKeyCallback(state.window, OnKey);
  io.GetClipboardTextFn = GetClipboard;
  io.SetClipboardTextFn = SetClipboard;

  RestoreState(state.ui);
  ApplyTheme(state.ui.theme);
  UpdateCanvasSize(state);
  RebuildFontsIfNeeded(state);
  ListSamples(state.ui);
  LoadInitialDataset(state.ui);
  RunPendingAnalysis(state.ui, platform::NowMs(), true);
  if (state.ui.text.empty()) state.ui.focus_editor = true;

  emscripten_set_main_loop(Frame, 0, true);
  return 0;
}
