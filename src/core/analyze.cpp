// Analyze(): the pipeline. text -> tokens/sentences -> titles, names -> people -> times ->
// claims (one checker per type) -> report.
#include <algorithm>

#include "analyze_internal.h"
#include "claims.h"
#include "mentions.h"

namespace claimlight {
using namespace internal;

const char* ToString(ClaimType t) {
  switch (t) {
    case ClaimType::kOffice: return "office";
    case ClaimType::kMeeting: return "meeting";
    case ClaimType::kTreaty: return "treaty";
    case ClaimType::kEvent: return "event";
    case ClaimType::kQuantity: return "quantity";
    case ClaimType::kOther: return "other";
  }
  return "other";
}

const char* ToString(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kMixed: return "mixed";
    case Verdict::kUnverifiable: return "unverifiable";
  }
  return "unverifiable";
}

namespace {

// Overlapping claims of the same type are merged into the one with the longest span; a
// flagged verdict is never lost in the merge.
void MergeClaims(std::vector<Claim>* claims) {
  std::sort(claims->begin(), claims->end(), [](const Claim& a, const Claim& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  const auto rank = [](Verdict v) { return v == Verdict::kContradicted ? 3 : v == Verdict::kMixed ? 2 : v == Verdict::kSupported ? 1 : 0; };
  std::vector<Claim> out;
  std::size_t run_begin = 0;  // claims in `out` with the current start
  for (auto& cl : *claims) {
    if (!out.empty() && out.back().start != cl.start) run_begin = out.size();
    bool merged = false;
    for (std::size_t i = run_begin; i < out.size(); ++i) {
      Claim& o = out[i];
      if (o.type != cl.type || o.end != cl.end) continue;
      if (rank(cl.verdict) > rank(o.verdict)) o = std::move(cl);
      merged = true;
      break;
    }
    if (!merged) out.push_back(std::move(cl));
  }
  *claims = std::move(out);
}

}  // namespace

Status Analyze(std::string_view text, const AnalyzeOptions& options, const Dataset& ds, Report* out) {
  if (text.size() > kMaxArticleBytes)
    return Status::Error(StatusCode::kInput, "[input.too_large] the article is " + std::to_string(text.size()) +
                                                 " bytes; the limit is " + std::to_string(kMaxArticleBytes) + " bytes");
  const Lexicon& lx = GetLexicon();
  Report report;
  report.dataset = ds.info;
  std::optional<long> article_day;
  if (!options.article_date.empty()) {
    const auto d = ParseDate(options.article_date);
    if (!d || !d->full())
      return Status::Error(StatusCode::kInput, "[input.date] \"" + ToValidUtf8(options.article_date) + "\" is not a real date in the form YYYY-MM-DD");
    article_day = DayNumber(d->year, d->month, d->day);
    report.article_date_source = "option";
  } else if (const auto d = FindDateline(text, lx)) {
    article_day = DayNumber(d->year, d->month, d->day);
    report.article_date_source = "dateline";
  } else {
    report.article_date_source = "none";
    report.warnings.push_back("No article date was given or found; relative times and titles are not judged.");
  }
  if (article_day) report.article_date = FromDayNumber(*article_day).ToString();
  const Utf8Check utf = CheckUtf8(text);
  if (utf.invalid > 0)
    report.warnings.push_back(std::to_string(utf.invalid) + " invalid UTF-8 sequence(s), the first at byte " +
                              std::to_string(utf.first_invalid) + "; they were read as U+FFFD");
  if (utf.nul_bytes > 0) report.warnings.push_back(std::to_string(utf.nul_bytes) + " NUL byte(s) in the text were ignored");

  Context c{text, ds, lx, Tokenize(text), {}, {}, {}, {}, article_day, {}, &report, {}, {}};
  c.sentences = SplitSentences(&c.tokens, lx.abbreviations);
  if (!c.tokens.empty()) {
    FindTitles(c);
    FindNames(c);
    std::sort(c.mentions.begin(), c.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    c.IndexMentions();
    ResolvePeople(c, article_day.value_or(ds.as_of_day));
    c.times = ExtractTimes(text, c.tokens, c.sentences, article_day, lx);
    // A date at the very start of the text ("date 2023-11-10 ...", "BAKU, 23 February 2022
    // (TDI): ...", "10 November 2023 —") is the dateline: it dates the article, not the
    // first sentence's claims.
    for (auto& t : c.times) {
      if (!t.exact_day || t.relative || t.first_token >= 8) continue;
      bool only_place_before = true;
      for (std::size_t k = 0; k < t.first_token; ++k) {
        const Token& tk = c.tokens[k];
        const bool marker = tk.folded == "date" || tk.folded == "published" || tk.folded == "updated" || tk.folded == "posted" ||
                            tk.folded == "on" || tk.folded == ":";
        only_place_before = only_place_before && (marker || tk.folded == "," || (tk.kind == TokenKind::kWord && tk.capitalized));
      }
      if (only_place_before) t.dateline = true;
    }
    CheckOffices(c);
    CheckMeetingsAndEvents(c);
    CheckTreaties(c);
    CheckQuantities(c);
    CheckSpouses(c);
    CheckMemberships(c);
  }
  MergeClaims(&report.claims);
  for (std::size_t i = 0; i < report.claims.size(); ++i) {
    Claim& cl = report.claims[i];
    cl.id = "c" + std::to_string(i + 1);
    cl.text = ToValidUtf8(cl.text);
    ++report.summary.claims;
    switch (cl.verdict) {
      case Verdict::kSupported: ++report.summary.supported; break;
      case Verdict::kContradicted: ++report.summary.contradicted; break;
      case Verdict::kMixed: ++report.summary.mixed; break;
      case Verdict::kUnverifiable: ++report.summary.unverifiable; break;
    }
  }
  for (const auto& t : c.times) {
    TimeMention tm;
    tm.start = c.tokens[t.first_token].start;
    tm.end = c.tokens[t.end_token - 1].end;
    tm.text = ToValidUtf8(text.substr(tm.start, tm.end - tm.start));
    tm.value = t.value;
    tm.note = t.note;
    report.times.push_back(std::move(tm));
  }
  for (const auto& m : c.mentions) {
    EntityMention e;
    e.start = m.start;
    e.end = m.end;
    e.text = ToValidUtf8(text.substr(m.start, m.end - m.start));
    e.note = m.note;
    if (!m.person.empty()) { e.id = m.person; e.kind = "person"; }
    else if (!m.meeting.empty()) { e.id = m.meeting; e.kind = "meeting"; }
    else if (!m.treaty.empty()) { e.id = m.treaty; e.kind = "treaty"; }
    else if (!m.org.empty()) { e.id = m.org; e.kind = "organization"; }
    else if (!m.place.empty()) { e.id = m.place; e.kind = "place"; }
    else if (!m.country.empty()) { e.id = m.country; e.kind = "country"; }
    else continue;
    report.entities.push_back(std::move(e));
  }
  *out = std::move(report);
  return Status::Ok();
}

}  // namespace claimlight
