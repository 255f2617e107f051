// Questions the checkers ask the dataset: who held an office on a day, which offices a person
// held, who led a country, which meetings and treaties fit a set of clues.
#pragma once

#include <string>
#include <vector>

#include "claimlight/claimlight.h"
#include "kb.h"

namespace claimlight::internal {

std::vector<const Tenure*> TenuresOf(const Dataset& ds, const std::string& person);
std::vector<const Tenure*> HoldersOn(const Dataset& ds, const std::string& office, long day);
// Heads of state and government of a country on a day.
std::vector<std::string> LeadersOf(const Dataset& ds, const std::string& country, long day);
// The countries a person led or served on a day (by tenure), else their nationality.
std::vector<std::string> CountriesOf(const Dataset& ds, const std::string& person, long day);
bool IsMember(const Dataset& ds, const std::string& org, const std::string& country, long day);
// Whether every membership of the organisation has a start date (its member list can be counted).
bool HasFullHistory(const Organization& o);
// Whether the person was a head of state or government on that day.
bool IsLeaderOn(const Dataset& ds, const std::string& person, long day);
std::vector<std::string> MembersOn(const Dataset& ds, const std::string& org, long day);
// People expected at a meeting: participants, chair, the leaders of member countries of its
// groups at its date, substitutes; absentees removed.
std::vector<std::string> ExpectedAttendees(const Dataset& ds, const Meeting& m);

Evidence TenureEvidence(const Dataset& ds, const Tenure& t);
// Where a meeting took place, for a reader: "Élysée Palace, Paris".
std::string MeetingWhere(const Dataset& ds, const Meeting& m);
Evidence MeetingEvidence(const Dataset& ds, const Meeting& m);
Evidence TreatyEvidence(const Dataset& ds, const Treaty& t);
std::string TenureText(const Dataset& ds, const Tenure& t);  // "Prime Minister of Armenia from 8 May 2018"
std::string MeetingDates(const Meeting& m);                  // "9 November 2023" or "24–26 August 2019"
long MeetingStart(const Meeting& m);
long MeetingEnd(const Meeting& m);

}  // namespace claimlight::internal
