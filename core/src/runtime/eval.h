// The tree-walking evaluator's internal interface.
//
// Expressions evaluate to a Value (exceptions propagate as PyError);
// statements return a Status so return/break/continue/yield unwind through
// plain returns. Generator frames are resumable: when a statement yields,
// every enclosing block and compound statement pushes a ResumeState on the
// generator (innermost first) and returns Status::Yield; on the next
// resumption they pop their state (outermost first) and jump straight back
// to where they were, re-establishing try/with handlers on the way down.
#pragma once

#include "runtime/ops.h"
#include "syntax/ast.h"

namespace scopeplay::runtime {

enum class Status : std::uint8_t { Normal, Return, Break, Continue, Yield };

Value eval(Interp& in, Frame& f, const ast::Expr* e);
Status exec_block(Interp& in, Frame& f, const ast::Body& body);
Status exec_stmt(Interp& in, Frame& f, const ast::Stmt* s);
void assign(Interp& in, Frame& f, const ast::Expr* target, Value v);
void delete_target(Interp& in, Frame& f, const ast::Expr* target);

// An attribute's name as an interned str: from the resolver's name-table
// slot, or interned from the text for a tree the resolver has not seen.
// (A copy: the table may grow while the caller holds it.)
inline Value attr_name(Interp& in, const ast::Attribute* a) {
  return a->slot >= 0 ? in.name_at(a->slot) : in.intern(a->attr);
}

// Name access by resolver scope.
Value load_name(Interp& in, Frame& f, const ast::Name* n);
void store_name(Interp& in, Frame& f, const ast::Name* n, Value v);

// Functions and classes (call.cpp, classes.cpp).
Value make_function(Interp& in, Frame& f, const CodeInfo* code, const ast::Arguments& args,
                    const Value& qualname_override = Value());
Value call_function(Interp& in, Function* fn, const Value* self, Args& a);
Value instantiate(Interp& in, TypeObject* t, Args& a);
Value build_class(Interp& in, Frame& f, const ast::ClassDef* c);
// A new class from name, bases (TypeObjects) and namespace (type(name, bases, ns)).
Value make_class(Interp& in, const std::string& name, std::vector<Value> bases, const Value& ns, const std::string& module);
Value zero_arg_super(Interp& in, Frame& f);

// Comprehensions (eval_comp.cpp).
Value eval_comprehension(Interp& in, Frame& f, const ast::Expr* e);

// Runs a module body in `globals` (used for the snippet and embedded preludes).
void run_module(Interp& in, const CodeInfo* code, const ast::Module& m, const Value& globals);

// Generators (generator.cpp).
struct ResumeState {
  std::size_t index = 0;
  int phase = 0;
  Status pending = Status::Normal;
  Value a, b;
};
Value make_generator(Interp& in, Function* fn, std::unique_ptr<Value[]> slots, std::size_t nslots);
Value generator_next(Interp& in, const Value& gen);
ResumeState pop_resume(Frame& f);
void push_resume(Frame& f, ResumeState s);
void set_yielded(Frame& f, Value v);
Value take_sent(Frame& f);
Value generator_return_value(const Value& gen);

// RAII: makes `f` the current frame.
class FrameScope {
 public:
  FrameScope(Interp& in, Frame& f) : in_(in), saved_(in.frame) {
    f.back = in.frame;
    in.frame = &f;
  }
  ~FrameScope() { in_.frame = saved_; }
  FrameScope(const FrameScope&) = delete;
  FrameScope& operator=(const FrameScope&) = delete;

 private:
  Interp& in_;
  Frame* saved_;
};

}  // namespace scopeplay::runtime
