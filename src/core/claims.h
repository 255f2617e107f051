// Claim frames and their checkers: one function per claim type.
#pragma once

#include "analyze_internal.h"

namespace claimlight::internal {

// A claim of that type over tokens [first, last), its text copied from the article.
inline Claim MakeClaim(const Context& c, ClaimType type, std::size_t first, std::size_t last) {
  Claim cl;
  cl.type = type;
  cl.start = c.tokens[first].start;
  cl.end = c.tokens[last - 1].end;
  cl.text = std::string(c.text.substr(cl.start, cl.end - cl.start));
  return cl;
}

void CheckOffices(Context& c);
void CheckMeetingsAndEvents(Context& c);
void CheckTreaties(Context& c);
void CheckQuantities(Context& c);
void CheckSpouses(Context& c);
void CheckMemberships(Context& c);
// A supported meeting claim that says "the first … for five years" or "since 2018": mixed
// when the dataset holds an earlier meeting of the same kind inside that interval.
void JudgeInterval(const Context& c, const Sentence& s, const Meeting& m, Claim* cl);

}  // namespace claimlight::internal
