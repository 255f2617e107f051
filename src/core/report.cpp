// Report formats: JSON (the contract in DESIGN.md), text for terminals, Markdown, and
// schema.org ClaimReview JSON-LD. One serializer, shared by the CLI and the JS API.
#include <nlohmann/json.hpp>

#include "claimlight/claimlight.h"
#include "text.h"

namespace claimlight {
namespace {
using json = nlohmann::json;

json DatasetJson(const DatasetInfo& d) {
  return json{{"name", d.name}, {"version", d.version}, {"as_of", d.as_of}, {"records", d.records}};
}

json ReportJson(const Report& r) {
  json j;
  j["schema"] = "claimlight.report/1";
  j["article_date"] = r.article_date.empty() ? json(nullptr) : json(r.article_date);
  j["article_date_source"] = r.article_date_source;
  j["dataset"] = DatasetJson(r.dataset);
  json claims = json::array();
  for (const Claim& c : r.claims) {
    json ev = json::array();
    for (const Evidence& e : c.evidence)
      ev.push_back({{"id", e.id}, {"kind", e.kind}, {"summary", e.summary}, {"source", e.source}});
    json cj = {{"id", c.id},
               {"type", ToString(c.type)},
               {"start", c.start},
               {"end", c.end},
               {"text", c.text},
               {"verdict", ToString(c.verdict)},
               {"confidence", static_cast<double>(static_cast<int>(c.confidence * 100 + 0.5)) / 100.0},
               {"explanation", c.explanation},
               {"evidence", ev}};
    if (!c.notes.empty()) cj["notes"] = c.notes;
    claims.push_back(std::move(cj));
  }
  j["claims"] = std::move(claims);
  json times = json::array();
  for (const TimeMention& t : r.times) {
    json tj = {{"start", t.start}, {"end", t.end}, {"text", t.text}, {"value", t.value}};
    if (!t.note.empty()) tj["note"] = t.note;
    times.push_back(std::move(tj));
  }
  j["times"] = std::move(times);
  json ents = json::array();
  for (const EntityMention& e : r.entities) {
    json ej = {{"start", e.start}, {"end", e.end}, {"text", e.text}, {"id", e.id}, {"kind", e.kind}};
    if (!e.note.empty()) ej["note"] = e.note;
    ents.push_back(std::move(ej));
  }
  j["entities"] = std::move(ents);
  j["summary"] = {{"claims", r.summary.claims},
                  {"supported", r.summary.supported},
                  {"contradicted", r.summary.contradicted},
                  {"mixed", r.summary.mixed},
                  {"unverifiable", r.summary.unverifiable}};
  if (!r.warnings.empty()) j["warnings"] = r.warnings;
  return j;
}

const char* Glyph(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "✔";
    case Verdict::kContradicted: return "✘";
    case Verdict::kMixed: return "◐";
    case Verdict::kUnverifiable: return "?";
  }
  return "?";
}

const char* Color(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "\x1b[32m";
    case Verdict::kContradicted: return "\x1b[31m";
    case Verdict::kMixed: return "\x1b[33m";
    case Verdict::kUnverifiable: return "\x1b[90m";
  }
  return "";
}

std::string Text(const Report& r, bool color) {
  std::string s;
  s += "Claimlight report — article date " + (r.article_date.empty() ? std::string("unknown") : r.article_date) + " (" +
       r.article_date_source + "), dataset " + r.dataset.name + " " + r.dataset.version + "\n";
  s += std::to_string(r.summary.claims) + " claims: " + std::to_string(r.summary.supported) + " supported, " +
       std::to_string(r.summary.contradicted) + " contradicted, " + std::to_string(r.summary.mixed) + " mixed, " +
       std::to_string(r.summary.unverifiable) + " unverifiable\n";
  for (const auto& w : r.warnings) s += "warning: " + w + "\n";
  for (const Claim& c : r.claims) {
    s += "\n";
    if (color) s += Color(c.verdict);
    s += std::string(Glyph(c.verdict)) + " " + ToString(c.verdict);
    if (color) s += "\x1b[0m";
    s += " [" + std::string(ToString(c.type)) + "] \"" + c.text + "\" (bytes " + std::to_string(c.start) + "–" +
         std::to_string(c.end) + ")\n  " + c.explanation + "\n";
    for (const auto& n : c.notes) s += "  note: " + n + "\n";
    for (const auto& e : c.evidence) s += "  evidence: " + e.summary + (e.source.empty() ? "" : " <" + e.source + ">") + "\n";
  }
  return s;
}

