// Calendar dates with precision (year, month or day), as the dataset and the time resolver
// use them. A partial date stands for the whole interval it names: "2023-10" is
// 2023-10-01..2023-10-31.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimlight::internal {

struct Date {
  int year = 0;
  int month = 0;  // 0 = unknown (year precision)
  int day = 0;    // 0 = unknown (month precision)

  bool empty() const { return year == 0; }
  bool full() const { return day != 0; }
  std::string ToString() const;  // "2023", "2023-10", "2023-10-05"
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt unless it is a real calendar date.
std::optional<Date> ParseDate(std::string_view s);
bool IsLeapYear(int y);
int DaysInMonth(int y, int m);

// Days since 1970-01-01 of a full date.
long DayNumber(int y, int m, int d);
Date FromDayNumber(long n);
// 0 = Monday ... 6 = Sunday.
int Weekday(long day_number);
// ISO 8601 week: "2023-W44".
std::string IsoWeek(long day_number);

// The first and last day a (possibly partial) date covers.
long FirstDay(const Date& d);
long LastDay(const Date& d);

// Formats a full or partial date for people: "9 November 2023", "October 2023", "2023".
std::string HumanDate(const Date& d);
std::string HumanDate(std::string_view iso);
// "January" .. "December" (empty for 0).
std::string MonthName(int month);

}  // namespace claimlight::internal
