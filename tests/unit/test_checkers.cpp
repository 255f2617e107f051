#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimlight;
using test::Check;
using test::FindClaim;

TEST_CASE("office claims are judged at the time the sentence speaks of", "[checker][office]") {
  struct Case { const char* text; const char* date; const char* needle; Verdict verdict; };
  const Case cases[] = {
      {"Chancellor Angela Merkel visited Paris.", "2015-06-01", "Angela Merkel", Verdict::kSupported},
      {"Chancellor Angela Merkel visited Paris.", "2023-06-01", "Angela Merkel", Verdict::kContradicted},
      {"In 2015, Chancellor Angela Merkel opened the borders.", "2023-06-01", "Angela Merkel", Verdict::kSupported},
      {"Former Chancellor Angela Merkel spoke.", "2023-06-01", "Angela Merkel", Verdict::kSupported},
      {"Germany's Chancellor Olaf Scholz spoke.", "2023-10-05", "Olaf Scholz", Verdict::kSupported},
      {"Germany's President Olaf Scholz spoke.", "2023-10-05", "Olaf Scholz", Verdict::kContradicted},
      {"German President Frank-Walter Steinmeier spoke.", "2023-10-05", "Steinmeier", Verdict::kSupported},
      {"President Emmanuel Macron of France spoke.", "2023-10-05", "Macron", Verdict::kSupported},
      {"Russian President Vladimir Putin spoke.", "2021-06-16", "Putin", Verdict::kSupported},
      {"Russian Prime Minister Vladimir Putin spoke.", "2021-06-16", "Putin", Verdict::kContradicted},
      {"Vladimir Putin, Russia's president, spoke.", "2021-06-16", "Putin", Verdict::kSupported},
      {"the President of Russia, Vladimir Putin, spoke.", "2021-06-16", "Putin", Verdict::kSupported},
      // After the dataset's as_of date a title is never contradicted for lack of a record.
      {"German Chancellor Olaf Scholz spoke.", "2026-01-10", "Scholz", Verdict::kUnverifiable},
  };
  for (const auto& c : cases) {
    INFO(c.text << " @ " << c.date);
    const auto r = Check(c.text, c.date);
    const Claim* cl = FindClaim(r, ClaimType::kOffice, c.needle);
    REQUIRE(cl != nullptr);
    CHECK(cl->verdict == c.verdict);
    CHECK(!cl->explanation.empty());
    if (cl->verdict != Verdict::kUnverifiable) {
      REQUIRE(!cl->evidence.empty());
      CHECK(cl->evidence.front().source.rfind("https://", 0) == 0);
    }
  }
}

TEST_CASE("an open tenure after as_of supports a title with lowered confidence and a note", "[checker][office]") {
  const auto r = Check("French President Emmanuel Macron spoke.", "2025-03-01");
  const Claim* cl = FindClaim(r, ClaimType::kOffice, "Macron");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  CHECK(cl->confidence < 0.8);
  REQUIRE(!cl->notes.empty());
  CHECK(cl->notes.front().find("complete up to") != std::string::npos);
}

TEST_CASE("spelling variants link to the person with a note, never a contradiction", "[checker][linking]") {
  const auto r = Check("President Vladimir Poutine spoke. Later Putin left.", "2021-06-16");
  const Claim* cl = FindClaim(r, ClaimType::kOffice, "Poutine");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  REQUIRE(!cl->notes.empty());
  CHECK(cl->notes.front().find("variant spelling of Vladimir Putin") != std::string::npos);
  int putin = 0;
  for (const auto& e : r.entities) putin += e.id == "person/vladimir-putin";
  CHECK(putin == 2);
}

TEST_CASE("meetings: place, date and participants", "[checker][meeting]") {
  struct Case { const char* text; Verdict verdict; };
  const Case cases[] = {
      {"Joe Biden met Vladimir Putin in Geneva on Wednesday.", Verdict::kSupported},
      {"Joe Biden met Vladimir Putin in Helsinki on Wednesday.", Verdict::kContradicted},
      {"Joe Biden met Vladimir Putin in Geneva on Monday.", Verdict::kContradicted},
      {"Joe Biden met Vladimir Putin at Villa La Grange on Wednesday.", Verdict::kSupported},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = Check(c.text, "2021-06-16");
    const Claim* cl = FindClaim(r, ClaimType::kMeeting, "met");
    REQUIRE(cl);
    CHECK(cl->verdict == c.verdict);
  }
}