std::string EscapeMd(const std::string& in) {
  std::string out;
  for (char ch : in) {
    if (ch == '|' || ch == '*' || ch == '_' || ch == '[' || ch == ']' || ch == '`') out += '\\';
    out += ch == '\n' ? ' ' : ch;
  }
  return out;
}

std::string Markdown(const Report& r) {
  std::string s = "# Claimlight report\n\n";
  s += "- Article date: " + (r.article_date.empty() ? std::string("unknown") : r.article_date) + " (" + r.article_date_source + ")\n";
  s += "- Dataset: " + r.dataset.name + " " + r.dataset.version + " (complete to " + r.dataset.as_of + ")\n";
  s += "- Claims: " + std::to_string(r.summary.claims) + " — " + std::to_string(r.summary.supported) + " supported, " +
       std::to_string(r.summary.contradicted) + " contradicted, " + std::to_string(r.summary.mixed) + " mixed, " +
       std::to_string(r.summary.unverifiable) + " unverifiable\n\n";
  s += "| # | Verdict | Type | Claim | Explanation | Evidence |\n|---|---|---|---|---|---|\n";
  for (const Claim& c : r.claims) {
    std::string ev;
    for (const auto& e : c.evidence) ev += (ev.empty() ? "" : "<br>") + ("[" + EscapeMd(e.summary) + "](" + e.source + ")");
    s += "| " + c.id + " | " + Glyph(c.verdict) + " " + ToString(c.verdict) + " | " + ToString(c.type) + " | " + EscapeMd(c.text) +
         " | " + EscapeMd(c.explanation) + " | " + ev + " |\n";
  }
  return s;
}

std::string ClaimReview(const Report& r) {
  json list = json::array();
  for (const Claim& c : r.claims) {
    if (c.verdict == Verdict::kUnverifiable) continue;
    const int rating = c.verdict == Verdict::kSupported ? 5 : c.verdict == Verdict::kMixed ? 3 : 1;
    const char* name = c.verdict == Verdict::kSupported ? "True" : c.verdict == Verdict::kMixed ? "Mixture" : "False";
    json review = {{"@context", "https://schema.org"},
                   {"@type", "ClaimReview"},
                   {"claimReviewed", c.text},
                   {"reviewBody", c.explanation},
                   {"author", {{"@type", "Organization"}, {"name", "Claimlight (automated check)"}}},
                   {"reviewRating",
                    {{"@type", "Rating"}, {"ratingValue", rating}, {"bestRating", 5}, {"worstRating", 1}, {"alternateName", name}}}};
    if (!r.article_date.empty()) review["datePublished"] = r.article_date;
    json urls = json::array();
    for (const auto& e : c.evidence)
      if (!e.source.empty()) urls.push_back(e.source);
    review["itemReviewed"] = {{"@type", "Claim"}, {"text", c.text}};
    if (!urls.empty()) review["citation"] = urls;  // the evidence behind the rating
    list.push_back(std::move(review));
  }
  return list.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string FormatReport(const Report& report, ReportFormat format, bool color) {
  switch (format) {
    case ReportFormat::kJson: return ReportJson(report).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
    case ReportFormat::kText: return Text(report, color);
    case ReportFormat::kMarkdown: return Markdown(report);
    case ReportFormat::kClaimReview: return ClaimReview(report);
  }
  return {};
}

}  // namespace claimlight
