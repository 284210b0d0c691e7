// Interp: the state of one run. It owns the heap, the builtin types, the
// module table, the output buffers and the limits, and nothing else: the
// evaluator, the builtins and the operators are free functions over it, each
// in its own file. One Interp per run() keeps runs independent.
//
// Python exceptions travel as C++ exceptions (PyError) because they are rare
// on hot paths and make every helper simpler; return/break/continue/yield use
// status codes. Limit breaches (steps, output) throw LimitError, which no
// Python handler, finally block or __exit__ ever sees.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/objects.h"
#include "scopeplay/run.h"
#include "source/source_file.h"

namespace scopeplay::runtime {

// The builtin exception classes, in hierarchy-definition order.
enum class Exc : std::uint8_t {
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
  StopIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
  AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
  LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
  OSError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
  SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
  UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning,
  PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
  UnicodeWarning, ResourceWarning, Count
};

struct PyError {
  Value exc;  // an exception Instance
};

struct LimitError {
  std::string type;
  std::string message;
};

// Positional and keyword arguments of a call.
struct Args {
  Value* pos = nullptr;
  std::size_t npos = 0;
  const Value* kwnames = nullptr;  // Str values
  Value* kwvalues = nullptr;
  std::size_t nkw = 0;
  const Value& operator[](std::size_t i) const { return pos[i]; }
};

// Argument storage with inline room for the common case.
class ArgBuf {
 public:
  void push(Value v);
  void push_kw(Value name, Value v);
  Args args();
  std::size_t npos() const { return pos_.size(); }
  std::vector<Value>& positional() { return pos_; }
  std::vector<Value>& kwnames() { return kwn_; }
  std::vector<Value>& kwvalues() { return kwv_; }

 private:
  std::vector<Value> pos_, kwn_, kwv_;
};

enum class CodeType : std::uint8_t { Module, Function, Lambda, Class, Comprehension };

// Resolver output for one scope.
struct CodeInfo {
  CodeType type = CodeType::Function;
  std::string name;
  std::string qualname;
  const void* node = nullptr;  // ast::FunctionDef / Lambda / ClassDef / comprehension Expr
  const source::SourceFile* file = nullptr;
  std::vector<std::string> slot_names;  // locals, then freevars
  std::vector<std::uint8_t> is_cell;    // per slot
  int nlocals = 0;
  std::vector<int> free_source;  // per freevar: slot in the enclosing frame
  int npositional = 0, nposonly = 0, nkwonly = 0;
  int vararg_slot = -1, kwarg_slot = -1;
  bool is_generator = false;
  bool internal = false;  // frames hidden from tracebacks (embedded preludes)
  int name_slot = -1, qualname_slot = -1;  // `name` and `qualname` in the name table (Interp::name_at)
};

class Generator;

struct Frame {
  Frame* back = nullptr;
  const CodeInfo* code = nullptr;
  Function* func = nullptr;
  Value* slots = nullptr;
  Dict* globals = nullptr;
  Dict* ns = nullptr;  // module or class namespace (names not in slots)
  const ast::Expr* expr = nullptr;  // expression being evaluated (tracebacks)
  const ast::Stmt* stmt = nullptr;  // statement being executed
  int line = 0;
  std::uint64_t serial = 0;
  Value retval;
  Generator* gen = nullptr;
  bool resuming = false;
};

struct TypeTable {
  TypeObject *type, *object, *none, *notimpl, *ellipsis, *bool_, *int_, *float_, *str, *list, *tuple,
      *dict, *set, *frozenset, *range, *slice, *cell, *function, *builtin, *method, *module,
      *property, *staticmethod, *classmethod, *super, *generator, *dict_keys, *dict_values,
      *dict_items, *iterator;
  std::array<TypeObject*, static_cast<std::size_t>(Exc::Count)> exc;
};

class NativeRegistry;

class Interp {
 public:
  Interp(const RunOptions& options);
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  Heap heap;
  const RunOptions options;
  TypeTable t{};
  Value builtins;  // Dict
  Value none_v = Value::none();
  Value ellipsis, notimplemented;
  Value modules;   // Dict: name -> Module (sys.modules)
  Value empty_tuple;

  // Output.
  std::string out, err;
  bool output_truncated = false;
  void write_out(std::string_view s) { write(out, s); }
  void write_err(std::string_view s) { write(err, s); }