TEST_CASE("a meeting found only through its participants does not contradict another one", "[checker][meeting]") {
  // The dataset knows the Geneva summit only; a Paris meeting of the same two men months
  // later is not contradicted by it.
  const auto r = Check("Joe Biden met Vladimir Putin in Paris.", "2021-09-30");
  for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("treaties: parties named outright must be the parties", "[checker][treaty]") {
  const auto ok = Check("The United States and Russia signed a joint statement on strategic stability on Wednesday.", "2021-06-16");
  const Claim* cl = FindClaim(ok, ClaimType::kTreaty, "signed");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  const auto bad = Check("The United States and France signed a joint statement on strategic stability on Wednesday.", "2021-06-16");
  for (const auto& c : bad.claims) CHECK(c.verdict != Verdict::kSupported);
}

TEST_CASE("negative cases: these produce no flagged claim", "[checker]") {
  for (const char* s : {"The weather in Paris was fine.", "Deputy Chancellor Olaf Scholz spoke.", "He said he may visit Geneva.",
                        "Mr Smith, a teacher, met pupils in Berlin on Monday.", "Opposition leader Angela Merkel spoke.",
                        "Party leader Angela Merkel spoke.", "The veteran leader Angela Merkel spoke.",
                        "Federal Finance Chancellor Angela Merkel spoke.", "Senate President Joe Biden spoke.",
                        "On the eve of his meeting with Putin, Biden told reporters in Helsinki that talks would be hard."}) {
    INFO(s);
    const auto r = Check(s, "2023-06-01");
    for (const auto& c : r.claims) {
      CHECK(c.verdict != Verdict::kContradicted);
      CHECK(c.verdict != Verdict::kMixed);
    }
  }
}

TEST_CASE("member counts are checked for organisations with a full membership history", "[checker][quantity]") {
  // The fixture has no organisation: the number stays unverifiable.
  const auto r = Check("Leaders of the 27 EU member states met.", "2024-06-01");
  for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  // The bundled dataset counts NATO's members.
  const auto ok = Check("The 32 NATO members agreed.", "2024-06-01", test::Bundled());
  const Claim* cl = FindClaim(ok, ClaimType::kQuantity, "32");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  const auto bad = Check("The 30 NATO members agreed.", "2024-06-01", test::Bundled());
  cl = FindClaim(bad, ClaimType::kQuantity, "30");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
  const auto approx = Check("Nearly 30 NATO members agreed.", "2024-06-01", test::Bundled());
  cl = FindClaim(approx, ClaimType::kQuantity, "30");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kUnverifiable);
}

TEST_CASE("month names are not people, and a country can host a summit", "[checker][linking]") {
  const auto r = Check("In May, Japan hosted the G7 summit in Hiroshima.", "2023-07-12", test::Bundled());
  for (const auto& e : r.entities) CHECK(e.kind != "person");
  const Claim* cl = FindClaim(r, ClaimType::kEvent, "hosted");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  const auto wrong = Check("In May, Italy hosted the G7 summit in Hiroshima.", "2023-07-12", test::Bundled());
  cl = FindClaim(wrong, ClaimType::kEvent, "hosted");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
}

TEST_CASE("treaties: entry into force and a party's ratification are dated", "[checker][treaty]") {
  struct Case { const char* text; Verdict verdict; };
  const Case cases[] = {
      {"The Paris Agreement entered into force in November 2016.", Verdict::kSupported},
      {"The Paris Agreement entered into force in 2015.", Verdict::kContradicted},
      {"The United States ratified the Paris Agreement in September 2016.", Verdict::kSupported},
      {"The United States ratified the Paris Agreement in 2019.", Verdict::kContradicted},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = Check(c.text, "2023-01-01", test::Bundled());
    const Claim* cl = FindClaim(r, ClaimType::kTreaty, "Paris Agreement");
    REQUIRE(cl);
    CHECK(cl->verdict == c.verdict);
  }
}

