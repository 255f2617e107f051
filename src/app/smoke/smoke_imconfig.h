// Dear ImGui configuration for the UI smoke test: assertions stay on in an optimised build.
#pragma once
void ClaimlightImAssertFailed(const char* expr, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ClaimlightImAssertFailed(#_EXPR, __FILE__, __LINE__))
