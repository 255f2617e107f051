// Spouse claims: "his wife, Anna Hakopyan", "Anna Hakobyan, Pashinyan's wife",
// "Macron's wife Brigitte Macron". Judged against the spouse the dataset records for the
// person the possessive points to.
#include <algorithm>

#include "claims.h"
#include "date.h"

namespace claimlight::internal {
namespace {

// Levenshtein distance on folded names, capped: small spelling differences
// (Hakopyan/Hakobyan) are the same name.
std::size_t Distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

enum class NameFit { kSame, kVariant, kOther };

NameFit Compare(const Person& p, const std::string& said) {
  const std::string s = FoldName(said);
  std::vector<std::string> known{p.spouse_name};
  known.insert(known.end(), p.spouse_aliases.begin(), p.spouse_aliases.end());
  NameFit best = NameFit::kOther;
  for (const auto& k : known) {
    const std::string f = FoldName(k);
    if (f == s) return NameFit::kSame;
    if (Distance(f, s) <= 2 && s.size() >= 8) best = NameFit::kVariant;
  }
  if (best != NameFit::kOther) return best;
  // A word in common (a maiden name the dataset lacks, a first name given with the
  // husband's surname) is not another person either.
  for (const auto& k : known)
    for (const Token& w : Tokenize(k))
      for (const Token& v : Tokenize(said))
        if (w.kind == TokenKind::kWord && w.folded.size() >= 3 && w.folded == v.folded) return NameFit::kVariant;
  return NameFit::kOther;
}

bool Married(const Person& p, long day) {
  if (p.spouse_name.empty()) return false;
  if (!p.spouse_since.empty() && FirstDay(p.spouse_since) > day) return false;
  if (!p.spouse_until.empty() && LastDay(p.spouse_until) < day) return false;
  return true;
}

// A full name of two to four capitalised words starting at i (none of them a country,
// organisation or place), or 0.
std::size_t NameAt(const Context& c, std::size_t i) {
  std::size_t j = i;
  while (j < c.tokens.size() && j - i < 4 && c.tokens[j].kind == TokenKind::kWord && c.tokens[j].capitalized &&
         c.tokens[j].sentence == c.tokens[i].sentence) {
    const Mention* m = c.MentionAtToken(j);
    if (m && m->person.empty() && (!m->country.empty() || !m->org.empty() || !m->place.empty())) break;
    ++j;
  }
  return j - i >= 2 ? j - i : 0;
}

// A full name of two to four capitalised words ending right before `end`, or 0.
std::size_t NameBefore(const Context& c, std::size_t end) {
  std::size_t i = end;
  while (i > 0 && end - i < 4 && c.tokens[i - 1].kind == TokenKind::kWord && c.tokens[i - 1].capitalized &&
         c.tokens[i - 1].sentence == c.tokens[end - 1].sentence && !c.MentionAtToken(i - 1))
    --i;
  // The sentence's first word is capitalised anyway: it may be a name or not; require two more.
  return end - i >= 2 ? end - i : 0;
}

}  // namespace

void CheckSpouses(Context& c) {
  const auto& tk = c.tokens;
  for (std::size_t i = 0; i < tk.size(); ++i) {
    const std::size_t n = c.lx.spouse_nouns.MatchAt(tk, i, tk.size());
    if (!n) continue;
    const int sentence = tk[i].sentence;
    // The owner: "Pashinyan's wife" (explicit), or "his"/"her" (a person named before).
    std::vector<const Person*> owners;
    bool explicit_owner = false;
    std::size_t claim_first = i, claim_last = i + n;
    if (i >= 2 && tk[i - 1].folded == "'s") {
      const Mention* m = c.MentionAtToken(i - 2);
      if (!m || m->person.empty()) continue;
      if (const Person* p = c.ds.FindPerson(m->person)) owners.push_back(p);
      explicit_owner = true;
      claim_first = m->first;
    } else if (i >= 1 && (tk[i - 1].folded == "his" || tk[i - 1].folded == "her")) {
      const std::string want = tk[i - 1].folded == "his" ? "m" : "f";
      claim_first = i - 1;
      // People named before in this sentence, else in the one before.
      for (int s = sentence; s >= std::max(0, sentence - 1) && owners.empty(); --s)
        for (const Mention& m : c.MentionsIn(s)) {
          if (m.person.empty() || (s == sentence && m.first >= i)) continue;
          const Person* p = c.ds.FindPerson(m.person);
          if (p && (p->gender.empty() || p->gender == want) &&
              std::find(owners.begin(), owners.end(), p) == owners.end())
            owners.push_back(p);
        }
    } else {
      continue;
    }
    if (owners.empty()) continue;
    // The name: after the noun ("his wife, Anna Hakopyan") or before it ("Anna Hakopyan, his wife").
    std::size_t name_first = 0, name_len = 0;
    std::size_t k = i + n;
    if (k < tk.size() && tk[k].folded == ",") ++k;
    if (k < tk.size() && tk[k].sentence == sentence && (name_len = NameAt(c, k)) > 0) {
      name_first = k;
      claim_last = k + name_len;
    } else if (claim_first >= 2 && tk[claim_first - 1].folded == "," && (name_len = NameBefore(c, claim_first - 1)) > 0) {
      name_first = claim_first - 1 - name_len;
      claim_first = name_first;
    } else {
      continue;
    }
    const std::string said = c.Span(name_first, name_first + name_len);
    const long day = c.article_day.value_or(c.ds.as_of_day);
    Claim cl = MakeClaim(c, ClaimType::kOffice, claim_first, claim_last);
    cl.verdict = Verdict::kUnverifiable;
    cl.confidence = 0.3;
    // Any candidate owner whose recorded spouse this is supports the claim.
    const Person* known = nullptr;
    for (const Person* p : owners) {
      if (p->spouse_name.empty()) continue;
      known = known ? known : p;
      const NameFit fit = Compare(*p, said);
      if (fit == NameFit::kOther) continue;
      cl.verdict = Verdict::kSupported;
      cl.confidence = fit == NameFit::kSame ? 0.85 : 0.7;
      cl.explanation = p->spouse_name + " is the spouse of " + p->name +
                       (p->spouse_since.empty() ? "" : " (married " + HumanDate(p->spouse_since) + ")") + ".";
      if (fit == NameFit::kVariant) cl.notes.push_back("\"" + said + "\" is a variant of " + p->spouse_name);
      cl.evidence.push_back({p->id, "spouse", p->name + " married " + p->spouse_name, p->spouse_source});
      break;
    }
    if (cl.verdict != Verdict::kSupported) {
      // Another name: contradicted only when the owner is certain (named outright, or the
      // only person the pronoun can point to) and married to the recorded spouse that day.
      const Person* p = owners.size() == 1 ? owners.front() : nullptr;
      if (p && !p->spouse_name.empty() && Married(*p, day) && (explicit_owner || owners.size() == 1) && day <= c.ds.as_of_day) {
        cl.verdict = Verdict::kContradicted;
        cl.confidence = explicit_owner ? 0.7 : 0.6;
        cl.explanation = p->name + "'s spouse is " + p->spouse_name + ", not " + said + ".";
        cl.evidence.push_back({p->id, "spouse", p->name + " married " + p->spouse_name, p->spouse_source});
      } else {
        cl.explanation = known ? "The dataset records another spouse, but it is not certain whose spouse the article means."
                               : "The dataset does not record " + owners.front()->name + "'s spouse.";
      }
    }
    c.report->claims.push_back(std::move(cl));
    i = claim_last > i ? claim_last - 1 : i;
  }
}

}  // namespace claimlight::internal
