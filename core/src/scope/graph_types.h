// Plain data shared by the graph, the op library and the variable layer.
//
// The bridge holds Python objects that point into a Graph (tensors,
// operations, variables, variable scopes). They are referred to by small
// stable ids into per-graph arenas rather than by pointers: ids survive
// arena growth, compare cheaply for Python's `is`, and make "which graph does
// this belong to" a question the bridge answers with the shared_ptr<Graph> it
// keeps next to the id.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scope/dtype.h"
#include "scope/host_value.h"
#include "scope/tensor_shape.h"

namespace scopeplay::scope {

using OpId = std::uint32_t;
using VariableId = std::uint32_t;
using VarScopeId = std::uint32_t;

// One frame of the Python stack that created something, outermost first (as
// traceback.extract_stack returns them). Supplied by the bridge.
struct SourceFrame {
  std::string filename;
  int line = 0;
  std::string function;     // "<module>" at top level
  std::string source_line;  // stripped text of that line; "" if unknown
};
using Traceback = std::shared_ptr<const std::vector<SourceFrame>>;

// Where the bridge is right now; asked whenever an op is created.
class FrameSource {
 public:
  virtual ~FrameSource() = default;
  virtual Traceback current_traceback() const = 0;
};

// Output `index` of operation `op` (TF's Tensor; its name is "op:index").
struct TensorRef {
  OpId op = 0;
  int index = 0;
  friend bool operator==(const TensorRef& a, const TensorRef& b) {
    return a.op == b.op && a.index == b.index;
  }
};

struct OutputSpec {
  DType dtype;
  TensorShape shape;
};

// A user-supplied Python callable (custom getter, initializer function,
// regularizer, partitioner), opaque to the engine; the bridge resolves `id`.
struct CallableHandle {
  std::uint64_t id = 0;
  std::string repr;       // for messages: "<function f at 0x...>"
  int required_args = 0;  // positional args without defaults
};

// Variable reuse: False (create only), True (reuse only), AUTO_REUSE.
enum class ReuseMode { False, True, Auto };
// str(scope.reuse): "False", "True", "_ReuseMode.AUTO_REUSE".
std::string reuse_repr(ReuseMode mode);

// What the UI shows for each naming decision.
struct NamingRecord {
  std::string kind;       // "op", "variable", "name_scope", "variable_scope"
  std::string requested;  // the name asked for (or TF's default)
  std::string result;     // the final name
  std::string reason;     // one sentence
  Traceback where;
};

}  // namespace scopeplay::scope