  // Limits.
  std::uint64_t steps = 0;
  int depth = 0;
  std::uintptr_t stack_base = 0;
  std::size_t stack_budget = 0;
  inline void step() {
    if (++steps > options.max_steps) step_limit();
    if (heap.over_budget()) memory_limit();
  }
  [[noreturn]] void step_limit();
  // Where a limit stopped the run: the snippet's frames at that moment,
  // innermost first (captured before unwinding, which destroys the frames).
  struct LimitFrame {
    const CodeInfo* code = nullptr;
    const ast::Stmt* stmt = nullptr;
    int line = 0;
  };
  std::vector<LimitFrame> limit_frames;
  void capture_limit_frames();
  [[noreturn]] void memory_limit();

  // Containers whose repr is in progress (recursive containers print [...]).
  std::vector<const Object*> repr_stack;
  // Raises RecursionError when the Python depth limit or the native stack
  // budget is exhausted; every recursive C++ path (calls, repr, ==) enters here.
  void enter(const char* context = "") {
    if (++depth > options.max_call_depth || native_stack_low()) recursion_error(context);
  }
  void leave() { --depth; }
  bool native_stack_low() const {
    auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    return stack_base != 0 && stack_base > here && stack_base - here > stack_budget;
  }
  [[noreturn]] void recursion_error(const char* context);

  // Evaluation state.
  Frame* frame = nullptr;
  std::uint64_t next_serial = 1;
  std::vector<Value> handling;  // exceptions being handled (innermost last)

  // Interned strings (identifiers, attribute names).
  Value intern(std::string_view s);
  Value str(std::string s);  // a fresh Str
  // Types of native iterators etc. by name ("list_iterator"), made on first use.
  TypeObject* named_type(const char* name);
  TypeObject* exc_type(Exc e) const { return t.exc[static_cast<std::size_t>(e)]; }

  // Resolver outputs and sources kept alive for the run.
  std::vector<std::unique_ptr<CodeInfo>> codes;
  std::vector<std::unique_ptr<source::SourceFile>> files;
  std::vector<std::shared_ptr<void>> keep_alive;  // ASTs of preludes, etc.
  std::unordered_map<const void*, CodeInfo*> code_of;  // AST scope node -> CodeInfo
  std::unordered_map<const void*, Value> constants;  // str constants by AST node
  // Global and class-body names: ast::Name::slot indexes a table of names.
  // Modules resolved for one interpreter use its own table (slots carrying
  // kLocalName); modules shared by every interpreter of the process (the
  // embedded preludes) use the process-wide table of shared_name_index.
  static constexpr int kLocalName = 1 << 30;
  int name_index(const std::string& s);
  static int shared_name_index(const std::string& s);
  // The interned Str of a name slot.
  const Value& name_at(int slot) {
    if (slot & kLocalName) return local_names_[static_cast<std::size_t>(slot & ~kLocalName)];
    auto i = static_cast<std::size_t>(slot);
    if (i < shared_names_.size() && !shared_names_[i].is_null()) return shared_names_[i];
    return load_shared_name(slot);
  }

  // Native modules (see native.h) and structured results for the host.
  std::unique_ptr<NativeRegistry> natives;
  RunResult extras;
  // Per-run data of native extensions, by key (e.g. the TF graph state).
  std::map<std::string, std::shared_ptr<void>> extension_state;

 private:
  void write(std::string& buf, std::string_view s);
  // Keys view the text of their own Str (kept alive by the value).
  std::unordered_map<std::string_view, Value> interned_;
  std::unordered_map<std::string, int> name_index_;
  std::vector<Value> local_names_;
  std::deque<Value> shared_names_;  // filled on first use from the process-wide table (a deque: growing keeps references valid)
  const Value& load_shared_name(int slot);
  std::unordered_map<std::string, TypeObject*> named_types_;
};

}  // namespace scopeplay::runtime

namespace scopeplay::runtime {
// RAII depth guard for recursive C++ paths.
class DepthGuard {
 public:
  explicit DepthGuard(Interp& in, const char* context = "") : in_(in) { in_.enter(context); }
  ~DepthGuard() { in_.leave(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Interp& in_;
};
}  // namespace scopeplay::runtime
