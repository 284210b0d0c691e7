// A parsed module in a compact binary form, for the engine's own embedded
// Python (the `tensorflow` prelude's eager parts): packed when the engine is
// built, so that importing it builds the tree from bytes instead of lexing,
// parsing and checking the source text on every process start (in a browser,
// on the first run of a cold page).
//
// The packed form holds every node's kind and fields and each span's byte
// offsets; lines and columns come back from a SourceFile of the same text (or
// from the line table packed with the tree), so a tree packs only if all of
// its spans are what SourceFile::span() gives for their offsets (pack_module
// reports the first one that is not).
// Resolver annotations are not packed: an unpacked tree is as the parser
// left it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "source/source_file.h"
#include "syntax/ast.h"

namespace scopeplay::syntax {

struct PackResult {
  std::string bytes;
  // Set if a span cannot be rebuilt from its offsets (then `bytes` is empty).
  std::optional<source::SourceSpan> bad_span;
};

PackResult pack_module(const ast::Module& module, const source::SourceFile& file);

// The tree pack_module wrote for `file`'s text; null if `bytes` is malformed.
std::unique_ptr<ast::Module> unpack_module(std::string_view bytes, const source::SourceFile& file);

// The same, with the file's size and line starts ahead of the tree, so that
// the text itself need not be kept: unpacking gives a file without text
// (SourceFile::without_text) whose spans have their lines and columns.
PackResult pack_standalone(const ast::Module& module, const source::SourceFile& file);

struct Unpacked {
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Module> module;
};
// Both null if `bytes` is malformed.
Unpacked unpack_standalone(std::string_view bytes, std::string name);

}  // namespace scopeplay::syntax
