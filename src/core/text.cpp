#include "text.h"

#include <algorithm>

namespace claimlight::internal {
namespace {
#include "latin_fold.inc"

bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

Decoded DecodeUtf8(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1Fu; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0Fu; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07u; min = 0x10000; }
  else return {0xFFFD, 1, false};
  for (std::size_t i = 1; i <= need; ++i) {
    if (pos + i >= s.size()) return {0xFFFD, 1, false};
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if (!IsCont(b)) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, need + 1, true};
}

void AppendUtf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

Utf8Check CheckUtf8(std::string_view s) {
  Utf8Check r;
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = DecodeUtf8(s, i);
    if (!d.valid) {
      if (r.invalid == 0) r.first_invalid = i;
      ++r.invalid;
    } else if (d.cp == 0) {
      ++r.nul_bytes;
    }
    i += d.len;
  }
  return r;
}

std::string ToValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = DecodeUtf8(s, i);
    if (d.valid && d.cp != 0) out.append(s.substr(i, d.len));
    else AppendUtf8(&out, 0xFFFD);
    i += d.len;
  }
  return out;
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x3000;
}
bool IsLetter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp <= 0x24F) return true;                     // Latin-1 and Latin Extended
  if (cp >= 0x370 && cp <= 0x3FF) return true;      // Greek
  if (cp >= 0x400 && cp <= 0x52F) return true;      // Cyrillic
  if (cp >= 0x531 && cp <= 0x587) return true;      // Armenian
  if (cp >= 0x5D0 && cp <= 0x5EA) return true;      // Hebrew
  if (cp >= 0x620 && cp <= 0x64A) return true;      // Arabic letters
  if (cp >= 0x10A0 && cp <= 0x10FF) return true;    // Georgian
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;    // Latin Extended Additional
  if (cp >= 0x3040 && cp <= 0x9FFF) return true;    // Kana, CJK
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;    // Hangul
  return false;
}
bool IsUpper(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0 && cp != 0x138;  // mostly even = upper
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x410 && cp <= 0x42F) return true;
  if (cp >= 0x531 && cp <= 0x556) return true;
  return false;
}

void FoldChar(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (cp >= 0xC0 && cp < 0x250) {
    const char* f = kLatinFold[cp - 0xC0];
    if (*f) { out->append(f); return; }
  }
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4:
    case 0x0060:
      out->push_back('\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      out->push_back('"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      out->push_back('-');
      return;
    case 0x00A0: case 0x2009: case 0x200A: case 0x202F: case 0x2002: case 0x2003:
      out->push_back(' ');
      return;
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return;  // invisible
    default:
      break;
  }
  if (cp >= 0x300 && cp <= 0x36F) return;  // combining marks
  if (cp >= 0x391 && cp <= 0x3A9) { AppendUtf8(out, cp + 32); return; }
  if (cp >= 0x410 && cp <= 0x42F) { AppendUtf8(out, cp + 32); return; }
  AppendUtf8(out, cp);
}

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = DecodeUtf8(s, i);
    FoldChar(d.cp, &out);
    i += d.len;
  }
  return out;
}

std::string FoldName(std::string_view s) {
  const std::string f = Fold(s);
  std::string out;
  out.reserve(f.size());
  bool space = false;
  for (std::size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    const auto uc = static_cast<unsigned char>(c);
    if (c == '.' ) continue;  // "U.S." -> "us"
    const bool keep = uc >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c == '\'') continue;  // "Xi'an" -> "xian", "O'Neill" -> "oneill"
    if (keep) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    } else {
      space = true;
    }
  }
  return out;
}

