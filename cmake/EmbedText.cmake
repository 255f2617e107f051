# cmake -DIN=file -DOUT=file.cpp -P EmbedText.cmake: a C++ file defining the text of IN.
file(READ ${IN} CONTENT HEX)
string(LENGTH "${CONTENT}" HEXLEN)
math(EXPR LEN "${HEXLEN} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," BYTES "${CONTENT}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace claimlight::internal {\nstatic const char kData[] = {${BYTES} 0};\nstd::string_view LexiconText() { return {kData, ${LEN}}; }\n}\n")
