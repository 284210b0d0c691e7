// The `tensorflow` prelude's eager parts, packed at build time
// (core/gen/pack_prelude.cpp): one packed tree for every part, each the tree
// the parser gives for its text, with the same lines and columns.
#include <gtest/gtest.h>

#include "../syntax/ast_dump.h"
#include "bridge/tf_prelude.h"
#include "syntax/ast_pack.h"
#include "syntax/parser.h"

namespace scopeplay::bridge {
namespace {

TEST(PreludePack, EveryEagerPartIsItsParsedTree) {
  const std::vector<std::string_view> texts = eager_prelude_texts();
  const std::vector<std::string_view> packed = packed_eager_preludes();
  ASSERT_EQ(packed.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    source::SourceFile file("<tensorflow>", std::string(texts[i]));
    syntax::ParseResult parsed = syntax::parse(file);
    ASSERT_TRUE(parsed.module) << "part " << i;
    syntax::Unpacked unpacked = syntax::unpack_standalone(packed[i], "<tensorflow>");
    ASSERT_TRUE(unpacked.module) << "part " << i;
    // The dump has every node, field, line and column.
    EXPECT_EQ(syntax::testing::dump(*unpacked.module), syntax::testing::dump(*parsed.module)) << "part " << i;
    EXPECT_EQ(unpacked.file->line_starts(), file.line_starts()) << "part " << i;
    EXPECT_EQ(unpacked.file->line_text(2), "") << "the text is not kept";
  }
}

}  // namespace
}  // namespace scopeplay::bridge
