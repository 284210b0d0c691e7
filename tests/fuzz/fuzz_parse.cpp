// libFuzzer harness over the front end alone: the lexer, the parser and the
// post-parse checks (syntax::parse). Much faster per input than fuzz_run.cpp,
// so it goes deeper into the grammar; the same rules hold: no crash, no
// sanitizer report, no leak, no timeout.
#include <cstddef>
#include <cstdint>
#include <string>

#include "source/source_file.h"
#include "syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  scopeplay::source::SourceFile file("fuzz.py", std::string(reinterpret_cast<const char*>(data), size));
  scopeplay::syntax::ParseResult r = scopeplay::syntax::parse(file);
  // Exactly one of the two, and an error always has a type and a message.
  if (static_cast<bool>(r.module) == r.error.has_value()) __builtin_trap();
  if (r.error && (r.error->type.empty() || r.error->message.empty())) __builtin_trap();
  return 0;
}
