#include "timex.h"

#include <algorithm>

namespace claimlight::internal {
namespace {

bool Adjacent(const std::vector<Token>& tk, std::size_t a, std::size_t b) { return tk[a].end == tk[b].start; }

std::string Range(long a, long b) { return FromDayNumber(a).ToString() + "/" + FromDayNumber(b).ToString(); }

// Tense around a time expression: the nearest marker before it in the sentence decides.
bool LooksFuture(const std::vector<Token>& tk, const Sentence& s, std::size_t first, const Lexicon& lx) {
  for (std::size_t i = first; i-- > s.first_token;) {
    const std::string& w = tk[i].folded;
    if (lx.future_markers.MatchAt(tk, i, first)) return true;
    if (lx.past_markers.Contains(w)) return false;
    if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return false;
  }
  for (std::size_t i = first; i < s.last_token && i < first + 6; ++i)
    if (lx.future_markers.MatchAt(tk, i, s.last_token)) return true;
  return false;
}

struct Builder {
  const std::vector<Token>& tk;
  const std::vector<Sentence>& sentences;
  std::optional<long> article;
  const Lexicon& lx;
  std::vector<TimeExpr> out;

  void Add(std::size_t first, std::size_t end, long from, long to, std::string value, bool exact, bool relative,
           bool vague, std::string note = {}) {
    TimeExpr t;
    t.first_token = first;
    t.end_token = end;
    t.from_day = from;
    t.to_day = to;
    t.value = std::move(value);
    t.exact_day = exact;
    t.relative = relative;
    t.vague = vague;
    t.note = std::move(note);
    t.sentence = tk[first].sentence;
    out.push_back(std::move(t));
  }
  int Month(std::size_t i) const {
    if (i >= tk.size() || tk[i].kind != TokenKind::kWord) return 0;
    const auto it = lx.months.find(tk[i].folded);
    if (it == lx.months.end()) return 0;
    // Short forms and "May"/"March" only when capitalised ("may" is a verb).
    if (!tk[i].capitalized) return 0;
    return it->second;
  }
  int Year(std::size_t i) const {
    if (i >= tk.size()) return 0;
    const int v = NumberValue(tk[i]);
    return tk[i].folded.size() == 4 && v >= 1900 && v <= 2100 ? v : 0;
  }
  int Day(std::size_t i) const {
    if (i >= tk.size()) return 0;
    const int v = NumberValue(tk[i]);
    if (v >= 1 && v <= 31 && tk[i].folded.size() <= 2) return v;
    // "5th", "21st": the tokenizer keeps digits apart from letters only in numbers.
    return 0;
  }
  // Year for a day-month without a year: the article's year, or the previous one when that
  // would put a past event well after the article date.
  int GuessYear(int month, int day, bool future) const {
    if (!article) return 0;
    const Date a = FromDayNumber(*article);
    const long here = DayNumber(a.year, month, std::min(day ? day : 1, DaysInMonth(a.year, month)));
    if (!future && here > *article + 31) return a.year - 1;
    if (future && here < *article - 31) return a.year + 1;
    return a.year;
  }
  bool Future(std::size_t first) const { return LooksFuture(tk, sentences[tk[first].sentence], first, lx); }
  // "5 October [2023]", "October 5-6": a day (or days) of a month; without a year the year
  // comes from the article date. False when the day does not exist.
  bool AddDayMonth(std::size_t first, std::size_t end, int year, int month, int d1, int d2, const std::string& art_text) {
    const bool relative = year == 0;
    if (!year) year = GuessYear(month, d1, Future(first));
    if (!year || d1 > DaysInMonth(year, month) || (d2 && (d2 <= d1 || d2 > DaysInMonth(year, month)))) return false;
    const long from = DayNumber(year, month, d1), to = DayNumber(year, month, d2 ? d2 : d1);
    Add(first, end, from, to, d2 ? Range(from, to) : Date{year, month, d1}.ToString(), !d2, relative, false,
        relative ? "year taken from the article date " + art_text : "");
    return true;
  }
};

}  // namespace

std::vector<TimeExpr> ExtractTimes(std::string_view text, const std::vector<Token>& tk,
                                   const std::vector<Sentence>& sentences, std::optional<long> article_day,
                                   const Lexicon& lx) {
  (void)text;
  Builder b{tk, sentences, article_day, lx, {}};
  const Date art = article_day ? FromDayNumber(*article_day) : Date{};
  const std::string art_text = article_day ? HumanDate(art) : std::string();
  for (std::size_t i = 0; i < tk.size(); ++i) {
    const Token& t = tk[i];
    // ISO date: 2023-11-10
    if (b.Year(i) && i + 4 < tk.size() && tk[i + 1].folded == "-" && tk[i + 3].folded == "-" && Adjacent(tk, i, i + 1) &&
        Adjacent(tk, i + 1, i + 2) && Adjacent(tk, i + 2, i + 3) && Adjacent(tk, i + 3, i + 4)) {
      const int y = b.Year(i), m = NumberValue(tk[i + 2]), d = NumberValue(tk[i + 4]);
      if (m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) {
        const long n = DayNumber(y, m, d);
        b.Add(i, i + 5, n, n, Date{y, m, d}.ToString(), true, false, false);
        i += 4;
        continue;
      }
    }
    // Day [-Day] Month [Year]: "5 October 2023", "5-6 October"
    if (const int d1 = b.Day(i)) {
      std::size_t j = i + 1;
      int d2 = 0;
      if (j + 1 < tk.size() && tk[j].folded == "-" && b.Day(j + 1)) {
        d2 = b.Day(j + 1);
        j += 2;
      }
      if (j < tk.size() && tk[j].folded == "of") ++j;
      if (const int m = b.Month(j)) {
        std::size_t end = j + 1;
        int y = 0;
        if (end < tk.size() && tk[end].folded == ",") ++end;
        if ((y = b.Year(end))) ++end;
        else if (end > j + 1) --end;
        if (b.AddDayMonth(i, end, y, m, d1, d2, art_text)) {
          i = end - 1;
          continue;
        }
      }
    }
    // Month Day[-Day][, Year] / Month Year / Month
    if (const int m = b.Month(i)) {
      std::size_t j = i + 1;
      if (const int d1 = b.Day(j); d1 && !(j + 1 < tk.size() && tk[j + 1].folded == ":")) {
        std::size_t end = j + 1;
        int d2 = 0;
        if (end + 1 < tk.size() && tk[end].folded == "-" && b.Day(end + 1)) {
          d2 = b.Day(end + 1);
          end += 2;
        }
        int y = 0;
        if (end + 1 < tk.size() && tk[end].folded == "," && b.Year(end + 1)) {
          y = b.Year(end + 1);
          end += 2;
        } else if (b.Year(end)) {
          y = b.Year(end);
          ++end;
        }
        if (b.AddDayMonth(i, end, y, m, d1, d2, art_text)) {
          i = end - 1;
          continue;
        }
      }
      if (const int y = b.Year(j)) {
        const Date d{y, m, 0};
        b.Add(i, j + 1, FirstDay(d), LastDay(d), d.ToString(), false, false, false);
        i = j;
        continue;
      }
      // A month alone. "May" needs a preposition before it.
      const bool prep = i > 0 && (tk[i - 1].folded == "in" || tk[i - 1].folded == "since" || tk[i - 1].folded == "until" ||
                                  tk[i - 1].folded == "early" || tk[i - 1].folded == "late" || tk[i - 1].folded == "mid" ||
                                  tk[i - 1].folded == "by" || tk[i - 1].folded == "from" || tk[i - 1].folded == "of");
      const bool sentence_start = i == sentences[static_cast<std::size_t>(tk[i].sentence)].first_token;
      if ((m != 5 || prep) && !sentence_start && article_day) {
        std::size_t first = i;
        int y = art.year;
        bool last_ = false, next_ = false;
        if (i > 0 && (tk[i - 1].folded == "last" || tk[i - 1].folded == "next" || tk[i - 1].folded == "this")) {
          last_ = tk[i - 1].folded == "last";
          next_ = tk[i - 1].folded == "next";
          first = i - 1;
        }
        const bool future = next_ || (!last_ && b.Future(i));
        if (future) {
          if (m < art.month) ++y;
        } else if (m > art.month || (last_ && m == art.month)) {
          --y;
        }
        const Date d{y, m, 0};
        b.Add(first, i + 1, FirstDay(d), LastDay(d), d.ToString(), false, true, false,
              std::string(future ? "the next " : "the most recent ") + MonthName(m) + (future ? " from" : " up to") +
                  " the article date " + art_text);
        continue;
      }
    }
    if (t.kind == TokenKind::kNumber && b.Year(i)) {
      // A bare year: not part of a longer number, not a time of day.
      const bool clock = i + 1 < tk.size() && (tk[i + 1].folded == "gmt" || tk[i + 1].folded == "utc" || tk[i + 1].folded == "hrs");
      if (!clock) {
        const Date d{b.Year(i), 0, 0};
        b.Add(i, i + 1, FirstDay(d), LastDay(d), d.ToString(), false, false, false);
      }
      continue;
    }
    if (!article_day || t.kind != TokenKind::kWord) continue;
    // Weekdays: "on Thursday", "Sunday night", "last Friday"
    if (const auto wd = lx.weekdays.find(t.folded); wd != lx.weekdays.end() && t.capitalized) {
      std::size_t first = i, end = i + 1;
      bool last_ = false, next_ = false;
      if (i > 0 && (tk[i - 1].folded == "last" || tk[i - 1].folded == "next" || tk[i - 1].folded == "this")) {
        last_ = tk[i - 1].folded == "last";
        next_ = tk[i - 1].folded == "next";
        first = i - 1;
      }
      if (end < tk.size() && lx.day_parts.Contains(tk[end].folded)) ++end;
      const bool future = next_ || (!last_ && b.Future(i));
      const int today = Weekday(*article_day);
      long day;
      if (future) day = *article_day + ((wd->second - today + 7) % 7);
      else day = *article_day - ((today - wd->second + 7) % 7);
      if (last_ && day == *article_day) day -= 7;
      const std::string name(t.folded);
      b.Add(first, end, day, day, FromDayNumber(day).ToString(), true, true, false,
            std::string(future ? "the first " : "the most recent ") + tk[i].folded + (future ? " on or after " : " on or before ") +
                "the article date " + art_text);
      i = end - 1;
      continue;
    }
    if (const auto rd = lx.relative_days.find(t.folded); rd != lx.relative_days.end()) {
      const long day = *article_day + rd->second;
      std::size_t end = i + 1;
      if (end < tk.size() && lx.day_parts.Contains(tk[end].folded)) ++end;
      b.Add(i, end, day, day, FromDayNumber(day).ToString(), true, true, false, t.folded + " = the article date " + art_text +
            (rd->second ? (rd->second < 0 ? " minus one day" : " plus one day") : ""));
      i = end - 1;
      continue;
    }
    // last/this/next week|month|year, earlier/later this month, the end of the month
    {
      std::size_t j = i;
      bool earlier = false;
      if (t.folded == "earlier" || t.folded == "later") {
        earlier = true;
        ++j;
      }
      if (j + 1 < tk.size() && (tk[j].folded == "last" || tk[j].folded == "this" || tk[j].folded == "next" || tk[j].folded == "past")) {
        const auto unit = lx.units.find(tk[j + 1].folded);
        if (unit != lx.units.end() && (tk[j + 1].folded == "week" || tk[j + 1].folded == "month" || tk[j + 1].folded == "year")) {
          const int step = tk[j].folded == "next" ? 1 : (tk[j].folded == "this" ? 0 : -1);
          if (earlier && step != 0) { /* "earlier last month": treat as last month */ }
          const std::string& u = unit->second;
          if (u == "week") {
            const long monday = *article_day - Weekday(*article_day) + 7L * step;
            b.Add(i, j + 2, monday, monday + 6, IsoWeek(monday), false, true, true,
                  tk[j].folded + " week = the calendar week " + IsoWeek(monday) + ", from the article date " + art_text);
          } else if (u == "month") {
            int y = art.year, m = art.month + step;
            if (m < 1) { m += 12; --y; }
            if (m > 12) { m -= 12; ++y; }
            const Date d{y, m, 0};
            b.Add(i, j + 2, FirstDay(d), earlier && step == 0 ? *article_day : LastDay(d), d.ToString(), false, true, true,
                  tk[j].folded + " month = " + HumanDate(d) + ", from the article date " + art_text);
          } else {
            const Date d{art.year + step, 0, 0};
            b.Add(i, j + 2, FirstDay(d), LastDay(d), d.ToString(), false, true, true,
                  tk[j].folded + " year = " + d.ToString() + ", from the article date " + art_text);
          }
          i = j + 1;
          continue;
        }
      }
      if (t.folded == "end" && i > 0 && tk[i - 1].folded == "the" && i + 3 < tk.size() && tk[i + 1].folded == "of" &&
          (tk[i + 2].folded == "the" || tk[i + 2].folded == "this") && (tk[i + 3].folded == "month" || tk[i + 3].folded == "year")) {
        const Date d = tk[i + 3].folded == "month" ? Date{art.year, art.month, 0} : Date{art.year, 0, 0};
        b.Add(i - 1, i + 4, FirstDay(d), LastDay(d), d.ToString(), false, true, true,
              "the end of the " + tk[i + 3].folded + " = " + HumanDate(d) + ", from the article date " + art_text);
        i += 3;
        continue;
      }
    }
    // [about] N units ago
    {
      std::size_t j = i;
      std::size_t approx = lx.approximators.MatchAt(tk, j, tk.size());
      j += approx;
      const int n = j < tk.size() ? CountValue(tk[j], lx) : -1;
      if (n > 0 && n < 200 && j + 2 < tk.size() && tk[j + 2].folded == "ago") {
        const auto unit = lx.units.find(tk[j + 1].folded);
        if (unit != lx.units.end()) {
          const std::string& u = unit->second;
          std::string value;
          long from = 0, to = 0;
          if (u == "day") {
            from = to = *article_day - n;
            value = FromDayNumber(from).ToString();
          } else if (u == "week") {
            const long d = *article_day - 7L * n;
            from = d - Weekday(d);
            to = from + 6;
            value = IsoWeek(d);
          } else if (u == "month") {
            int y = art.year, m = art.month - n;
            while (m < 1) { m += 12; --y; }
            const Date d{y, m, 0};
            from = FirstDay(d);
            to = LastDay(d);
            value = d.ToString();
          } else {
            const Date d{art.year - n, 0, 0};
            from = FirstDay(d);
            to = LastDay(d);
            value = d.ToString();
          }
          b.Add(i, j + 3, from, to, value, u == "day", true, approx > 0 || u != "day",
                tk[j].folded + " " + tk[j + 1].folded + " before the article date " + art_text + " = " + value);
          i = j + 2;
          continue;
        }
      }
    }
  }
  return std::move(b.out);
}

std::optional<Date> FindDateline(std::string_view text, const Lexicon& lx) {
  // Only the first 400 bytes: a dateline sits at the top.
  const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 400));
  std::vector<Token> tk = Tokenize(head);
  std::vector<Sentence> s = SplitSentences(&tk, lx.abbreviations);
  if (tk.empty()) return std::nullopt;
  // Tokens of the first line.
  std::size_t line_end = 1;
  while (line_end < tk.size() && !tk[line_end].newline_before) ++line_end;
  std::size_t start = 0;
  bool marker = false;
  if (tk[0].folded == "date" || tk[0].folded == "published" || tk[0].folded == "updated" || tk[0].folded == "posted" ||
      tk[0].folded == "dateline") {
    start = 1;
    marker = true;
    if (start < line_end && (tk[start].folded == ":" || tk[start].folded == "on")) ++start;
  }
  std::vector<Token> line(tk.begin() + static_cast<long>(start), tk.begin() + static_cast<long>(line_end));
  if (line.empty()) return std::nullopt;
  std::vector<Sentence> one{Sentence{line.front().start, line.back().end, 0, line.size()}};
  for (auto& t : line) t.sentence = 0;
  const auto times = ExtractTimes(head, line, one, std::nullopt, lx);
  if (times.empty() || !times.front().exact_day) return std::nullopt;
  const TimeExpr& t = times.front();
  // A place may stand before the date: "WASHINGTON, June 17, 2021 —", "BAKU, 23 February
  // 2022 (TDI):", "ANCHORAGE, Alaska, August 16, 2025 —". Capitalized words and commas, at
  // most seven tokens, the last a comma.
  const std::size_t first = t.first_token;
  if (first > 0) {
    if (marker || first > 7 || line[first - 1].folded != ",") return std::nullopt;
    for (std::size_t k = 0; k + 1 < first; ++k)
      if (!(line[k].kind == TokenKind::kWord && line[k].capitalized) && line[k].folded != ",") return std::nullopt;
  }
  // The date ends the line, or a dash, colon or parenthesis follows it (the dateline's end).
  // Without a marker or place a short line that is only a date also counts.
  const bool ends_line = t.end_token >= line.size();
  bool separator = false;
  if (!ends_line) {
    const std::string& f = line[t.end_token].folded;
    separator = f == "—" || f == "–" || f == "-" || f == ":" || f == "(" || f == "--";
  }
  if (!marker && !ends_line && !separator && !(first == 0 && line.size() <= 6)) return std::nullopt;
  return FromDayNumber(t.from_day);
}

}  // namespace claimlight::internal
