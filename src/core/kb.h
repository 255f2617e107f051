// The dataset model and its indexes (built once at load; read-only afterwards).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimlight/claimlight.h"
#include "date.h"

namespace claimlight::internal {

struct Country {
  std::string id, name, official_name, capital, iso2, iso3, region, source;
  // A head of state shared with another country (a Commonwealth realm's monarch), and the
  // page that states it.
  std::string head_of_state_office, head_of_state_source;
  std::vector<std::string> aliases, adjectives, demonyms, capital_aliases;
};
struct Membership {
  std::string member;  // country or organization id
  Date start, end;     // end empty = still a member
  std::string source;
};
struct Organization {
  std::string id, name, kind, source;
  std::vector<std::string> aliases;
  std::vector<Membership> members;
};
struct Place {
  std::string id, name, kind, country, within, source;
  std::vector<std::string> aliases;
};
struct Office {
  std::string id, title, role, jurisdiction, source;
  Date tracked_from;  // holders are recorded from this date (default 2000-01-01)
  Date abolished;     // the office ceased to exist
  Date complete_until;  // holders verified only up to this day, earlier than the dataset's as_of
  std::vector<std::string> short_titles, also;
  std::vector<std::string> distinctive_titles;  // short titles no other country's office uses
  bool single_holder = true;
};
struct Person {
  std::string id, name, gender, nationality, spouse, spouse_name, source;
  std::vector<std::string> aliases, short_names;
  std::vector<std::string> spouse_aliases;
  Date spouse_since, spouse_until;  // the marriage, when known (until empty: still married)
  std::string spouse_source;        // the page that states the marriage
};
struct Tenure {
  std::string id, person, office, note, source;
  Date start, end;  // end empty = open
  bool acting = false;
  bool overlap_ok = false;  // overlaps its predecessor on purpose (disputed or interim; see note)
};
struct Absentee {
  std::string person, substitute, source;
};
struct Meeting {
  std::string id, name, kind, series, place, venue, country, host, chair, source;
  int number = 0;
  Date start, end;
  std::vector<std::string> aliases, participants, groups, outcomes;
  std::vector<Absentee> absentees;
};
struct TreatyParty {
  std::string party;
  Date signed_on, ratified, acceded, withdrew, withdrawal_effective;
};
struct Treaty {
  std::string id, name, kind, topic, signed_place, meeting, source;
  Date signed_on, in_force, expires;
  std::vector<std::string> aliases, signatories;
  std::vector<TreatyParty> parties;
};

enum class Kind : std::uint8_t { kCountry, kOrganization, kPlace, kOffice, kPerson, kMeeting, kTreaty };
const char* KindName(Kind k);

// How a name in the gazetteer refers to its record.
enum class NameRole : std::uint8_t {
  kName,       // the canonical name
  kAlias,      // another full name or spelling
  kShort,      // a surname or short form used alone ("Macron", "Xi")
  kAdjective,  // "French"
  kDemonym,    // "Armenians"
  kCapital,    // "Yerevan" standing for Armenia's government
};

struct NameRef {
  Kind kind;
  NameRole role;
  std::uint32_t index;
};


}  // namespace claimlight::internal

namespace claimlight {

class Dataset {
 public:
  struct KnownGap {
    std::string office;
    internal::Date from, to;
    std::string reason;
    bool vacant = false;  // the office had no holder then (a fact, with its source)
    std::string source;
  };
  DatasetInfo info;
  std::vector<KnownGap> known_gaps;  // declared in the manifest: holders not yet curated, or vacancies
  std::vector<internal::Country> countries;
  std::vector<internal::Organization> organizations;
  std::vector<internal::Place> places;
  std::vector<internal::Office> offices;
  std::vector<internal::Person> people;
  std::vector<internal::Tenure> tenures;
  std::vector<internal::Meeting> meetings;
  std::vector<internal::Treaty> treaties;

  // Indexes.
  std::unordered_map<std::string, std::pair<internal::Kind, std::uint32_t>> by_id;
  std::unordered_map<std::string, std::vector<internal::NameRef>> names;  // FoldName(name) -> refs
  std::unordered_set<std::string> name_prefixes;   // every word-prefix of a name key (stops scans early)
  std::unordered_set<std::string> title_prefixes;  // likewise for titles
  std::size_t longest_name_words = 1;
  std::unordered_map<std::string, std::vector<std::uint32_t>> titles;  // FoldName(short title) -> offices
  std::size_t longest_title_words = 1;
  std::unordered_map<std::string, std::vector<std::uint32_t>> tenures_by_person;
  std::unordered_map<std::string, std::vector<std::uint32_t>> tenures_by_office;
  std::unordered_map<std::string, std::vector<std::uint32_t>> meetings_by_person;
  std::unordered_map<std::string, std::vector<std::uint32_t>> offices_by_jurisdiction;
  std::unordered_set<std::string> series;  // organisations that name a summit series

  // Lookups (nullptr when absent).
  const internal::Country* FindCountry(std::string_view id) const;
  const internal::Organization* FindOrganization(std::string_view id) const;
  const internal::Place* FindPlace(std::string_view id) const;
  const internal::Office* FindOffice(std::string_view id) const;
  const internal::Person* FindPerson(std::string_view id) const;
  const internal::Meeting* FindMeeting(std::string_view id) const;
  const internal::Treaty* FindTreaty(std::string_view id) const;
  // A readable name for any id ("France", "Nikol Pashinyan"); the id itself when unknown.
  std::string Label(std::string_view id) const;
  // The country a place, venue or country id lies in ("" when unknown).
  std::string CountryOf(std::string_view id) const;
  // Whether `inner` is `outer` or lies within it (venue in city, city in country).
  bool PlaceWithin(std::string_view inner, std::string_view outer) const;
  // Whether a tenure covers a day.
  static bool Covers(const internal::Tenure& t, long day);
  // Days up to which the dataset is complete.
  long as_of_day = 0;
  // The day up to which an office's holders are complete: as_of, or the office's earlier
  // `complete_until` (0 when the dataset states no as_of).
  long CompleteUntil(const internal::Office& o) const;
};

}  // namespace claimlight
