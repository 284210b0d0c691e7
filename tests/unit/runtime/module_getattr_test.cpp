// PEP 562: a module-level __getattr__ answers names the module lacks.
#include <gtest/gtest.h>

#include <memory>

#include "runtime/modules.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/traceback.h"

namespace scopeplay::runtime {
namespace {

std::string run_with_module(const std::string& source) {
  RunOptions options;
  auto in = std::make_unique<Interp>(options);
  char marker = 0;
  in->stack_base = reinterpret_cast<std::uintptr_t>(&marker);
  in->stack_budget = 4u << 20;
  register_module(*in, "lazy", [](Interp&, ModuleBuilder& m) {
    m.run_python(
        "def __getattr__(name):\n"
        "    if name == 'later':\n"
        "        return 42\n"
        "    raise AttributeError(\"module 'lazy' has no attribute '\" + name + \"'\")\n",
        "<lazy>");
  });
  Value main = new_module(*in, "__main__");
  dict_set_str(*in, main.as<Module>()->dict, "__builtins__", import_module(*in, "builtins"));
  ModuleBuilder mb(*in, main);
  try {
    mb.run_python(source, "test.py", false);
  } catch (PyError& e) {
    RunError err = describe_exception(*in, e.exc);
    return in->out + err.type + ": " + err.message;
  }
  return in->out;
}

TEST(ModuleGetattr, AnswersMissingNames) {
  EXPECT_EQ(run_with_module("import lazy\nprint(lazy.later, hasattr(lazy, 'nope'))\nfrom lazy import later\nprint(later)\n"),
            "42 False\n42\n");
  EXPECT_EQ(run_with_module("import lazy\nlazy.nope\n"), "AttributeError: module 'lazy' has no attribute 'nope'");
}

}  // namespace
}  // namespace scopeplay::runtime
