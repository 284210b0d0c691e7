// Generator objects. A generator owns a heap frame (slots + resume stack) and
// runs its body through the ordinary statement evaluator in resumable mode
// (see eval.h). Generator expressions use a small dedicated state machine
// over their comprehension clauses instead.
#pragma once

#include "runtime/eval.h"

namespace scopeplay::runtime {

enum class GenState : std::uint8_t { Created, Suspended, Running, Done };

class Generator final : public Object {
 public:
  explicit Generator(TypeObject* t) : Object(Kind::Generator, t) {}
  void clear_refs() override;
  void release_frame();

  Value func;  // Function (null for generator expressions)
  std::unique_ptr<Value[]> slots;
  std::size_t nslots = 0;
  Frame frame;
  std::vector<ResumeState> states;
  Value yielded, sent, retval;
  GenState state = GenState::Created;
  Value qualname;
  // Generator expressions.
  const ast::GeneratorExp* genexp = nullptr;
  std::vector<Value> iters;
  int level = -1;
  Value globals_keep;
};

Value make_genexp(Interp& in, Frame& outer, const ast::GeneratorExp* node, Value first_iter);

}  // namespace scopeplay::runtime
