// A small regular-expression matcher for collection scope filters.
//
// Graph.get_collection(key, scope) keeps items whose name satisfies
// `re.match(scope, item.name)`: a regex anchored at the start only, so
// "scope" also matches "scope_long/b:0" and ".*scope" anything containing
// "scope". Users write real regexes there, so a prefix test is not enough, but
// pulling in <regex> (ECMAScript, different escapes, slow in wasm) is not
// needed either. Supported: literals and escapes (\. \d \w \s \D \W \S),
// '.', [...] / [^...] classes with ranges, '*', '+', '?', '{m}', '{m,n}', lazy
// '?' suffixes, '^', '$', groups '(...)', '(?:...)' and '|'. Anything else is
// reported as an error value rather than guessed at.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "scope/result.h"

namespace scopeplay::scope {

class Pattern {
 public:
  static Result<Pattern> compile(std::string_view source);

  // re.match semantics: anchored at the start of `text`, not at the end.
  bool match_prefix(std::string_view text) const;
  const std::string& source() const { return source_; }

  struct Node;

 private:
  std::string source_;
  std::shared_ptr<const Node> root_;
};

}  // namespace scopeplay::scope