namespace {
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  bool newline = false;
  while (i < text.size()) {
    const Decoded d = DecodeUtf8(text, i);
    if (IsSpace(d.cp) || (d.valid && d.cp < 0x20) ) {
      if (d.cp == '\n') newline = true;
      i += d.len;
      continue;
    }
    Token t;
    t.start = i;
    t.newline_before = newline;
    newline = false;
    if (IsLetter(d.cp)) {
      t.kind = TokenKind::kWord;
      t.capitalized = IsUpper(d.cp);
      std::size_t j = i + d.len;
      while (j < text.size()) {
        const Decoded e = DecodeUtf8(text, j);
        if (IsLetter(e.cp) || IsDigit(e.cp) || (e.cp >= 0x300 && e.cp <= 0x36F)) { j += e.len; continue; }
        if ((IsApostrophe(e.cp) || IsHyphen(e.cp) || e.cp == '.') && j + e.len < text.size()) {
          const Decoded n = DecodeUtf8(text, j + e.len);
          if (IsLetter(n.cp)) {
            // "'s" at the end of a word is a possessive: split it off.
            if (IsApostrophe(e.cp) && (n.cp == 's' || n.cp == 'S')) {
              const std::size_t after = j + e.len + n.len;
              bool word_continues = false;
              if (after < text.size()) word_continues = IsLetter(DecodeUtf8(text, after).cp);
              if (!word_continues) break;
            }
            // "U.S." style: a dot inside only between single letters.
            if (e.cp == '.') {
              const std::size_t seg_len = j - t.start;
              if (seg_len > 3) break;
            }
            j += e.len;
            continue;
          }
        }
        break;
      }
      // Keep a trailing dot of an initialism ("U.S.") inside the token.
      if (j < text.size() && text[j] == '.' && j - t.start <= 4) {
        const std::string_view w = text.substr(t.start, j - t.start);
        if (w.find('.') != std::string_view::npos) ++j;
      }
      t.end = j;
    } else if (IsDigit(d.cp)) {
      t.kind = TokenKind::kNumber;
      std::size_t j = i + 1;
      while (j < text.size()) {
        const char c = text[j];
        if (c >= '0' && c <= '9') { ++j; continue; }
        if ((c == ',' || c == '.') && j + 1 < text.size() && text[j + 1] >= '0' && text[j + 1] <= '9') { j += 2; continue; }
        break;
      }
      t.end = j;
    } else if (IsApostrophe(d.cp) && i + d.len < text.size() &&
               (text[i + d.len] == 's' || text[i + d.len] == 'S') &&
               (i + d.len + 1 >= text.size() || !IsLetter(DecodeUtf8(text, i + d.len + 1).cp))) {
      t.kind = TokenKind::kWord;
      t.end = i + d.len + 1;
    } else {
      t.kind = TokenKind::kPunct;
      t.end = i + d.len;
    }
    t.folded = Fold(text.substr(t.start, t.end - t.start));
    tokens.push_back(std::move(t));
    i = tokens.back().end;
  }
  return tokens;
}

std::vector<Sentence> SplitSentences(std::vector<Token>* tokens,
                                     const std::vector<std::string>& abbreviations) {
  std::vector<Sentence> out;
  auto& tk = *tokens;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {  // [first, last)
    if (last <= first) return;
    Sentence s;
    s.first_token = first;
    s.last_token = last;
    s.start = tk[first].start;
    s.end = tk[last - 1].end;
    const int index = static_cast<int>(out.size());
    for (std::size_t k = first; k < last; ++k) tk[k].sentence = index;
    out.push_back(s);
    first = last;
  };
  for (std::size_t i = 0; i < tk.size(); ++i) {
    // News text puts one paragraph on a line: a line break always ends a sentence.
    if (i > first && tk[i].newline_before) close(i);
    const std::string& f = tk[i].folded;
    if (tk[i].kind == TokenKind::kPunct && (f == "." || f == "!" || f == "?")) {
      if (f == "." && i > 0) {
        const std::string& prev = tk[i - 1].folded;
        if (std::find(abbreviations.begin(), abbreviations.end(), prev) != abbreviations.end()) continue;
        if (prev.size() == 1 && tk[i - 1].capitalized) continue;  // an initial: "John F. Kennedy"
      }
      // Absorb closing quotes and brackets.
      std::size_t j = i + 1;
      while (j < tk.size() && tk[j].kind == TokenKind::kPunct && !tk[j].newline_before &&
             (tk[j].folded == "\"" || tk[j].folded == "'" || tk[j].folded == ")")) ++j;
      close(j);
      i = j - 1;
    }
  }
  close(tk.size());
  return out;
}

std::size_t AlignToCharStart(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return s.size();
  std::size_t p = pos;
  int back = 0;
  while (p > 0 && back < 3 && IsCont(static_cast<unsigned char>(s[p]))) { --p; ++back; }
  return p;
}

int NumberValue(const Token& t) {
  if (t.kind != TokenKind::kNumber || t.folded.empty() || t.folded.size() > 6) return -1;
  int v = 0;
  for (char c : t.folded) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace claimlight::internal
