// Platform services the panels use. One implementation per platform, chosen by the build
// (platform_web.cpp for the browser); panels never include emscripten headers.
#pragma once

#include <string>

namespace claimlight::app::platform {

double NowMs();                                   // monotonic milliseconds
void OpenUrl(const std::string& url);             // in a new tab, without opener
void WriteClipboard(const std::string& text);     // to the system clipboard
std::string LoadSetting(const std::string& key);  // "" when absent
void SaveSetting(const std::string& key, const std::string& value);
// Offers a file to the user (a download in the browser).
void SaveFile(const std::string& filename, const std::string& mime, const std::string& content);
// Publishes the accessible mirror (JSON, see mirror.cpp) into the page.
void PublishMirrorJson(const std::string& json);
// Publishes the rectangles of named widgets (JSON) for tests and automation.
void PublishRects(const std::string& json);
// Loads a dataset bundle the user dropped; returns "" or the error line.
std::string DroppedDatasetError(const std::string& path);
// Requests a new zoom level (the platform rebuilds fonts between frames).
void RequestZoom(float zoom);
// Whether the person's system asks for a light colour scheme (the default theme follows it).
bool PrefersLightTheme();

// Analysis off the page's thread (a Web Worker running the engine-only module in the browser).
// Whether a worker is there (and has not failed).
bool CanAnalyzeOffThread();
// Hands analysis `seq` of `text` (date field `date`, the current dataset) to the worker; false
// when there is none (the caller analyses synchronously then). The answer comes back later, on
// this thread, through DeliverAnalysis or AnalysisWorkerFailed (app.h) with the same `seq`.
bool StartAnalysis(int seq, const std::string& text, const std::string& date);

}  // namespace claimlight::app::platform
