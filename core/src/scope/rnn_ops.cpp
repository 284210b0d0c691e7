// Ops the RNN builders need whose TF wrappers are not modelled one by one.
//
// rnn.py's loop creates TensorArray, Transpose and Exit ops, and the LSTM
// cells split by a tensor axis; their names follow the ordinary op rule
// (name_scope(name or type), uniquified), and only their dtypes and static
// shapes matter to what follows, so the caller states them.
#include "scope/op_helpers.h"

namespace scopeplay::scope::ops {

Result<std::vector<TensorRef>> opaque_op(Graph& g, std::string op_type, OptName name,
                                         const std::vector<TensorRef>& inputs, std::vector<OutputSpec> outputs) {
  std::vector<detail::InputArg> args;
  args.reserve(inputs.size());
  for (TensorRef t : inputs) args.emplace_back("input", t, false);
  SCOPEPLAY_TRY(OpId id, detail::apply_op(g, std::move(op_type), name, std::move(args),
                                          [&](Graph&, const std::vector<TensorRef>&, const std::string&,
                                              const std::string&) -> Result<std::vector<OutputSpec>> {
                                            return outputs;
                                          }));
  std::vector<TensorRef> out;
  for (std::size_t i = 0; i < g.op(id).outputs.size(); ++i) out.push_back(TensorRef{id, static_cast<int>(i)});
  return out;
}

}  // namespace scopeplay::scope::ops
