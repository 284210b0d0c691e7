// Embedded module sources (ModuleBuilder::run_python) are parsed and
// resolved once per process and then run by every interpreter: each
// interpreter must still get its own objects, and the names of the shared
// code must not collide with the user's own names.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "runtime/eval.h"
#include "runtime/modules.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/resolver.h"
#include "runtime/traceback.h"
#include "syntax/parser.h"

namespace scopeplay::runtime {
namespace {

constexpr const char* kShared =
    "counter = 0\n"
    "def bump():\n"
    "    global counter\n"
    "    counter += 1\n"
    "    return counter\n"
    "class Box:\n"
    "    kind = 'box'\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __repr__(self):\n"
    "        return Box.kind + '(' + repr(self.v) + ')'\n"
    "made = [Box(i) for i in range(3)]\n";

// Runs `user` (resolved for this interpreter alone) with a module `shared`
// built from kShared.
std::string run_with_shared(const std::string& user) {
  RunOptions options;
  auto in = std::make_unique<Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = 4u << 20;
  register_module(*in, "shared", [](Interp&, ModuleBuilder& m) { m.run_python(kShared, "<shared>"); });
  Value main = new_module(*in, "__main__");
  dict_set_str(*in, main.as<Module>()->dict, "__builtins__", import_module(*in, "builtins"));
  auto file = std::make_unique<source::SourceFile>("user.py", user);
  syntax::ParseResult parsed = syntax::parse(*file);
  if (parsed.error) return "SyntaxError";
  CodeInfo* code = nullptr;
  if (resolve_module(*in, *parsed.module, *file, false, code)) return "SyntaxError";
  in->files.push_back(std::move(file));
  try {
    run_module(*in, code, *parsed.module, main.as<Module>()->dict);
  } catch (PyError& e) {
    RunError err = describe_exception(*in, e.exc);
    return in->out + err.type + ": " + err.message;
  }
  return in->out;
}

constexpr const char* kUser =
    // The user's globals reuse the shared module's names for other things.
    "counter = 'mine'\n"
    "Box = None\n"
    "import shared\n"
    "print(shared.bump(), shared.bump(), shared.made)\n"
    "print(counter, Box, shared.counter, shared.Box.kind)\n"
    "shared.Box.kind = 'crate'\n"
    "print(shared.made[0])\n";

constexpr const char* kExpected =
    "1 2 [box(0), box(1), box(2)]\n"
    "mine None 2 box\n"
    "crate(0)\n";

TEST(SharedModule, EachInterpreterGetsFreshState) {
  // The second run must not see the first run's counter or class attribute.
  EXPECT_EQ(run_with_shared(kUser), kExpected);
  EXPECT_EQ(run_with_shared(kUser), kExpected);
}

TEST(SharedModule, UserNamesResolvedLaterDoNotShiftSharedNames) {
  // Many new user globals between runs of the shared code.
  std::string user;
  for (int i = 0; i < 200; ++i) user += "n" + std::to_string(i) + " = " + std::to_string(i) + "\n";
  user += "import shared\nprint(shared.bump(), n199, shared.Box(n7))\n";
  EXPECT_EQ(run_with_shared(user), "1 199 box(7)\n");
  EXPECT_EQ(run_with_shared(kUser), kExpected);
}

TEST(SharedModule, ConcurrentInterpretersShareTheCompiledModule) {
  std::vector<std::string> outs(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < outs.size(); ++i)
    threads.emplace_back([&outs, i] { outs[i] = run_with_shared(kUser); });
  for (auto& t : threads) t.join();
  for (const auto& o : outs) EXPECT_EQ(o, kExpected);
}

TEST(SharedModule, SharedNamesAreProcessWideAndStable) {
  int a = Interp::shared_name_index("shared_module_test_name");
  int b = Interp::shared_name_index("shared_module_test_name");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a & Interp::kLocalName, 0);
  RunOptions options;
  Interp in(options);
  int local = in.name_index("shared_module_test_name");
  EXPECT_NE(local & Interp::kLocalName, 0);
  EXPECT_EQ(str_of(in.name_at(a)), "shared_module_test_name");
  EXPECT_EQ(str_of(in.name_at(local)), "shared_module_test_name");
}

}  // namespace
}  // namespace scopeplay::runtime

namespace scopeplay::runtime {
namespace {

// prepare_python() parses a text ahead of its first run (the TF builders'
// bundle, provided while the engine is idle): preparing it, from several
// threads at once, changes nothing the runs see; a text that does not
// compile is not an error until it runs.
TEST(SharedModule, PreparedAheadRunsTheSame) {
  const std::string text = std::string(kShared) + "# prepared ahead\n";
#ifdef __EMSCRIPTEN__
  // No threads in the WebAssembly build (no pthreads): twice in a row.
  for (int i = 0; i < 2; ++i) prepare_python(text, "<shared>", true);
#else
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back([&text] { prepare_python(text, "<shared>", true); });
  for (auto& t : threads) t.join();
#endif
  RunOptions options;
  auto in = std::make_unique<Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = 4u << 20;
  Value mod = new_module(*in, "prepared");
  ModuleBuilder mb(*in, mod);
  mb.run_python(text, "<shared>", true);
  EXPECT_EQ(repr(*in, mb.get("made")), "[box(0), box(1), box(2)]");
  prepare_python("def broken(:\n", "<shared>", true);
  try {
    mb.run_python("def broken(:\n", "<shared>", true);
    ADD_FAILURE() << "a text that does not compile ran";
  } catch (PyError& e) {
    EXPECT_TRUE(exc_matches(*in, e.exc, Exc::SyntaxError));
  }
}

}  // namespace
}  // namespace scopeplay::runtime
