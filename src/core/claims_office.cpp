// Office claims: "French President Emmanuel Macron", "Germany's Chancellor Olaf Scholz",
// "President Ilham Aliyev of Azerbaijan", "Ilham Aliyev, Azerbaijan's president",
// "the President of Azerbaijan, Ilham Aliyev", "former Prime Minister Boris Johnson".
//
// A title is judged at the time the sentence speaks of: the article date, or a date the
// sentence gives itself. Since a sentence's date may belong to another part of it ("the 2015
// accord", said by President Trump), the title is supported when it holds at either moment
// and contradicted only when it fails at both.
#include <algorithm>

#include "claims.h"
#include "facts.h"

namespace claimlight::internal {
namespace {

const Mention* MentionAt(const Context& c, std::size_t token) { return c.MentionAtToken(token); }

// Country or organization named right before token `i` ("French", "Germany's", "U.S.", "EU").
const Mention* JurisdictionBefore(const Context& c, std::size_t i, std::size_t* first) {
  if (i == 0) return nullptr;
  std::size_t j = i - 1;
  if (c.tokens[j].folded == "'s" && j > 0) --j;
  const Mention* m = MentionAt(c, j);
  if (!m || m->last != j + 1 + (c.tokens[j + 1].folded == "'s" && j + 1 < i ? 1 : 0) - (c.tokens[j + 1].folded == "'s" && j + 1 < i ? 1 : 0)) {
    if (!m) return nullptr;
  }
  if (m->country.empty() && m->org.empty()) return nullptr;
  if (!m->person.empty()) return nullptr;
  if (m->role == NameRole::kCapital) return nullptr;
  *first = m->first;
  return m;
}

// "of France" at token i.
const Mention* OfJurisdiction(const Context& c, std::size_t i) {
  if (i + 1 >= c.tokens.size() || c.tokens[i].folded != "of") return nullptr;
  std::size_t j = i + 1;
  if (c.tokens[j].folded == "the" && j + 1 < c.tokens.size()) ++j;
  const Mention* m = MentionAt(c, j);
  if (!m || m->first != j || (m->country.empty() && m->org.empty()) || !m->person.empty()) return nullptr;
  if (m->role == NameRole::kAdjective || m->role == NameRole::kDemonym) return nullptr;
  return m;
}

std::string JurisdictionOf(const Mention& m) { return !m.country.empty() ? m.country : m.org; }

bool RoleMatches(const Office& o, const std::vector<std::string>& roles) {
  for (const auto& r : roles) {
    if (o.role == r) return true;
    if (std::find(o.also.begin(), o.also.end(), r) != o.also.end()) return true;
  }
  return false;
}

struct Judgement {
  Verdict verdict = Verdict::kUnverifiable;
  double confidence = 0.3;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::vector<std::string> notes;
};

// Offices a title may mean for this person and jurisdiction.
std::vector<const Office*> CandidateOffices(const Context& c, const TitleMention& t, const std::string& jurisdiction) {
  std::vector<const Office*> out;
  for (auto oi : t.offices) {
    const Office& o = c.ds.offices[oi];
    if (!jurisdiction.empty() && o.jurisdiction != jurisdiction) continue;
    out.push_back(&o);
  }
  if (!t.generic_roles.empty() && !jurisdiction.empty()) {
    const auto it = c.ds.offices_by_jurisdiction.find(jurisdiction);
    if (it != c.ds.offices_by_jurisdiction.end())
      for (auto oi : it->second) {
        const Office& o = c.ds.offices[oi];
        if (RoleMatches(o, t.generic_roles) && std::find(out.begin(), out.end(), &o) == out.end()) out.push_back(&o);
      }
  }
  return out;
}

std::string TitleText(const Context& c, const TitleMention& t) { return c.Span(t.first, t.last); }

Judgement JudgeAt(const Context& c, const std::string& person, const TitleMention& t, std::string jurisdiction, long day) {
  Judgement j;
  const bool explicit_jurisdiction = !jurisdiction.empty();
  const Dataset& ds = c.ds;
  const std::string who = ds.Label(person);
  const std::string when = HumanDate(FromDayNumber(day));
  const auto tenures = TenuresOf(ds, person);
  // With no stated jurisdiction, a generic title ("leader") or a title that several
  // countries use is read in the person's own country.
  if (jurisdiction.empty() && !t.generic_roles.empty()) {
    const auto countries = CountriesOf(ds, person, day);
    if (countries.size() == 1) jurisdiction = countries.front();
  }
  auto offices = CandidateOffices(c, t, jurisdiction);
  if (offices.empty()) {
    j.explanation = "The dataset has no office \"" + TitleText(c, t) + "\"" +
                    (jurisdiction.empty() ? "" : " for " + ds.Label(jurisdiction)) + ", so this cannot be checked.";
    return j;
  }
  // Did the person hold one of these offices on that day?
  const Tenure* holding = nullptr;
  const Tenure* ever = nullptr;
  for (const Tenure* tn : tenures)
    for (const Office* o : offices)
      if (tn->office == o->id) {
        if (Dataset::Covers(*tn, day)) holding = tn;
        else if (!ever || FirstDay(tn->start) > FirstDay(ever->start)) ever = tn;
      }
  // The day up to which these offices' holders are known: the dataset's as_of, or earlier
  // for an office whose later holders were not verified.
  long complete = ds.as_of_day;
  for (const Office* o : offices) complete = std::min(complete, ds.CompleteUntil(*o));
  const bool after_as_of = complete > 0 && day > complete;
  if (holding) {
    if (t.former) {
      j.verdict = Verdict::kMixed;
      j.confidence = 0.6;
      j.explanation = who + " still held the office on " + when + " (" + TenureText(ds, *holding) + "), so \"former\" does not fit.";
    } else {
      j.verdict = Verdict::kSupported;
      j.confidence = 0.95;
      j.explanation = who + " was " + TenureText(ds, *holding) + ", so held it on " + when + ".";
      if (holding->end.empty() && after_as_of) {
        j.confidence = 0.6;
        j.notes.push_back("The dataset is complete up to " + HumanDate(FromDayNumber(complete)) + " for this office; after that date a change of office would not be known.");
      }
    }
    j.evidence.push_back(TenureEvidence(ds, *holding));
    return j;
  }
  if (t.former && ever && LastDay(ever->end) <= day) {
    j.verdict = Verdict::kSupported;
    j.confidence = 0.9;
    j.explanation = who + " was " + TenureText(ds, *ever) + ", so was a former holder on " + when + ".";
    j.evidence.push_back(TenureEvidence(ds, *ever));
    return j;
  }
  if (t.former) {
    j.explanation = "The dataset has no earlier tenure of " + who + " in that office.";
    return j;
  }
  if (after_as_of) {
    j.explanation = "The dataset is complete up to " + HumanDate(FromDayNumber(complete)) + " for this office, before " + when + ".";
    return j;
  }
  // A person who holds, that day, an office whose full title says the same ("President
  // Ursula von der Leyen" of the European Commission) is not contradicted by namesake offices.
  const std::string said = FoldName(TitleText(c, t));
  for (const Tenure* tn : tenures) {
    if (!Dataset::Covers(*tn, day)) continue;
    const Office* o = ds.FindOffice(tn->office);
    if (!o) continue;
    const std::string full = " " + FoldName(o->title) + " ";
    bool all_words = true;
    std::size_t p0 = 0;
    while (p0 < said.size() && all_words) {
      std::size_t p1 = said.find(' ', p0);
      if (p1 == std::string::npos) p1 = said.size();
      all_words = full.find(" " + said.substr(p0, p1 - p0) + " ") != std::string::npos;
      p0 = p1 + 1;
    }
    if (all_words && !said.empty()) {
      j.verdict = Verdict::kSupported;
      j.confidence = 0.7;
      j.explanation = who + " was " + TenureText(ds, *tn) + ", so held that title on " + when + ".";
      j.evidence.push_back(TenureEvidence(ds, *tn));
      return j;
    }
  }
  // A generic word ("leader", "counterpart") without a stated country never contradicts.
  if (!t.generic_roles.empty() && !explicit_jurisdiction) {
    j.explanation = "The dataset does not show " + who + " as " + TitleText(c, t) + " on " + when + ".";
    return j;
  }
  // Not holding it: contradicted only on positive evidence.
  std::vector<const Tenure*> others;
  const Office* office_for_others = nullptr;
  // An organisation's office is meant when the title names only that organisation's offices
  // ("UN Secretary-General", "European Commission President"), or when the person held it at
  // another time ("Secretary General Anders Fogh Rasmussen" is NATO's).
  bool one_org = !offices.empty() && offices.front()->jurisdiction.rfind("org/", 0) == 0;
  for (const Office* o : offices) one_org = one_org && o->jurisdiction == offices.front()->jurisdiction;
  for (const Office* o : offices) {
    if (jurisdiction.empty()) {
      // Without a jurisdiction only the person's own countries count, or an organisation as above.
      const auto countries = CountriesOf(ds, person, day);
      const bool own_country = std::find(countries.begin(), countries.end(), o->jurisdiction) != countries.end();
      // ... but not when the person held another office that day: the title may be that
      // office's (Javier Solana, once NATO's Secretary General, later held an EU post).
      const bool busy = std::any_of(tenures.begin(), tenures.end(), [&](const Tenure* tn) { return Dataset::Covers(*tn, day); });
      const bool held_it = !busy && std::any_of(tenures.begin(), tenures.end(), [&](const Tenure* tn) { return tn->office == o->id; });
      const bool org_meant = o->jurisdiction.rfind("org/", 0) == 0 && (one_org || held_it);
      if (!own_country && !org_meant) continue;
    }
    if (!o->single_holder) continue;
    for (const Tenure* h : HoldersOn(ds, o->id, day))
      if (h->person != person) {
        others.push_back(h);
        office_for_others = o;
      }
  }
  std::vector<const Tenure*> own;
  for (const Tenure* tn : tenures)
    if (Dataset::Covers(*tn, day)) own.push_back(tn);
  if (!others.empty()) {
    j.verdict = Verdict::kContradicted;
    j.confidence = 0.85;
    const Tenure* other = others.front();
    j.explanation = "On " + when + " the " + office_for_others->title + " was " + ds.Label(other->person);
    if (!own.empty()) j.explanation += ", and " + who + " was " + TenureText(ds, *own.front());
    else if (ever) j.explanation += "; " + who + " was " + TenureText(ds, *ever);
    j.explanation += ".";
    j.evidence.push_back(TenureEvidence(ds, *other));
    if (!own.empty()) j.evidence.push_back(TenureEvidence(ds, *own.front()));
    else if (ever) j.evidence.push_back(TenureEvidence(ds, *ever));
    return j;
  }
  j.explanation = "The dataset does not show " + who + " as " + TitleText(c, t) + " on " + when + ", nor anyone else in that office.";
  return j;
}

void Emit(Context& c, ClaimType type, std::size_t first, std::size_t last, Judgement j, const std::vector<std::string>& extra_notes) {
  Claim cl = MakeClaim(c, type, first, last);
  cl.verdict = j.verdict;
  cl.confidence = j.confidence;
  cl.explanation = std::move(j.explanation);
  cl.evidence = std::move(j.evidence);
  cl.notes = std::move(j.notes);
  for (const auto& n : extra_notes) cl.notes.push_back(n);
  c.report->claims.push_back(std::move(cl));
}

// All the days a sentence speaks of (not after the article date, not the dateline).
std::vector<long> SentenceDays(const Context& c, int sentence) {
  std::vector<long> out;
  for (const auto& t : c.TimesIn(sentence)) {
    if (t.dateline || (c.article_day && t.from_day > *c.article_day)) continue;
    const long d = t.from_day + (t.to_day - t.from_day) / 2;
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  }
  return out;
}

// The sentence's own date: the first of those days.
std::optional<long> SentenceDay(const Context& c, int sentence) {
  const auto days = SentenceDays(c, sentence);
  return days.empty() ? std::nullopt : std::optional<long>(days.front());
}


Judgement Combine(Judgement at_article, std::optional<Judgement> at_sentence) {
  if (!at_sentence) return at_article;
  if (at_article.verdict == Verdict::kSupported) return at_article;
  if (at_sentence->verdict == Verdict::kSupported) return *at_sentence;
  if (at_article.verdict == Verdict::kContradicted && at_sentence->verdict == Verdict::kContradicted) return at_article;
  if (at_article.verdict == Verdict::kUnverifiable) return at_article;
  // Contradicted at one moment, not decided at the other: do not flag.
  Judgement j = at_sentence->verdict == Verdict::kUnverifiable ? *at_sentence : at_article;
  j.verdict = Verdict::kUnverifiable;
  j.confidence = 0.3;
  return j;
}

// The one jurisdiction of all offices a title can name, when the sentence or the one before
// speaks of it ("... between India and Egypt. ..., External Affairs Minister X announced");
// else empty. Only for titles the dataset marks as distinctive, and only so near: other
// countries have offices of the same name the dataset lacks (a British "Armed Forces
// Minister" in an article that mentions France).
std::string ImpliedJurisdiction(const Context& c, const TitleMention& t) {
  if (t.offices.empty() || !t.generic_roles.empty()) return {};
  const Office& o = c.ds.offices[t.offices.front()];
  const std::string& j = o.jurisdiction;
  for (auto oi : t.offices)
    if (c.ds.offices[oi].jurisdiction != j) return {};
  // Only a title the dataset marks as used by that country alone.
  const std::string said = FoldName(c.Span(t.first, t.last));
  if (std::none_of(o.distinctive_titles.begin(), o.distinctive_titles.end(),
                   [&](const std::string& d) { return FoldName(d) == said; }))
    return {};
  for (int s = t.sentence; s >= std::max(0, t.sentence - 1); --s)
    for (const auto& m : c.MentionsIn(s))
      if (m.person.empty() && (m.country == j || m.org == j)) return j;
  return {};
}

// Whether an unknown name shares a word with the holder's names: "Subrahmanyam Jaishankar"
// for "S. Jaishankar" is a spelling the dataset lacks, not another person.
bool SharesNameWord(const Context& c, const Tenure& holder, std::size_t first, std::size_t last) {
  const Person* p = c.ds.FindPerson(holder.person);
  if (!p) return true;
  std::vector<std::string> words;
  auto add = [&](const std::string& name) {
    for (const Token& w : Tokenize(name))
      if (w.kind == TokenKind::kWord && w.folded.size() >= 3) words.push_back(w.folded);
  };
  add(p->name);
  for (const auto& a : p->aliases) add(a);
  for (const auto& a : p->short_names) add(a);
  for (std::size_t k = first; k < last; ++k)
    if (std::find(words.begin(), words.end(), c.tokens[k].folded) != words.end()) return true;
  return false;
}

// Unknown names after a title: "External Affairs Minister Vinay Mohan Kwatra".
std::size_t UnknownNameAfter(const Context& c, std::size_t i) {
  std::size_t j = i;
  while (j < c.tokens.size() && c.tokens[j].kind == TokenKind::kWord && c.tokens[j].capitalized &&
         c.tokens[j].sentence == c.tokens[i].sentence && !MentionAt(c, j))
    ++j;
  return j - i >= 2 ? j : i;
}

// Roles the dataset does not hold ("Deputy Foreign Minister Sergei Ryabkov", "Defence
// Minister Sergey Shoigu", "US Ambassador to Russia John Sullivan"): reported as office claims
// that cannot be checked, so that a reader sees they were read and not judged.
void UnknownRoles(Context& c) {
  const auto& tk = c.tokens;
  std::vector<bool> covered(tk.size(), false);
  for (const auto& cl : c.report->claims) {
    if (cl.type != ClaimType::kOffice) continue;
    auto it = std::lower_bound(tk.begin(), tk.end(), cl.start, [](const Token& t, std::size_t pos) { return t.start < pos; });
    for (; it != tk.end() && it->end <= cl.end; ++it) covered[static_cast<std::size_t>(it - tk.begin())] = true;
  }
  for (std::size_t i = 0; i < tk.size(); ++i) {
    if (covered[i] || !c.lx.role_nouns.MatchAt(tk, i, tk.size())) continue;
    const int sentence = tk[i].sentence;
    // The role phrase: capitalised words (and "of", "to", "the") up to the role noun, then the name.
    std::size_t first = i;
    while (first > 0 && tk[first - 1].sentence == sentence && !covered[first - 1] &&
           ((tk[first - 1].kind == TokenKind::kWord && tk[first - 1].capitalized) || tk[first - 1].folded == "'s"))
      --first;
    if (!tk[i].capitalized && first == i) continue;
    std::size_t j = i + 1;
    while (j < tk.size() && tk[j].sentence == sentence && tk[j].kind == TokenKind::kWord && tk[j].capitalized && !MentionAt(c, j)) ++j;
    // A known person right after the role, or an unknown full name of two words or more.
    const Mention* person = j < tk.size() ? MentionAt(c, j) : nullptr;
    std::size_t last = j;
    if (person && person->first == j && !person->person.empty()) last = person->last;
    else if (j - (i + 1) < 2) continue;
    for (std::size_t k = first; k < last; ++k) covered[k] = true;
    Claim cl = MakeClaim(c, ClaimType::kOffice, first, last);
    cl.verdict = Verdict::kUnverifiable;
    cl.confidence = 0.3;
    cl.explanation = "The dataset does not hold this role, so the title cannot be checked.";
    c.report->claims.push_back(std::move(cl));
    i = last - 1;
  }
}

}  // namespace

void CheckOffices(Context& c) {
  const long article = c.article_day.value_or(0);
  if (!c.article_day) return;  // titles cannot be judged without a date
  for (auto& t : c.titles) {
    if (t.blocked) continue;
    const auto& tk = c.tokens;
    // "Treasury Secretary Janet Yellen", "Senate President X": a capitalised word that names
    // no country or organisation makes the title part of a longer one the dataset does not
    // know. Only "former", "acting" and honorifics may stand there.
    if (t.first > 0 && tk[t.first - 1].kind == TokenKind::kWord && tk[t.first - 1].capitalized && tk[t.first - 1].sentence == t.sentence) {
      const Mention* m = MentionAt(c, t.first - 1);
      const bool jurisdiction_word = m && (!m->country.empty() || !m->org.empty()) && m->person.empty();
      const std::string& w = tk[t.first - 1].folded;
      const bool allowed = c.lx.former_markers.MatchAt(tk, t.first - 1, t.first) || c.lx.honorifics.MatchAt(tk, t.first - 1, t.first) ||
                           w == "acting" || w == "incumbent" || w == "then" || w == "new" || w == "newly";
      if (!jurisdiction_word && !allowed) continue;
    }
    // "opposition leader", "Hamas leader": a generic word after a word that is not a country.
    if (!t.generic_roles.empty() && t.first > 0 && tk[t.first - 1].sentence == t.sentence) {
      const Token& before = tk[t.first - 1];
      const Mention* m = MentionAt(c, t.first - 1);
      const bool country_before = m && (!m->country.empty() || !m->org.empty()) && m->person.empty();
      if (c.lx.generic_title_blockers.MatchAt(tk, t.first - 1, t.first) || (before.capitalized && !country_before)) continue;
    }
    // Jurisdiction before the title, and "former" before that.
    std::size_t jfirst = t.first;
    std::string jurisdiction;
    if (const Mention* m = JurisdictionBefore(c, t.first, &jfirst)) jurisdiction = JurisdictionOf(*m);
    std::size_t claim_first = jurisdiction.empty() ? t.first : jfirst;
    if (claim_first > 0 && c.lx.former_markers.MatchAt(tk, claim_first - 1, claim_first)) {
      t.former = true;
      --claim_first;
    } else if (claim_first > 1 && tk[claim_first - 1].folded == "-" && c.lx.former_markers.MatchAt(tk, claim_first - 2, claim_first - 1)) {
      t.former = true;
      claim_first -= 2;
    }
    const bool definite = claim_first > 0 && (tk[claim_first - 1].folded == "the");
    // "the President of Azerbaijan"
    std::size_t after = t.last;
    if (const Mention* of = OfJurisdiction(c, after); of && jurisdiction.empty()) {
      jurisdiction = JurisdictionOf(*of);
      after = of->last;
    }
    // Find the person: right after (allowing "Mr", a comma), or before with a comma.
    std::string person;
    const Mention* linked = nullptr;
    std::size_t claim_last = after;
    std::size_t k = after;
    if (k < tk.size() && tk[k].folded == ",") ++k;
    while (k < tk.size() && c.lx.honorifics.MatchAt(tk, k, tk.size())) k += c.lx.honorifics.MatchAt(tk, k, tk.size());
    const Mention* next = k < tk.size() ? MentionAt(c, k) : nullptr;
    if (next && next->first == k && !next->person.empty() && tk[k].sentence == t.sentence) {
      person = next->person;
      linked = next;
      claim_last = next->last;
      // "President Emmanuel Macron of France"
      if (const Mention* of = OfJurisdiction(c, claim_last); of && jurisdiction.empty()) {
        jurisdiction = JurisdictionOf(*of);
        claim_last = of->last;
      }
    } else {
      // Apposition: "Ilham Aliyev, Azerbaijan's president"; "Mr Kim, Chairman of ..."
      std::size_t b = claim_first;
      if (b > 0 && (tk[b - 1].folded == "his" || tk[b - 1].folded == "her" || tk[b - 1].folded == "the")) --b;
      // Not when a capitalised (unknown) name follows the title: the title is that name's.
      const bool name_follows = claim_last < tk.size() && tk[claim_last].kind == TokenKind::kWord && tk[claim_last].capitalized &&
                                tk[claim_last].sentence == t.sentence;
      if (b > 1 && tk[b - 1].folded == "," && !name_follows) {
        const Mention* prev = MentionAt(c, b - 2);
        if (prev && !prev->person.empty() && prev->last == b - 1) {
          person = prev->person;
          linked = prev;
          claim_first = prev->first;
          while (claim_first > 0 && c.lx.honorifics.MatchAt(tk, claim_first - 1, claim_first)) --claim_first;
        }
      }
    }
    if (person.empty()) {
      // A title with no known name after it. An unknown full name after a title with a
      // stated jurisdiction may still contradict a single-holder office's known holder.
      const std::size_t unknown_end = UnknownNameAfter(c, k);
      // A title that only one country's office uses ("External Affairs Minister") names that
      // country when the article speaks of it.
      const std::string implied = jurisdiction.empty() && t.former == false ? ImpliedJurisdiction(c, t) : std::string();
      if (unknown_end > k && (!jurisdiction.empty() || !implied.empty()) && !t.former) {
        const auto offices = CandidateOffices(c, t, jurisdiction.empty() ? implied : jurisdiction);
        if (offices.size() == 1 && offices.front()->single_holder && t.generic_roles.empty()) {
          // The holder on the article's day and, when the sentence has its own date, on that day.
          const Tenure* holder = nullptr;
          const long complete = c.ds.CompleteUntil(*offices.front());
          bool sure = article <= complete;
          for (const long day : {article, SentenceDay(c, t.sentence).value_or(article)}) {
            const auto holders = HoldersOn(c.ds, offices.front()->id, day);
            if (holders.size() != 1 || day > complete || (holder && holder->person != holders.front()->person)) sure = false;
            else holder = holders.front();
          }
          if (sure && holder && !SharesNameWord(c, *holder, k, unknown_end)) {
            Judgement j;
            j.verdict = Verdict::kContradicted;
            j.confidence = jurisdiction.empty() ? 0.6 : 0.7;
            j.explanation = "On " + HumanDate(FromDayNumber(article)) + " the " + offices.front()->title + " was " +
                            c.ds.Label(holder->person) + ", not " + c.Span(k, unknown_end) + ".";
            j.evidence.push_back(TenureEvidence(c.ds, *holder));
            Emit(c, ClaimType::kOffice, claim_first, unknown_end, std::move(j), {});
          }
        }
        continue;
      }
      // "... securing a third term as China's head of state": the role of the person the
      // sentence is about (the nearest one named before). Supported or left unverified, never
      // contradicted: the subject of "as" is a guess.
      if (claim_first > 0 && tk[claim_first - 1].folded == "as" && !jurisdiction.empty()) {
        const Mention* subject = nullptr;
        for (const Mention& m : c.MentionsIn(t.sentence))
          if (!m.person.empty() && m.last <= claim_first) subject = &m;
        if (subject) {
          Judgement at = JudgeAt(c, subject->person, t, jurisdiction, article);
          if (at.verdict == Verdict::kSupported) Emit(c, ClaimType::kOffice, claim_first - 1, t.last, std::move(at), {});
        }
        continue;
      }
      // "the French president", "the PM": supported when the holder is named in the article.
      if (definite && (t.generic_roles.empty() || !jurisdiction.empty())) {
        std::vector<const Tenure*> named;
        // "the Queen" is not King Charles: a gendered title needs a holder of that gender.
        const auto gendered = c.lx.title_genders.find(tk[t.last - 1].folded);
        const std::string want = gendered != c.lx.title_genders.end() ? gendered->second : std::string();
        for (const Office* o : CandidateOffices(c, t, jurisdiction))
          for (const Tenure* h : HoldersOn(c.ds, o->id, article))
            if (c.people_seen.count(h->person) &&
                (want.empty() || (c.ds.FindPerson(h->person) && c.ds.FindPerson(h->person)->gender == want)) &&
                std::find_if(named.begin(), named.end(), [&](const Tenure* x) { return x->person == h->person; }) == named.end())
              named.push_back(h);
        if (named.size() == 1) {
          Judgement j;
          j.verdict = Verdict::kSupported;
          j.confidence = 0.7;
          j.explanation = c.ds.Label(named.front()->person) + ", named in the article, was " + TenureText(c.ds, *named.front()) + ".";
          j.evidence.push_back(TenureEvidence(c.ds, *named.front()));
          Emit(c, ClaimType::kOffice, claim_first, t.last, std::move(j), {});
        }
      }
      continue;
    }
    // Lower-case titles before a name are titles; lower-case generic words ("leader") need
    // a jurisdiction or a name right after them, which we have here.
    Judgement at_article = JudgeAt(c, person, t, jurisdiction, article);
    std::optional<Judgement> at_sentence;
    // Every day the sentence speaks of counts ("the funeral on Monday of Queen Elizabeth II,
    // who died on September 8"): the title may hold on any of them.
    for (const long d : SentenceDays(c, t.sentence)) {
      if (d == article) continue;
      Judgement at = JudgeAt(c, person, t, jurisdiction, d);
      if (!at_sentence || at.verdict == Verdict::kSupported ||
          (at_sentence->verdict == Verdict::kContradicted && at.verdict != Verdict::kContradicted))
        at_sentence = std::move(at);
    }
    Judgement j = Combine(std::move(at_article), std::move(at_sentence));
    // "the funeral of Queen Elizabeth II", "the late President": a title as the person held it.
    if (j.verdict == Verdict::kContradicted) {
      const Sentence& sn = c.sentences[static_cast<std::size_t>(t.sentence)];
      if (c.lx.death_words.AnyIn(tk, sn.first_token, sn.last_token)) {
        j.verdict = Verdict::kUnverifiable;
        j.confidence = 0.3;
        j.explanation = "The sentence speaks of a death or a funeral, where a title names the office the person held; " + j.explanation;
      }
    }
    // A surname the article never gives in full was linked only because one namesake held an
    // office that day; a title that does not fit that person says it is someone else.
    if (j.verdict == Verdict::kContradicted && linked && linked->guessed) {
      j.verdict = Verdict::kUnverifiable;
      j.confidence = 0.2;
      j.explanation = "\"" + c.Span(linked->first, linked->last) + "\" alone may not be " + c.ds.Label(person) +
                      ", the only namesake in office that day; the article does not give the full name. " + j.explanation;
    }
    std::vector<std::string> notes;
    for (const auto& m : c.MentionsIn(t.sentence))
      if (m.first >= claim_first && m.last <= claim_last && !m.note.empty()) notes.push_back(m.note);
    Emit(c, ClaimType::kOffice, claim_first, claim_last, std::move(j), notes);
  }
  UnknownRoles(c);
}

}  // namespace claimlight::internal
