#include "report_wire.h"

#include <cstdint>
#include <cstring>
#include <utility>

namespace claimlight::wasm {
namespace {

constexpr char kMagic[4] = {'C', 'L', 'W', '1'};

class Writer {
 public:
  void U32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void U64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void Size(std::size_t v) { U64(static_cast<std::uint64_t>(v)); }
  void F64(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    U64(bits);
  }
  void Str(const std::string& s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& v) {
    U32(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) Str(s);
  }
  void Raw(const char* p, std::size_t n) { out_.append(p, n); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Every read checks the remaining length; after the first failure all reads fail.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  std::uint64_t Bytes(int n) {
    if (!Need(static_cast<std::size_t>(n))) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) {
      v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    }
    pos_ += static_cast<std::size_t>(n);
    return v;
  }
  std::uint32_t U32() { return static_cast<std::uint32_t>(Bytes(4)); }
  std::size_t Size() { return static_cast<std::size_t>(Bytes(8)); }
  double F64() {
    const std::uint64_t bits = Bytes(8);
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  int Int() { return static_cast<int>(static_cast<std::int32_t>(U32())); }
  std::string Str() {
    const std::uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v;
    const std::uint32_t n = Count(4);
    for (std::uint32_t i = 0; i < n && ok_; ++i) v.push_back(Str());
    return v;
  }
  // A list's count, refused when not even `min_item` bytes per item remain (so a corrupt count
  // cannot ask for a huge allocation).
  std::uint32_t Count(std::size_t min_item) {
    const std::uint32_t n = U32();
    if (ok_ && static_cast<std::uint64_t>(n) * min_item > in_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  bool Magic() {
    if (!Need(sizeof kMagic) || std::memcmp(in_.data() + pos_, kMagic, sizeof kMagic) != 0) {
      return ok_ = false;
    }
    pos_ += sizeof kMagic;
    return true;
  }

 private:
  bool Need(std::size_t n) {
    if (ok_ && n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string EncodeReport(const Report& r) {
  Writer w;
  w.Raw(kMagic, sizeof kMagic);
  w.Str(r.article_date);
  w.Str(r.article_date_source);
  const DatasetInfo& d = r.dataset;
  w.Str(d.name);
  w.Str(d.version);
  w.Str(d.as_of);
  w.Str(d.licence);
  w.Size(d.records);
  w.U32(static_cast<std::uint32_t>(d.counts.size()));
  for (const auto& [name, count] : d.counts) {
    w.Str(name);
    w.Size(count);
  }
  w.U32(static_cast<std::uint32_t>(r.claims.size()));
  for (const Claim& c : r.claims) {
    w.Str(c.id);
    w.U32(static_cast<std::uint32_t>(c.type));
    w.Size(c.start);
    w.Size(c.end);
    w.Str(c.text);
    w.U32(static_cast<std::uint32_t>(c.verdict));
    w.F64(c.confidence);
    w.Str(c.explanation);
    w.U32(static_cast<std::uint32_t>(c.evidence.size()));
    for (const Evidence& e : c.evidence) {
      w.Str(e.id);
      w.Str(e.kind);
      w.Str(e.summary);
      w.Str(e.source);
    }
    w.Strs(c.notes);
  }
  w.U32(static_cast<std::uint32_t>(r.times.size()));
  for (const TimeMention& t : r.times) {
    w.Size(t.start);
    w.Size(t.end);
    w.Str(t.text);
    w.Str(t.value);
    w.Str(t.note);
  }
  w.U32(static_cast<std::uint32_t>(r.entities.size()));
  for (const EntityMention& e : r.entities) {
    w.Size(e.start);
    w.Size(e.end);
    w.Str(e.text);
    w.Str(e.id);
    w.Str(e.kind);
    w.Str(e.note);
  }
  const Summary& s = r.summary;
  for (int v : {s.claims, s.supported, s.contradicted, s.mixed, s.unverifiable}) {
    w.U32(static_cast<std::uint32_t>(v));
  }
  w.Strs(r.warnings);
  return w.Take();
}

bool DecodeReport(std::string_view bytes, Report* out) {
  Reader rd(bytes);
  if (!rd.Magic()) return false;
  Report r;
  r.article_date = rd.Str();
  r.article_date_source = rd.Str();
  DatasetInfo& d = r.dataset;
  d.name = rd.Str();
  d.version = rd.Str();
  d.as_of = rd.Str();
  d.licence = rd.Str();
  d.records = rd.Size();
  for (std::uint32_t i = 0, n = rd.Count(12); i < n && rd.ok(); ++i) {
    std::string name = rd.Str();
    d.counts[std::move(name)] = rd.Size();
  }
  const std::uint32_t claims = rd.Count(52);
  r.claims.reserve(claims);
  for (std::uint32_t i = 0; i < claims && rd.ok(); ++i) {
    Claim c;
    c.id = rd.Str();
    const std::uint32_t type = rd.U32();
    c.start = rd.Size();
    c.end = rd.Size();
    c.text = rd.Str();
    const std::uint32_t verdict = rd.U32();
    if (type > static_cast<std::uint32_t>(ClaimType::kOther) ||
        verdict > static_cast<std::uint32_t>(Verdict::kUnverifiable)) {
      return false;
    }
    c.type = static_cast<ClaimType>(type);
    c.verdict = static_cast<Verdict>(verdict);
    c.confidence = rd.F64();
    c.explanation = rd.Str();
    for (std::uint32_t k = 0, n = rd.Count(16); k < n && rd.ok(); ++k) {
      Evidence e;
      e.id = rd.Str();
      e.kind = rd.Str();
      e.summary = rd.Str();
      e.source = rd.Str();
      c.evidence.push_back(std::move(e));
    }
    c.notes = rd.Strs();
    r.claims.push_back(std::move(c));
  }
  const std::uint32_t times = rd.Count(28);
  r.times.reserve(times);
  for (std::uint32_t i = 0; i < times && rd.ok(); ++i) {
    TimeMention t;
    t.start = rd.Size();
    t.end = rd.Size();
    t.text = rd.Str();
    t.value = rd.Str();
    t.note = rd.Str();
    r.times.push_back(std::move(t));
  }
  const std::uint32_t entities = rd.Count(32);
  r.entities.reserve(entities);
  for (std::uint32_t i = 0; i < entities && rd.ok(); ++i) {
    EntityMention e;
    e.start = rd.Size();
    e.end = rd.Size();
    e.text = rd.Str();
    e.id = rd.Str();
    e.kind = rd.Str();
    e.note = rd.Str();
    r.entities.push_back(std::move(e));
  }
  Summary& s = r.summary;
  s.claims = rd.Int();
  s.supported = rd.Int();
  s.contradicted = rd.Int();
  s.mixed = rd.Int();
  s.unverifiable = rd.Int();
  r.warnings = rd.Strs();
  if (!rd.ok() || !rd.AtEnd()) return false;
  *out = std::move(r);
  return true;
}

}  // namespace claimlight::wasm
