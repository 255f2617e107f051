#include "date.h"

#include <cstdio>

namespace claimlight::internal {
namespace {
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}
}  // namespace

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

std::string Date::ToString() const {
  char buf[16];
  if (year == 0) return "";
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> ParseDate(std::string_view s) {
  Date d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!ParseInt(s.substr(0, 4), &d.year) || d.year < 1000) return std::nullopt;
  if (s.size() >= 7) {
    if (s[4] != '-' || !ParseInt(s.substr(5, 2), &d.month) || d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !ParseInt(s.substr(8, 2), &d.day) || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
      return std::nullopt;
  }
  return d;
}

// Days from civil: the classic era-based computation (proleptic Gregorian calendar).
long DayNumber(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date FromDayNumber(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(long n) {
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  long w = (n + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

std::string IsoWeek(long n) {
  // The ISO year is the year of the Thursday of this week.
  const long thursday = n - Weekday(n) + 3;
  const Date t = FromDayNumber(thursday);
  const long jan1 = DayNumber(t.year, 1, 1);
  const int week = static_cast<int>((thursday - jan1) / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", t.year, week);
  return buf;
}

long FirstDay(const Date& d) { return DayNumber(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }

long LastDay(const Date& d) {
  if (d.month == 0) return DayNumber(d.year, 12, 31);
  if (d.day == 0) return DayNumber(d.year, d.month, DaysInMonth(d.year, d.month));
  return DayNumber(d.year, d.month, d.day);
}

std::string HumanDate(const Date& d) {
  if (d.year == 0) return "";
  if (d.month == 0) return std::to_string(d.year);
  if (d.day == 0) return std::string(kMonthNames[d.month - 1]) + " " + std::to_string(d.year);
  return std::to_string(d.day) + " " + kMonthNames[d.month - 1] + " " + std::to_string(d.year);
}

std::string MonthName(int m) { return m >= 1 && m <= 12 ? kMonthNames[m - 1] : ""; }

std::string HumanDate(std::string_view iso) {
  const auto d = ParseDate(iso);
  return d ? HumanDate(*d) : std::string(iso);
}

}  // namespace claimlight::internal