TEST_CASE("a name that is also a country is a person only after the full name", "[checker][linking]") {
  const auto r = Check("Montenegro joined NATO in 2017.", "2024-06-01", test::Bundled());
  for (const auto& e : r.entities) CHECK(e.kind != "person");
}

TEST_CASE("an unknown name after a title contradicts only a sure, different holder", "[checker][office]") {
  // "Chancellor" names only Germany's office in the fixture; the article speaks of Germany.
  {
    const auto r = Check("Germany's budget was cut. Chancellor Hans Peter Muster defended it.", "2023-10-05");
    const Claim* cl = FindClaim(r, ClaimType::kOffice, "Hans Peter Muster");
    REQUIRE(cl);
    CHECK(cl->verdict == Verdict::kContradicted);
    CHECK(cl->explanation.find("Olaf Scholz") != std::string::npos);
    REQUIRE(!cl->evidence.empty());
  }
  // The same without Germany in the article, with a name that shares a word with the holder's,
  // after the as-of date, or with a qualifier that makes it another office: never contradicted.
  for (const char* text : {"Chancellor Hans Peter Muster defended the budget.",
                           "Germany's budget was cut. Chancellor Olaf Friedrich Scholz defended it.",
                           "Germany's budget was cut. Vice Chancellor Hans Peter Muster defended it.",
                           "Germany's budget was cut. Former Chancellor Hans Peter Muster defended it.",
                           // "Federal President" names only Germany's office in the fixture, but
                           // the dataset does not mark it as Germany's alone.
                           "Germany's budget was cut. Federal President Hans Peter Muster defended it."}) {
    INFO(text);
    const auto r = Check(text, "2023-10-05");
    for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  }
  const auto late = Check("Germany's budget was cut. Chancellor Hans Peter Muster defended it.", "2026-03-01");
  for (const auto& c : late.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("a sentence that refers back to the meeting just reported is judged against it", "[checker][meeting]") {
  const auto ok = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. The meeting lasted four hours.", "2021-06-17");
  const Claim* cl = FindClaim(ok, ClaimType::kMeeting, "The meeting");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  // The back-reference carries the meeting's date and place to check.
  const auto late = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. The talks took place on 2 June 2021.", "2021-06-17");
  cl = FindClaim(late, ClaimType::kMeeting, "The talks took place");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
  // Officials who took part may be named; another leader may not.
  const auto with = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. The two leaders met first with aides, then were joined by delegations.", "2021-06-17");
  cl = FindClaim(with, ClaimType::kMeeting, "joined by delegations");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  const auto where = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. The two leaders met in Helsinki.", "2021-06-17");
  cl = FindClaim(where, ClaimType::kMeeting, "The two leaders met");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
  // Without a meeting just before that the dataset confirms (here Paris is not Geneva), or
  // too far away, nothing is judged from it.
  for (const char* text : {"The meeting took place on 2 June 2021.",
                           "Joe Biden met Vladimir Putin in Geneva on Wednesday. Prices rose. Wages fell. Rents rose. Taxes fell. Fuel rose. Bread fell. The meeting took place on 2 June 2021."}) {
    INFO(text);
    const auto r = Check(text, "2021-06-17");
    for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  }
  const auto paris = Check("Joe Biden met Vladimir Putin in Paris. The meeting took place on 2 October 2021.", "2021-10-05");
  for (const auto& c : paris.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("spouse claims: the recorded spouse supports, another name contradicts only a certain owner", "[checker][spouse]") {
  struct Case { const char* text; const char* needle; Verdict verdict; };
  const Case cases[] = {
      {"Emmanuel Macron arrived with his wife, Brigitte Macron.", "Brigitte Macron", Verdict::kSupported},
      {"Emmanuel Macron spoke. Brigitte Trogneux, his wife, smiled.", "Brigitte Trogneux", Verdict::kSupported},
      {"Emmanuel Macron arrived with his wife, Brigite Macron.", "Brigite Macron", Verdict::kSupported},
      {"Emmanuel Macron's wife Julie Dupont attended.", "Julie Dupont", Verdict::kContradicted},
      // Two men named before the pronoun: never contradicted.
      {"Emmanuel Macron met Olaf Scholz and his wife, Britta Ernst.", "Britta Ernst", Verdict::kUnverifiable},
      // No recorded spouse: unverifiable.
      {"Olaf Scholz came with his wife, Britta Ernst.", "Britta Ernst", Verdict::kUnverifiable},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = Check(c.text, "2023-06-01");
    const Claim* cl = FindClaim(r, ClaimType::kOffice, c.needle);
    REQUIRE(cl);
    CHECK(cl->verdict == c.verdict);
    if (cl->verdict != Verdict::kUnverifiable) {
      REQUIRE(!cl->evidence.empty());
      CHECK(cl->evidence.front().kind == "spouse");
    }
  }
  // A pronoun with nobody named before it is not judged.
  for (const auto& cl : Check("Julie Dupont, his wife, stood beside Emmanuel Macron.", "2023-06-01").claims)
    CHECK(cl.verdict != Verdict::kContradicted);
  // Before the wedding the recorded spouse says nothing against another name.
  const auto early = Check("Emmanuel Macron's wife Julie Dupont attended.", "2005-06-01");
  for (const auto& cl : early.claims) CHECK(cl.verdict != Verdict::kContradicted);
}

TEST_CASE("a visitor seen with the host country's officials on a day of a state visit", "[checker][meeting]") {
  const auto ds = test::Bundled();
  const auto ok = Check("Narendra Modi with Egyptian Prime Minister Mostafa Madbouly during his visit to the pyramids on June 25, 2023.",
                        "2023-06-26", ds);
  const Claim* cl = FindClaim(ok, ClaimType::kMeeting, "Madbouly");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  // A later mention of the same visit in the sentence belongs to the claim.
  const auto later = Check("Narendra Modi held talks with President Abdel Fattah El-Sisi in Cairo on June 25, 2023, and called his state visit to Egypt historic.",
                           "2023-06-26", ds);
  cl = FindClaim(later, ClaimType::kMeeting, "Sisi");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  CHECK(cl->text.find("visit to Egypt") != std::string::npos);
  // Another country's leader, another day or a city the visit record does not hold: not this
  // visit, and never a contradiction from it.
  for (const char* text : {"Narendra Modi with French President Emmanuel Macron during his visit on June 25, 2023.",
                           "Narendra Modi with Egyptian Prime Minister Mostafa Madbouly during his visit on June 29, 2023.",
                           "Narendra Modi with Egyptian Prime Minister Mostafa Madbouly during his visit to Alexandria on June 25, 2023."}) {
    INFO(text);
    const auto r = Check(text, "2023-07-01", ds);
    for (const auto& c : r.claims) {
      CHECK(c.verdict != Verdict::kContradicted);
      if (c.type == ClaimType::kMeeting) CHECK(c.verdict != Verdict::kSupported);
    }
  }
}

TEST_CASE("a document named by its kind right after a confirmed one refers back to it", "[checker][treaty]") {
  const auto r = Check("The United States and Russia signed a joint statement on strategic stability on Wednesday.\n"
                       "\"We will keep talking today,\" said a joint statement issued by both sides.",
                       "2021-06-17");
  const Claim* cl = FindClaim(r, ClaimType::kTreaty, "said a joint statement");
  if (!cl) cl = FindClaim(r, ClaimType::kTreaty, "a joint statement issued");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  REQUIRE(!cl->evidence.empty());
  CHECK(cl->evidence.front().id == "treaty/us-russia-strategic-stability-2021");
  // Another kind of document, or one too far away, is not that one.
  for (const char* text : {"The United States and Russia signed a joint statement on strategic stability on Wednesday.\n"
                           "Officials said a trade treaty was next.",
                           "The United States and Russia signed a joint statement on strategic stability on Wednesday.\n"
                           "Prices rose. Wages fell. Rents rose.\n\"We will talk,\" said a joint statement issued by both sides."}) {
    INFO(text);
    const auto o = Check(text, "2021-06-17");
    int refs = 0;
    for (const auto& c : o.claims)
      if (c.type == ClaimType::kTreaty && c.explanation.rfind("This refers to", 0) == 0) ++refs;
    CHECK(refs == 0);
  }
}

TEST_CASE("\"as <country>'s head of state\" is judged for the person named before, never contradicted", "[checker][office]") {
  const auto ds = test::Bundled();
  const auto ok = Check("Vladimir Putin spoke in Geneva as Russia's head of state.", "2021-06-16", ds);
  const Claim* cl = FindClaim(ok, ClaimType::kOffice, "as Russia's head of state");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  // The nearest person named before is not the one meant: no claim, and no contradiction.
  const auto other = Check("Vladimir Putin met Joe Biden as Russia's head of state.", "2021-06-16", ds);
  for (const auto& c : other.claims) CHECK(c.verdict != Verdict::kContradicted);
  CHECK(FindClaim(other, ClaimType::kOffice, "head of state") == nullptr);
}

TEST_CASE("later mentions of a confirmed meeting: a time on its days, its venue", "[checker][meeting]") {
  // A later time in the sentence on the meeting's day belongs to the claim.
  const auto r = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday, and again at a dinner on Wednesday night.", "2021-06-17");
  const Claim* cl = FindClaim(r, ClaimType::kMeeting, "Joe Biden met");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  CHECK(cl->text.find("Wednesday night") != std::string::npos);
  // Another day is not swallowed.
  const auto o = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday, and will call him on Friday.", "2021-06-17");
  cl = FindClaim(o, ClaimType::kMeeting, "Joe Biden met");
  REQUIRE(cl);
  CHECK(cl->text.find("Friday") == std::string::npos);
  // The venue named later speaks of the same meeting.
  const auto v = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. Reporters waited. Both men later strolled in the park of Villa La Grange.",
                       "2021-06-17");
  cl = FindClaim(v, ClaimType::kMeeting, "Villa La Grange");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  // ... but not on another occasion.
  const auto w = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. In 2019 a concert was held at Villa La Grange.", "2021-06-17");
  CHECK(FindClaim(w, ClaimType::kMeeting, "Villa La Grange") == nullptr);
}

TEST_CASE("a meeting used as a reference point leaves the main clause its own claim", "[checker][meeting]") {
  const auto ds = test::Bundled();
  const auto r = Check("On the eve of his meeting with Xi Jinping, Joe Biden told Asian leaders in Cambodia that talks would continue.",
                       "2022-11-14", ds);
  const Claim* main = FindClaim(r, ClaimType::kEvent, "Asian leaders in Cambodia");
  REQUIRE(main);
  CHECK(main->verdict == Verdict::kSupported);
  REQUIRE(!main->evidence.empty());
  CHECK(main->evidence.front().summary.find("East Asia Summit") != std::string::npos);
  // The reference claim stops at the comma: Cambodia is not held against the Bali meeting.
  for (const auto& c : r.claims) {
    CHECK(c.verdict != Verdict::kContradicted);
    if (c.type == ClaimType::kMeeting) CHECK(c.text.find("Cambodia") == std::string::npos);
  }
  // A clause read this loosely never contradicts.
  const auto other = Check("On the eve of his meeting with Xi Jinping, Joe Biden told Asian leaders in Laos that talks would continue.",
                           "2022-11-14", ds);
  for (const auto& c : other.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("people of the sentence before do not make another leader's trip their meeting", "[checker][meeting]") {
  const auto ds = test::Bundled();
  const auto r = Check("Indian Prime Minister Narendra Modi was in Moscow for talks with Russian President Vladimir Putin. "
                       "Hungarian Prime Minister Viktor Orban visited Kyiv, Moscow and Beijing this month.",
                       "2024-07-10", ds);
  const Claim* cl = FindClaim(r, ClaimType::kMeeting, "Orban");
  if (cl) {
    CHECK(cl->verdict != Verdict::kSupported);
    CHECK(cl->verdict != Verdict::kContradicted);
  }
  const Claim* modi = FindClaim(r, ClaimType::kMeeting, "Modi");
  REQUIRE(modi);
  CHECK(modi->verdict == Verdict::kSupported);
}

TEST_CASE("\"skipped the summit\" refers to the summit just confirmed", "[checker][event]") {
  const auto ds = test::Bundled();
  const auto r = Check("Leaders of the Group of 20 met in New Delhi on Saturday. Chinese President Xi Jinping skipped the summit and sent Premier Li Qiang.",
                       "2023-09-10", ds);
  const Claim* cl = FindClaim(r, ClaimType::kEvent, "skipped the summit");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  REQUIRE(!cl->evidence.empty());
  CHECK(cl->evidence.front().summary.find("G20") != std::string::npos);
  // Without a confirmed summit just before, nothing is decided.
  const auto alone = Check("Chinese President Xi Jinping skipped the summit and sent Premier Li Qiang.", "2023-09-10", ds);
  for (const auto& c : alone.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("membership claims: joining and leaving dates of an organisation's members", "[checker][membership]") {
  const auto ds = test::Bundled();
  struct Case { const char* text; const char* needle; Verdict verdict; };
  const Case cases[] = {
      {"Finland joined NATO in April 2023.", "Finland joined NATO", Verdict::kSupported},
      {"Finland joined NATO in April 2022.", "Finland joined NATO", Verdict::kContradicted},
      {"Finland joined NATO in 2023. Sweden joined the alliance in March 2024.", "Sweden joined the alliance", Verdict::kSupported},
      {"The United Kingdom left the EU on 31 January 2020.", "left the EU", Verdict::kSupported},
      // A complete member list without the country: it had not joined.
      {"Ukraine joined NATO in 2022.", "Ukraine joined NATO", Verdict::kContradicted},
      // The ordinal counts the members on the day it joined.
      {"Sweden formally became NATO's 32nd member on 7 March 2024.", "32nd member", Verdict::kSupported},
      {"Finland became the 30th member of NATO in April 2023.", "30th member", Verdict::kContradicted},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto r = Check(c.text, "2024-06-01", ds);
    const Claim* cl = FindClaim(r, ClaimType::kEvent, c.needle);
    REQUIRE(cl);
    CHECK(cl->verdict == c.verdict);
    REQUIRE(!cl->evidence.empty());
    CHECK(cl->evidence.front().kind == "membership");
  }
  // Not memberships, or not something that happened: never contradicted.
  for (const char* text : {"Ukraine has not joined NATO.", "If Ukraine joined NATO in 2025, Russia would object.",
                           "Ukraine hopes to join NATO.", "Ukraine will join NATO one day.", "Finland joined NATO exercises in 2015.",
                           "Ukraine joined NATO leaders in Vilnius.", "Ukraine joined NATO's training mission."}) {
    INFO(text);
    const auto r = Check(text, "2024-06-01", ds);
    for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  }
}

TEST_CASE("back-references skip announced meetings; officials not on a meeting's list stay unverified", "[checker][meeting]") {
  const auto ds = test::Bundled();
  const auto r = Check("ANCHORAGE, Alaska, August 16, 2025 — Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson on Friday.\n"
                       "Volodymyr Zelensky is due in Washington on Monday, where he will meet Trump at the White House.\n"
                       "Marco Rubio joined Trump in the talks.",
                       "", ds);
  CHECK(r.article_date == "2025-08-16");
  const Claim* joined = FindClaim(r, ClaimType::kEvent, "Marco Rubio joined Trump");
  REQUIRE(joined);
  CHECK(joined->verdict == Verdict::kUnverifiable);
  REQUIRE(!joined->evidence.empty());
  CHECK(joined->evidence.front().summary.find("Alaska") != std::string::npos);
  for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  // A venue that names its city is not followed by the city again.
  const auto h = Check("Donald Trump and Vladimir Putin met in Helsinki in July 2018.", "2018-07-20", ds);
  const Claim* met = FindClaim(h, ClaimType::kMeeting, "Helsinki");
  REQUIRE(met);
  CHECK(met->explanation.find("Helsinki, Helsinki") == std::string::npos);
}

TEST_CASE("places outside the trigger's relative clause, or reached by another verb, are not the meeting's", "[checker][meeting]") {
  const auto ds = test::Bundled();
  for (const char* text : {"Leaders of the Group of Eight met at Gleneagles. British Prime Minister Tony Blair, who hosts the summit, "
                           "returned briefly to London on Thursday.",
                           "Joe Biden flew to London after the G20 summit in Bali on Tuesday."}) {
    INFO(text);
    const auto r = Check(text, text[0] == 'L' ? "2005-07-08" : "2022-11-16", ds);
    for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  }
  // "a visit to" keeps its place.
  const auto v = Check("Narendra Modi held talks with President Abdel Fattah El-Sisi on his state visit to Egypt on June 25, 2023.", "2023-06-26", ds);
  const Claim* cl = FindClaim(v, ClaimType::kMeeting, "Sisi");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
}

TEST_CASE("organisation titles: the organisation the title or the person's career names", "[checker][office]") {
  const auto ds = test::Bundled();
  struct Case { const char* text; const char* date; const char* needle; Verdict verdict; };
  const Case cases[] = {
      {"UN Secretary-General Kofi Annan hailed the deal.", "2015-12-12", "Kofi Annan", Verdict::kContradicted},
      {"UN Secretary-General Ban Ki-moon hailed the deal.", "2015-12-12", "Ban Ki-moon", Verdict::kSupported},
      {"European Commission President Jean-Claude Juncker spoke.", "2020-01-31", "Juncker", Verdict::kContradicted},
      {"NATO leaders met. Secretary General Anders Fogh Rasmussen spoke.", "2024-07-10", "Rasmussen", Verdict::kContradicted},
      // Holding another office that day: the title may be that one's.
      {"Secretary General Javier Solana spoke in Brussels.", "2005-06-01", "Solana", Verdict::kUnverifiable},
  };
  for (const auto& c : cases) {
    INFO(c.text << " @ " << c.date);
    const auto r = Check(c.text, c.date, ds);
    const Claim* cl = FindClaim(r, ClaimType::kOffice, c.needle);
    REQUIRE(cl);
    CHECK(cl->verdict == c.verdict);
  }
}

TEST_CASE("a sentence about what is still to come is not judged by a meeting already held", "[checker][meeting]") {
  const auto r = Check("Joe Biden met Vladimir Putin in Geneva on Wednesday. Biden will meet Putin again in Geneva.", "2021-06-17");
  const Claim* cl = FindClaim(r, ClaimType::kMeeting, "will meet");
  if (!cl) cl = FindClaim(r, ClaimType::kMeeting, "meet Putin again");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kUnverifiable);
  // "visited France": the country is the visit's place, and Geneva is not in France.
  const auto v = Check("Joe Biden visited France on Wednesday and met Vladimir Putin.", "2021-06-17");
  for (const auto& c : v.claims)
    if (c.type == ClaimType::kMeeting) CHECK(c.verdict != Verdict::kSupported);
}

TEST_CASE("titles in sentences about deaths and past moments: then-, the late, funerals", "[checker][office]") {
  const auto ds = test::Bundled();
  // Every day the sentence gives counts; a funeral names the title the person held.
  for (const char* text : {"World leaders gathered on Monday for the state funeral of Queen Elizabeth II, who died on September 8.",
                           "World leaders gathered on Monday for the state funeral of Queen Elizabeth II."}) {
    INFO(text);
    const auto r = Check(text, "2022-09-19", ds);
    for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
  }
  // "then-" is a past title.
  const auto then = Check("Then-Prime Minister Boris Johnson met the Queen at Balmoral on September 6.", "2022-09-19", ds);
  const Claim* cl = FindClaim(then, ClaimType::kOffice, "Boris Johnson");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kSupported);
  // "the Queen" is not King Charles.
  const auto queen = Check("King Charles III led the mourners. The Queen's coffin lay in Westminster Hall.", "2022-09-19", ds);
  for (const auto& c : queen.claims)
    if (c.text == "Queen") CHECK(c.evidence.empty());
  // Outside such sentences a past holder's title is still contradicted.
  const auto wrong = Check("Queen Elizabeth II opened the session of Parliament on Monday.", "2023-11-07", ds);
  cl = FindClaim(wrong, ClaimType::kOffice, "Elizabeth II");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
}

TEST_CASE("membership: an invitation to join is not a joining", "[checker][membership]") {
  const auto ds = test::Bundled();
  const auto r = Check("BRICS leaders agreed on Thursday to invite Egypt, Iran and the United Arab Emirates to join the bloc from January 2024.",
                       "2023-08-24", ds);
  for (const auto& c : r.claims) CHECK(c.verdict != Verdict::kContradicted);
}

TEST_CASE("\"the first … for N years\" and \"since <year>\" are read against the previous meeting of the same kind", "[checker][meeting]") {
  const auto ds = test::Bundled();
  auto meeting = [&](const std::string& text, const char* date, const char* needle) {
    const auto r = Check(text, date, ds);
    const Claim* cl = FindClaim(r, ClaimType::kMeeting, needle);
    REQUIRE(cl);
    return *cl;
  };
  // The UK–France summit of 2023 came five years after the Sandhurst summit of January 2018.
  const char* date = "2023-03-11";
  auto ok = meeting("Rishi Sunak held a summit with Emmanuel Macron in Paris on Friday, the first UK-France summit for five years.", date,
                    "Sunak held a summit");
  CHECK(ok.verdict == Verdict::kSupported);
  bool noted = false;
  for (const auto& n : ok.notes) noted = noted || n.find("Sandhurst") != std::string::npos;
  CHECK(noted);
  auto bad = meeting("Rishi Sunak held a summit with Emmanuel Macron in Paris on Friday, the first UK-France summit for ten years.", date,
                     "Sunak held a summit");
  CHECK(bad.verdict == Verdict::kMixed);
  CHECK(bad.explanation.find("18 January 2018") != std::string::npos);
  REQUIRE(bad.evidence.size() == 2);
  CHECK(bad.evidence.back().source.rfind("https://", 0) == 0);
  auto decade = meeting("Rishi Sunak held a summit with Emmanuel Macron in Paris on Friday, the first such summit in more than a decade.",
                        date, "Sunak held a summit");
  CHECK(decade.verdict == Verdict::kMixed);
  // "since": a later meeting of the same leaders than the year named.
  auto since_ok = meeting("Donald Trump met Vladimir Putin in Alaska on Friday, their first summit since 2018.", "2025-08-16", "Trump met");
  CHECK(since_ok.verdict == Verdict::kSupported);
  auto since_bad = meeting("Donald Trump met Vladimir Putin in Alaska on Friday, their first summit since 2010.", "2025-08-16", "Trump met");
  CHECK(since_bad.verdict == Verdict::kMixed);
  CHECK(since_bad.explanation.find("first since 2010") != std::string::npos);
  // An older record proves nothing about a longer claimed break (a later meeting may be missing),
  // a year's tolerance holds, and "first" about something else is not an interval.
  CHECK(meeting("Donald Trump met Vladimir Putin in Alaska on Friday, their first face-to-face meeting in four years.", "2025-08-16",
                "Trump met").verdict == Verdict::kSupported);
  CHECK(meeting("Donald Trump met Vladimir Putin in Alaska on Friday, their first summit in six years.", "2025-08-16", "Trump met")
            .verdict == Verdict::kSupported);
  CHECK(meeting("Donald Trump met Vladimir Putin in Alaska on Friday, the first time the two had spoken in person in years.", "2025-08-16",
                "Trump met").verdict == Verdict::kSupported);
  // A place qualifier counts only meetings there: no earlier Trump–Putin summit in the US.
  CHECK(meeting("Donald Trump met Vladimir Putin in Alaska on Friday, their first summit in the United States in ten years.", "2025-08-16",
                "Trump met").verdict == Verdict::kSupported);
}

TEST_CASE("a surname never given in full does not contradict a title through a namesake in office", "[checker][office]") {
  // "Simon" alone links to Mary Simon (Governor General of Canada in 2024) only as the one
  // namesake in office; a title she never held says the article means someone else.
  const auto guessed = Check("LONDON — Prime Minister Simon said the plan would work.", "2024-03-03", test::Bundled());
  const Claim* cl = FindClaim(guessed, ClaimType::kOffice, "Prime Minister Simon");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kUnverifiable);
  CHECK(cl->explanation.find("alone may not be Mary Simon") != std::string::npos);
  // Named in full earlier, the same title is contradicted with the holder as evidence.
  const auto named = Check("Mary Simon opened the session. Later, Prime Minister Simon said the plan would work.", "2024-03-03",
                           test::Bundled());
  cl = FindClaim(named, ClaimType::kOffice, "Prime Minister Simon");
  REQUIRE(cl);
  CHECK(cl->verdict == Verdict::kContradicted);
  CHECK(cl->explanation.find("Justin Trudeau") != std::string::npos);
}
