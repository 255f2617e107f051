// Claim frames and their checkers: one function per claim type.
#pragma once

#include "analyze_internal.h"

namespace claimlight::internal {

void CheckOffices(Context& c);
void CheckMeetingsAndEvents(Context& c);
void CheckTreaties(Context& c);
void CheckQuantities(Context& c);
void CheckSpouses(Context& c);

}  // namespace claimlight::internal
