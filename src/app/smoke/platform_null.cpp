// A platform with no browser: for the headless UI smoke test (no renderer, no page).
#include <chrono>
#include <map>
#include <string>

#include "platform.h"

namespace claimlight::app::platform {
namespace {
std::map<std::string, std::string>& Store() {
  static std::map<std::string, std::string> store;
  return store;
}
}  // namespace

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
