// Membership claims: "Sweden joined NATO on Thursday", "Finland joined the alliance in April
// 2023", "the United Kingdom left the EU in 2020", judged against the organisation's members
// and their join and leave dates.
#include <algorithm>

#include "claims.h"
#include "date.h"
#include "facts.h"

namespace claimlight::internal {
namespace {

// The organisation the sentence names after the verb, or that "the alliance" points back to.
const Organization* OrgAfter(const Context& c, const Sentence& s, std::size_t from, std::size_t* last) {
  for (std::size_t k = from; k < s.last_token && k < from + 6; ++k) {
    if (const Mention* m = c.MentionAtToken(k); m && !m->org.empty() && m->person.empty()) {
      // "joined NATO leaders at the summit", "joined NATO exercises", "joined NATO's mission":
      // only the organisation itself, followed by punctuation, a preposition or a time.
      if (m->last < s.last_token) {
        const Token& next = c.tokens[m->last];
        const bool time_next = std::any_of(c.times.begin(), c.times.end(), [&](const TimeExpr& t) { return t.first_token == m->last; });
        if (next.kind == TokenKind::kWord && !time_next && !c.lx.membership_followers.Contains(next.folded)) return nullptr;
        if (next.folded == "'s") return nullptr;
      }
      *last = m->last;
      return c.ds.FindOrganization(m->org);
    }
    if (const std::size_t n = c.lx.org_anaphors.MatchAt(c.tokens, k, s.last_token)) {
      const int here = c.tokens[k].sentence;
      for (int back = here; back >= 0 && back >= here - 2; --back) {
        const auto range = c.MentionsIn(back);
        for (const Mention* m = range.end(); m != range.begin();) {
          --m;
          if (back == here && m->first >= k) continue;
          if (!m->org.empty() && m->person.empty()) {
            *last = k + n;
            return c.ds.FindOrganization(m->org);
          }
        }
      }
      return nullptr;
    }
  }
  return nullptr;
}

// The country that is the sentence's subject: the last country named (by a name, not an adjective)
// before the verb in the same sentence.
const Mention* CountryBefore(const Context& c, const Sentence& s, std::size_t verb) {
  const Mention* found = nullptr;
  for (const Mention& m : c.MentionsIn(static_cast<int>(&s - c.sentences.data())))
    if (m.last <= verb && !m.country.empty() && m.person.empty() && (m.role == NameRole::kName || m.role == NameRole::kAlias)) found = &m;
  return found;
}

// "32nd", "31st", "first": an ordinal at token k; 0 if none. *after is the token after it.
int OrdinalAt(const Context& c, std::size_t k, std::size_t end, std::size_t* after) {
  if (k >= end) return 0;
  const Token& t = c.tokens[k];
  if (t.kind == TokenKind::kNumber && k + 1 < end) {
    const Token& suffix = c.tokens[k + 1];
    const std::string& f = suffix.folded;
    if (suffix.start == t.end && (f == "st" || f == "nd" || f == "rd" || f == "th")) {
      *after = k + 2;
      return NumberValue(t);
    }
  }
  if (const auto it = c.lx.ordinal_words.find(t.folded); it != c.lx.ordinal_words.end()) {
    *after = k + 1;
    return it->second;
  }
  return 0;
}

// "NATO's 32nd member", "the 31st member of NATO": the ordinal and the organisation, if the
// sentence has such a phrase after token `from`.
int OrdinalMember(const Context& c, const Sentence& s, std::size_t from, std::string* org, std::size_t* last) {
  for (std::size_t k = from; k < s.last_token; ++k) {
    std::size_t after = 0;
    const int n = OrdinalAt(c, k, s.last_token, &after);
    if (!n || after >= s.last_token || (c.tokens[after].folded != "member" && c.tokens[after].folded != "members")) continue;
    // "NATO's 32nd member"
    if (k >= 2 && c.tokens[k - 1].folded == "'s")
      if (const Mention* m = c.MentionAtToken(k - 2); m && !m->org.empty()) {
        *org = m->org;
        *last = after + 1;
        return n;
      }
    // "the 31st member of NATO"
    if (after + 2 < s.last_token && c.tokens[after + 1].folded == "of")
      if (const Mention* m = c.MentionAtToken(after + 2); m && !m->org.empty()) {
        *org = m->org;
        *last = m->last;
        return n;
      }
  }
  return 0;
}


}  // namespace

void CheckMemberships(Context& c) {
  if (!c.article_day) return;
  for (std::size_t si = 0; si < c.sentences.size(); ++si) {
    const Sentence& s = c.sentences[si];
    const int sentence = static_cast<int>(si);
    for (std::size_t i = s.first_token; i < s.last_token; ++i) {
      std::size_t n = c.lx.membership_joins.MatchAt(c.tokens, i, s.last_token);
      bool join = n > 0;
      if (!n) n = c.lx.membership_leaves.MatchAt(c.tokens, i, s.last_token);
      // "became NATO's 32nd member", "became the 31st member of NATO"
      std::string ordinal_org;
      std::size_t ordinal_last = 0;
      int ordinal = 0;
      if (c.tokens[i].folded == "became" || join) ordinal = OrdinalMember(c, s, i + 1, &ordinal_org, &ordinal_last);
      if (!n && ordinal) {
        n = 1;
        join = true;
      }
      if (!n) continue;
      std::size_t org_last = 0;
      const Organization* org = ordinal ? c.ds.FindOrganization(ordinal_org) : OrgAfter(c, s, i + n, &org_last);
      if (ordinal) org_last = ordinal_last;
      const Mention* country = org ? CountryBefore(c, s, i) : nullptr;
      if (!org || !country) continue;
      // "will join", "has not joined", "if Ukraine joined", "hopes to join": not something that
      // happened.
      const bool hedged = c.lx.future_markers.AnyIn(c.tokens, s.first_token, i) || c.lx.claim_hedges.AnyIn(c.tokens, s.first_token, i);
      // "invited ... to join", "agreed to admit": an infinitive is not something that happened.
      if (i > s.first_token && c.tokens[i - 1].folded == "to") break;
      if (hedged) break;
      // The sentence's own time: the first after the verb ("joined NATO in April 2023"), else
      // one before it ("On Thursday, Sweden joined NATO").
      const TimeExpr* when = nullptr;
      for (const auto& t : c.TimesIn(sentence))
        if (!t.dateline && t.first_token > i && !when) when = &t;
      for (const auto& t : c.TimesIn(sentence))
        if (!t.dateline && t.first_token < i && !when) when = &t;
      Claim cl = MakeClaim(c, ClaimType::kEvent, country->first, std::max(org_last, when ? when->end_token : org_last));
      cl.verdict = Verdict::kUnverifiable;
      cl.confidence = 0.3;
      const Membership* rec = nullptr;
      for (const auto& m : org->members)
        if (m.member == country->country) {
          const Date& d = join ? m.start : m.end;
          if (d.empty()) continue;
          // A country that joined twice: the record that fits the sentence's time.
          if (!rec || (when && when->to_day >= FirstDay(d) - 1 && when->from_day <= LastDay(d) + 1)) rec = &m;
        }
      const std::string who = c.ds.Label(country->country), what = c.ds.Label(org->id);
      if (rec) {
        const Date& d = join ? rec->start : rec->end;
        cl.evidence.push_back({org->id, "membership", who + (join ? " joined " : " left ") + what + " on " + HumanDate(d), rec->source});
        const bool fits = !when || (when->to_day >= FirstDay(d) - 1 && when->from_day <= LastDay(d) + 1);
        const int nth = ordinal && join && HasFullHistory(*org) ? static_cast<int>(MembersOn(c.ds, org->id, LastDay(d)).size()) : 0;
        if (fits && nth && nth != ordinal) {
          cl.verdict = Verdict::kContradicted;
          cl.confidence = 0.8;
          cl.explanation = who + " joined " + what + " on " + HumanDate(d) + " as its member number " + std::to_string(nth) + ", not " +
                           std::to_string(ordinal) + ".";
        } else if (fits) {
          cl.verdict = Verdict::kSupported;
          cl.confidence = when ? 0.9 : 0.8;
          cl.explanation = who + (join ? " joined " : " left ") + what + " on " + HumanDate(d) +
                           (nth ? ", its member number " + std::to_string(nth) : std::string()) + ".";
        } else {
          const bool exact = !when->vague;
          cl.verdict = exact ? Verdict::kContradicted : Verdict::kMixed;
          cl.confidence = exact ? 0.8 : 0.7;
          cl.explanation = who + (join ? " joined " : " left ") + what + " on " + HumanDate(d) + ", which does not fit the article's \"" +
                           c.Span(when->first_token, when->end_token) + "\" (" + when->value + ").";
          if (!when->note.empty()) cl.notes.push_back(c.Span(when->first_token, when->end_token) + ": " + when->note);
        }
      } else if (join && HasFullHistory(*org) && !IsMember(c.ds, org->id, country->country, *c.article_day) &&
                 *c.article_day <= c.ds.as_of_day) {
        // A complete member list without the country: it had not joined by the article date.
        cl.verdict = Verdict::kContradicted;
        cl.confidence = 0.7;
        cl.explanation = who + " is not among the members of " + what + " on " + HumanDate(FromDayNumber(*c.article_day)) + ".";
        cl.evidence.push_back({org->id, "membership", what + ": member list with joining dates", org->source});
      } else {
        cl.explanation = "The dataset does not record when " + who + (join ? " joined " : " left ") + what + ".";
      }
      c.report->claims.push_back(std::move(cl));
      break;
    }
  }
}

}  // namespace claimlight::internal
