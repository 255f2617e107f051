// A platform with no browser: for the headless UI smoke test (no renderer, no page). Its
// "worker" only queues requests; the smoke test answers them itself (TakeFakeWorkerRequest), so
// the app's asynchronous analysis path runs here too.
#include <chrono>
#include <deque>
#include <map>
#include <string>

#include "platform.h"

namespace claimlight::app::platform {
namespace {
std::map<std::string, std::string>& Store() {
  static std::map<std::string, std::string> store;
  return store;
}
struct FakeRequest {
  int seq;
  std::string text, date;
};
bool g_fake_worker = false;
std::deque<FakeRequest> g_requests;
}  // namespace

void EnableFakeWorker(bool on) {
  g_fake_worker = on;
  g_requests.clear();
}
bool TakeFakeWorkerRequest(int* seq, std::string* text, std::string* date) {
  if (g_requests.empty()) return false;
  *seq = g_requests.front().seq;
  *text = std::move(g_requests.front().text);
  *date = std::move(g_requests.front().date);
  g_requests.pop_front();
  return true;
}
bool CanAnalyzeOffThread() {
  return g_fake_worker;
}
bool StartAnalysis(int seq, const std::string& text, const std::string& date) {
  if (!g_fake_worker) return false;
  g_requests.push_back({seq, text, date});
  return true;
}

double NowMs() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}
void OpenUrl(const std::string&) {}
void WriteClipboard(const std::string&) {}
std::string LoadSetting(const std::string& key) {
  return Store()[key];
}
void SaveSetting(const std::string& key, const std::string& value) {
  Store()[key] = value;
}
void SaveFile(const std::string&, const std::string&, const std::string&) {}
void PublishMirrorJson(const std::string&) {}
void PublishRects(const std::string&) {}
void RequestZoom(float) {}
bool PrefersLightTheme() {
  return false;
}

}  // namespace claimlight::app::platform
