// Packs the parsed trees of the `tensorflow` prelude's eager parts
// (bridge/tf_prelude.h, eager_prelude_texts()) with their line tables into a
// C++ source file compiled into the bridge, which runs them instead of the
// texts (see there). Run by the build (core/CMakeLists.txt):
//
//   scopeplay_pack_prelude OUT.cpp BUNDLE.txt
//
// OUT.cpp also gets the digest of the lazy parts' texts, and BUNDLE.txt
// those texts in the file form a host provides to an engine built without
// them (bridge/tf_builders_bundle.h).
//
// It fails, and so does the build, if a text does not parse or a tree does
// not come back identical from its packed form.
#include <cstdio>
#include <string>
#include <string_view>

#include "bridge/tf_builders_bundle.h"
#include "bridge/tf_prelude.h"
#include "source/source_file.h"
#include "syntax/ast_pack.h"
#include "syntax/parser.h"

namespace {

using namespace scopeplay;  // NOLINT: a small program

// The bytes as a C++ string literal: printable ASCII as itself, the rest as
// three-digit octal escapes (never ambiguous with a following digit).
void write_literal(std::FILE* out, std::string_view bytes) {
  std::size_t column = 0;
  std::fputs("    \"", out);
  for (unsigned char c : bytes) {
    if (column >= 96) {
      std::fputs("\"\n    \"", out);
      column = 0;
    }
    if (c == '"' || c == '\\' || c == '?') {
      std::fprintf(out, "\\%c", c);
      column += 2;
    } else if (c >= 0x20 && c < 0x7f) {
      std::fputc(c, out);
      column += 1;
    } else {
      std::fprintf(out, "\\%03o", c);
      column += 4;
    }
  }
  std::fputs("\"", out);
}

// Packs one text; empty (with a message) on failure.
std::string pack_text(std::size_t index, std::string_view text) {
  source::SourceFile file("<prelude>", std::string(text));
  syntax::ParseResult parsed = syntax::parse(file);
  if (parsed.error) {
    std::fprintf(stderr, "pack_prelude: text %zu: line %d: %s\n", index, parsed.error->span.line,
                 parsed.error->message.c_str());
    return {};
  }
  syntax::PackResult packed = syntax::pack_standalone(*parsed.module, file);
  if (packed.bad_span) {
    std::fprintf(stderr, "pack_prelude: text %zu: line %d, column %d: span not rebuilt from its offsets\n", index,
                 packed.bad_span->line, packed.bad_span->column);
    return {};
  }
  // The round trip must give the same tree: packing what was unpacked gives the same bytes.
  syntax::Unpacked back = syntax::unpack_standalone(packed.bytes, "<prelude>");
  if (!back.module || syntax::pack_standalone(*back.module, *back.file).bytes != packed.bytes) {
    std::fprintf(stderr, "pack_prelude: text %zu: the packed tree does not read back\n", index);
    return {};
  }
  return packed.bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: scopeplay_pack_prelude OUT.cpp BUNDLE.txt\n");
    return 2;
  }
  const std::vector<std::string_view> lazy = bridge::lazy_prelude_texts();
  const std::string bundle = bridge::make_builders_bundle(lazy);
  if (!bridge::read_builders_bundle(bundle, bridge::builders_digest(lazy))) {
    std::fprintf(stderr, "pack_prelude: the builders' bundle does not read back\n");
    return 1;
  }
  std::FILE* bundle_out = std::fopen(argv[2], "wb");
  if (!bundle_out) {
    std::fprintf(stderr, "pack_prelude: cannot write %s\n", argv[2]);
    return 1;
  }
  const bool bundle_ok = std::fwrite(bundle.data(), 1, bundle.size(), bundle_out) == bundle.size();
  if (std::fclose(bundle_out) != 0 || !bundle_ok) {
    std::fprintf(stderr, "pack_prelude: cannot write %s\n", argv[2]);
    return 1;
  }
  const std::vector<std::string_view> texts = bridge::eager_prelude_texts();
  std::vector<std::string> packed;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    packed.push_back(pack_text(i, texts[i]));
    if (packed.back().empty()) return 1;
  }
  std::FILE* out = std::fopen(argv[1], "wb");
  if (!out) {
    std::fprintf(stderr, "pack_prelude: cannot write %s\n", argv[1]);
    return 1;
  }
  std::fputs(
      "// Generated when the engine is built by core/gen/pack_prelude.cpp: the\n"
      "// parsed trees of bridge/tf_prelude.h's eager_prelude_texts(), packed\n"
      "// with their line tables (syntax/ast_pack.h), and the digest of its\n"
      "// lazy_prelude_texts(). Do not edit.\n"
      "#include \"bridge/tf_prelude.h\"\n\n"
      "namespace scopeplay::bridge {\n\n"
      "#pragma GCC diagnostic push\n"
      "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
      "std::vector<std::string_view> packed_eager_preludes() {\n",
      out);
  for (std::size_t i = 0; i < packed.size(); ++i) {
    std::fprintf(out, "  static const char k%zu[] =\n", i);
    write_literal(out, packed[i]);
    std::fputs(";\n", out);
  }
  std::fputs("  return {", out);
  for (std::size_t i = 0; i < packed.size(); ++i)
    std::fprintf(out, "%s{k%zu, sizeof k%zu - 1}", i ? ", " : "", i, i);
  std::fputs("};\n}\n#pragma GCC diagnostic pop\n\n", out);
  std::fprintf(out, "std::string_view builders_digest_built() { return \"%s\"; }\n\n",
               bridge::builders_digest(lazy).c_str());
  std::fputs("}  // namespace scopeplay::bridge\n", out);
  const bool ok = std::fflush(out) == 0 && !std::ferror(out);
  return std::fclose(out) == 0 && ok ? 0 : 1;
}
