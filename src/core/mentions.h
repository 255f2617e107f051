// Names and titles in the article (see mentions.cpp).
#pragma once

#include "analyze_internal.h"

namespace claimlight::internal {

void FindTitles(Context& c);
void FindNames(Context& c);
// Links names to people; `reference_day` (the article date) breaks ties between namesakes.
void ResolvePeople(Context& c, long reference_day);

}  // namespace claimlight::internal
