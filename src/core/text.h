// Text primitives: UTF-8 decoding that never fails, folding for matching, tokens, sentences.
//
// Design note: the engine never rewrites the input. Folding produces a separate string and
// every folded token keeps the byte span of the original it came from, so offsets reported
// to callers are always true to the input (and always on UTF-8 character boundaries, because
// spans only ever start and end where a decoded character starts or ends).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimlight::internal {

// Decodes one character at `pos`; invalid or truncated sequences decode as U+FFFD of length 1.
struct Decoded {
  char32_t cp;
  std::size_t len;
  bool valid;
};
Decoded DecodeUtf8(std::string_view s, std::size_t pos);
void AppendUtf8(std::string* out, char32_t cp);

// Number of invalid sequences and the offset of the first one (npos if none).
struct Utf8Check {
  std::size_t invalid = 0;
  std::size_t first_invalid = std::string_view::npos;
  std::size_t nul_bytes = 0;
};
Utf8Check CheckUtf8(std::string_view s);

// Replaces invalid sequences with U+FFFD (for text that goes into a report).
std::string ToValidUtf8(std::string_view s);

// Folds one character for matching: lower case, diacritics removed, typographic quotes and
// dashes unified. Appends to `out` (may append nothing for combining marks).
void FoldChar(char32_t cp, std::string* out);
// Folds a whole string.
std::string Fold(std::string_view s);
// Folds a name for the gazetteer: Fold plus punctuation dropped and spaces collapsed
// ("El-Sisi" -> "el sisi", "U.S." -> "us").
std::string FoldName(std::string_view s);

bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);
bool IsDigit(char32_t cp);
bool IsSpace(char32_t cp);

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  std::size_t start = 0, end = 0;  // byte span in the input
  std::string folded;              // folded text ("germany", "'s", "100,000")
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;        // first character upper case in the input
  bool newline_before = false;     // a line break between this token and the previous one
  int sentence = 0;                // index of the sentence that holds it
};

struct Sentence {
  std::size_t start = 0, end = 0;        // byte span
  std::size_t first_token = 0, last_token = 0;  // [first, last)
};

// Splits into tokens. Words keep inner apostrophes and hyphens ("al-Sisi", "o'clock");
// a possessive "'s" becomes its own token. Numbers keep "," and "." between digits.
std::vector<Token> Tokenize(std::string_view text);

// The value of a number token of at most six plain digits ("2023", "5"); -1 otherwise.
int NumberValue(const Token& t);
// Groups tokens into sentences (ends at . ! ? unless an abbreviation, and at blank lines).
std::vector<Sentence> SplitSentences(std::vector<Token>* tokens,
                                     const std::vector<std::string>& abbreviations);

// Moves `pos` back to the start of the character that contains it.
std::size_t AlignToCharStart(std::string_view s, std::size_t pos);

}  // namespace claimlight::internal
