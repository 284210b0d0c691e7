// Packed trees (syntax/ast_pack.h): unpacking gives back the parsed tree,
// checked with the parser tests' dump (every node, field and position) and
// the fields the dump leaves out; bytes that are not a packed tree give null.
#include "syntax/ast_pack.h"

#include <gtest/gtest.h>

#include <random>

#include "ast_dump.h"
#include "syntax/parser.h"

namespace scopeplay::syntax {
namespace {

// Every kind of node and field the parser makes.
const char* const kSources[] = {
    "x = 1\n",
    "a, *b = c\nx = y = f(a)(b)[c].d\nx += 1; y **= 2\nx: int = 3\n(x): int\n",
    "-2**2\nnot a == b and c or d\na < b <= c != d is not e not in f\na if b else c if d else e\n",
    "(y := f(x))\nlambda a, /, b=1, *c, d, e=2, **f: a\nf(*a, b, k=1, **kw)\n",
    "x[1:2, ::3]\nx[a:]\n[1, 2]\n(1,)\n{1, 2}\n{'a': 1, **d}\n{}\n()\n",
    "[i for i in x if i if not i]\n{i for i in x}\n{k: v for k, v in x for y in v}\n(i for i in x)\n",
    "def g():\n    yield 1\n    yield from x\n    yield\n",
    "f'a{x!r:>{w}}b{y=}' 'c'\nb'\\x00\\xff'\n1.5\n2j\n10**30\n0xffffffffffffffffffff\n...\nNone\nTrue\nFalse\n",
    "@dec\n@dec2(1)\ndef f(a: int, *, b, c=3) -> int:\n    \"\"\"Doc.\"\"\"\n    global q\n    return a\n",
    "class C(B, metaclass=M):\n    '''Doc.'''\n    x = 1\n    def m(self):\n        nonlocal_ = 1\n        return super().m()\n",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n    return inner\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    del x, y[0]\n",
    "for i in range(3):\n    continue\nelse:\n    pass\nwhile x:\n    break\nelse:\n    x = 2\n",
    "with a as b, c:\n    pass\nwith (d):\n    pass\n",
    "try:\n    x\nexcept (A, B) as e:\n    raise C('m') from e\nexcept D:\n    raise\nexcept:\n    pass\n"
    "else:\n    y\nfinally:\n    z\n",
    "assert x, 'm'\nassert y\nimport a.b as c, d\nfrom . import e\nfrom ..f.g import h as i, j\n"
    "from k import *\n",
    "\xEF\xBB\xBFif x:\r\n\ty = '\xc3\xa9t\xc3\xa9'\r\n",
    "x = [\n    1,\n    2,\n]  # comment\ns = '''a\nb'''\nt = 'a' \\\n    'b'\n",
};

struct Trip {
  std::unique_ptr<source::SourceFile> file;
  std::unique_ptr<ast::Module> parsed, unpacked;
  std::string bytes;
};

Trip round_trip(const std::string& text) {
  Trip t;
  t.file = std::make_unique<source::SourceFile>("<test>", text);
  ParseResult r = parse(*t.file);
  EXPECT_FALSE(r.error) << text << (r.error ? "\n" + r.error->message : "");
  if (r.error) return t;
  t.parsed = std::move(r.module);
  PackResult p = pack_module(*t.parsed, *t.file);
  EXPECT_FALSE(p.bad_span) << text;
  t.bytes = p.bytes;
  t.unpacked = unpack_module(t.bytes, *t.file);
  return t;
}

TEST(AstPack, UnpackingGivesTheParsedTree) {
  for (const char* source : kSources) {
    Trip t = round_trip(source);
    ASSERT_TRUE(t.unpacked) << source;
    EXPECT_EQ(testing::dump(*t.unpacked), testing::dump(*t.parsed)) << source;
    EXPECT_EQ(pack_module(*t.unpacked, *t.file).bytes, t.bytes) << source;
  }
}

TEST(AstPack, FieldsTheDumpLeavesOut) {
  Trip t = round_trip(
      "def f():\n    \"\"\"Says hi.\"\"\"\n    return 1\n"
      "t = (1, 2)\nu = 1, 2\n"
      "s = f'{x=}{y!a}'\n"
      "n = 12345678901234567890\n"
      "z = 2.5j\n");
  ASSERT_TRUE(t.unpacked);
  const ast::Body& b = t.unpacked->body;
  ASSERT_EQ(b.size(), 6u);
  EXPECT_EQ(static_cast<const ast::FunctionDef&>(*b[0]).docstring, "Says hi.");
  auto value = [&](std::size_t i) -> const ast::Expr& { return *static_cast<const ast::Assign&>(*b[i]).value; };
  EXPECT_TRUE(static_cast<const ast::Tuple&>(value(1)).parenthesized);
  EXPECT_FALSE(static_cast<const ast::Tuple&>(value(2)).parenthesized);
  const auto& joined = static_cast<const ast::JoinedStr&>(value(3));
  ASSERT_EQ(joined.values.size(), 2u);
  EXPECT_EQ(static_cast<const ast::FormattedValue&>(*joined.values[0]).debug_text, "x=");
  EXPECT_EQ(static_cast<const ast::FormattedValue&>(*joined.values[1]).conversion, 'a');
  const auto& big = static_cast<const ast::Constant&>(value(4));
  EXPECT_EQ(big.value_kind, ast::ConstantKind::BigInt);
  EXPECT_EQ(big.text, "12345678901234567890");
  const auto& imag = static_cast<const ast::Constant&>(value(5));
  EXPECT_EQ(imag.value_kind, ast::ConstantKind::Imaginary);
  EXPECT_EQ(imag.float_value, 2.5);
  // Spans keep their lines and columns (line 7: `n = ...`).
  EXPECT_EQ(value(4).span.line, 7);
  EXPECT_EQ(value(4).span.column, 5);
  EXPECT_EQ(value(4).span.end_column, 25);
}

TEST(AstPack, ResolverFieldsStayUnset) {
  Trip t = round_trip("def f(a):\n    return a\n");
  ASSERT_TRUE(t.unpacked);
  const auto& f = static_cast<const ast::FunctionDef&>(*t.unpacked->body[0]);
  EXPECT_EQ(f.scope, nullptr);
  const auto& ret = static_cast<const ast::Return&>(*f.body[0]);
  EXPECT_EQ(static_cast<const ast::Name&>(*ret.value).scope, ast::NameScope::Unresolved);
}

TEST(AstPack, EveryTruncationIsRefused) {
  Trip t = round_trip(kSources[8]);
  ASSERT_FALSE(t.bytes.empty());
  for (std::size_t n = 0; n < t.bytes.size(); ++n)
    EXPECT_EQ(unpack_module(std::string_view(t.bytes).substr(0, n), *t.file), nullptr) << n;
  EXPECT_EQ(unpack_module(t.bytes + '\0', *t.file), nullptr);
}

TEST(AstPack, GarbageNeverCrashes) {
  Trip t = round_trip(kSources[3]);
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    std::string bytes = t.bytes;
    bytes[rng() % bytes.size()] = static_cast<char>(rng());
    if (i % 2) bytes.resize(rng() % (bytes.size() + 1));
    (void)unpack_module(bytes, *t.file);  // null or some tree; never a crash (the ASan build checks)
  }
  std::string noise(300, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  (void)unpack_module(noise, *t.file);
}

std::string varint(std::size_t v) {
  std::string out;
  for (; v >= 0x80; v >>= 7) out += static_cast<char>((v & 0x7f) | 0x80);
  return out + static_cast<char>(v);
}

TEST(AstPack, DeepNestingIsRefusedNotRecursedInto) {
  // UnaryOp after UnaryOp, each the operand of the one before: far deeper than any parsed tree.
  const int n = 100000;
  std::string tree = "\x01\x01";  // a body of one statement: ExprStmt
  for (int i = 0; i < n; ++i) tree += std::string("\x06\x00", 2);  // UnaryOp, Invert
  const std::string lengths(n + 1, '\0');                           // every span empty
  const std::string bytes = varint(tree.size()) + varint(lengths.size()) + varint(0) + varint(0) + tree + lengths;
  source::SourceFile file("<test>", "x\n");
  EXPECT_EQ(unpack_module(bytes, file), nullptr);
}

TEST(AstPack, SpansBeyondTheFileAreRefusedWithoutOverflow) {
  // `pass` statements (the tree is otherwise complete) whose last span is out of range: the
  // largest length a varint holds, or, after a span at offset 1, the largest offset change
  // (which would overflow: the ASan + UBSan build checks that nothing does).
  source::SourceFile file("<test>", "x\n");
  auto module_of = [&](std::size_t statements, const std::string& lengths, const std::string& offsets) {
    const std::string tree = varint(statements) + std::string(statements, '\x0e');  // Pass
    return unpack_module(varint(tree.size()) + varint(lengths.size()) + varint(offsets.size()) + varint(0) + tree +
                             lengths + offsets,
                         file);
  };
  EXPECT_NE(module_of(2, "\x02\x02", std::string("\x02\x00", 2)), nullptr) << "two spans of one byte at offset 1";
  EXPECT_EQ(module_of(1, "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", std::string(1, '\0')), nullptr);
  EXPECT_EQ(module_of(2, "\x02\x02", "\x02\xfe\xff\xff\xff\xff\xff\xff\xff\xff\x01"), nullptr);
}

TEST(AstPack, ASpanItsOffsetsCannotGiveIsReported) {
  source::SourceFile file("<test>", "x = 1\n");
  ParseResult r = parse(file);
  ASSERT_TRUE(r.module);
  r.module->body[0]->span.column = 3;  // not what offset 0 gives
  PackResult p = pack_module(*r.module, file);
  ASSERT_TRUE(p.bad_span);
  EXPECT_EQ(p.bad_span->column, 3);
  EXPECT_TRUE(p.bytes.empty());
}

TEST(AstPack, StandaloneKeepsLinesAndColumnsWithoutTheText) {
  for (const char* source : kSources) {
    source::SourceFile file("<test>", source);
    ParseResult r = parse(file);
    ASSERT_TRUE(r.module) << source;
    PackResult p = pack_standalone(*r.module, file);
    ASSERT_FALSE(p.bad_span) << source;
    Unpacked u = unpack_standalone(p.bytes, "<packed>");
    ASSERT_TRUE(u.module) << source;
    EXPECT_EQ(testing::dump(*u.module), testing::dump(*r.module)) << source;
    EXPECT_EQ(u.file->line_starts(), file.line_starts()) << source;
    EXPECT_EQ(u.file->size(), file.size());
    EXPECT_EQ(u.file->name(), "<packed>");
    EXPECT_EQ(u.file->line_text(1), "");
    EXPECT_EQ(u.file->text(), "");
  }
}

TEST(AstPack, StandaloneRefusesEveryTruncation) {
  source::SourceFile file("<test>", kSources[9]);
  ParseResult r = parse(file);
  ASSERT_TRUE(r.module);
  const std::string bytes = pack_standalone(*r.module, file).bytes;
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    Unpacked u = unpack_standalone(std::string_view(bytes).substr(0, n), "<t>");
    EXPECT_EQ(u.module, nullptr) << n;
    EXPECT_EQ(u.file, nullptr) << n;
  }
}

}  // namespace
}  // namespace scopeplay::syntax
