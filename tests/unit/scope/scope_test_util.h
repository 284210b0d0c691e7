// Helpers that let scope tests read like the TF snippets they come from:
// `NameScope ns(g, "V1")` is `with tf.name_scope("V1"):`, `VarScope vs(g, ...)`
// is `with tf.variable_scope(...)`, and both leave their block on destruction.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scope/engine.h"
#include "scope/ops.h"
#include "scope/variable_scope.h"
#include "scope/variable_store.h"

namespace scopeplay::scope::testing {

// A FrameSource whose "current line" the test sets.
class FakeFrames : public FrameSource {
 public:
  void at(int line, std::string source, std::string function = "<module>") {
    auto frames = std::make_shared<std::vector<SourceFrame>>();
    if (function != "<module>") frames->push_back(SourceFrame{"snippet.py", outer_line, "<module>", outer_source});
    frames->push_back(SourceFrame{"snippet.py", line, std::move(function), std::move(source)});
    current = frames;
  }
  Traceback current_traceback() const override { return current; }
  Traceback current;
  int outer_line = 0;
  std::string outer_source;
};

struct Env {
  explicit Env(const char* version = "1.15") : engine(*find_profile(version)) {
    engine.set_frame_source(&frames);
    g = engine.default_graph();
  }
  FakeFrames frames;
  Engine engine;
  std::shared_ptr<Graph> g;
};

class NameScope {
 public:
  NameScope(Graph& g, std::optional<std::string> name, std::optional<std::string> default_name = std::nullopt)
      : g_(g) {
    auto r = g.enter_name_scope_v1(name ? std::optional<std::string_view>(*name) : std::nullopt,
                                   default_name ? std::optional<std::string_view>(*default_name) : std::nullopt,
                                   false);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    if (r.ok()) tok_ = *r;
  }
  ~NameScope() { if (tok_) g_.exit_name_scope(*tok_); }
  const std::string& str() const { return tok_->yielded; }

 private:
  Graph& g_;
  std::optional<NameScopeToken> tok_;
};

inline VariableScopeArgs vs_name(std::string name, ReuseArg reuse = ReuseArg::None) {
  VariableScopeArgs a;
  a.name = std::move(name);
  a.reuse = reuse;
  return a;
}
inline VariableScopeArgs vs_object(VarScopeId id, ReuseArg reuse = ReuseArg::None) {
  VariableScopeArgs a;
  a.scope = id;
  a.reuse = reuse;
  return a;
}
inline VariableScopeArgs vs_default(std::string default_name, ReuseArg reuse = ReuseArg::None) {
  VariableScopeArgs a;
  a.default_name = std::move(default_name);
  a.reuse = reuse;
  return a;
}

class VarScope {
 public:
  VarScope(std::shared_ptr<Graph> g, VariableScopeArgs args) {
    auto c = VariableScopeContext::create(g, std::move(args));
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
    if (!c.ok()) return;
    ctx_.emplace(std::move(*c));
    auto e = ctx_->enter();
    EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().message);
    if (e.ok()) id = *e;
    else ctx_.reset();
  }
  ~VarScope() {
    if (ctx_) {
      auto s = ctx_->exit();
      EXPECT_TRUE(s.ok());
    }
  }
  VarScopeId id = 0;

 private:
  std::optional<VariableScopeContext> ctx_;
};

inline GetVariableArgs gv(std::string name, std::optional<TensorShape> shape = std::nullopt) {
  GetVariableArgs a;
  a.name = std::move(name);
  a.shape = std::move(shape);
  return a;
}

// tf.get_variable(...) that must succeed; returns the variable id.
inline VariableId get_var(Graph& g, const GetVariableArgs& a) {
  auto r = get_variable(g, a);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  if (!r.ok() || !r->variable) return 0;
  return *r->variable;
}

inline std::string get_var_error(Graph& g, const GetVariableArgs& a) {
  auto r = get_variable(g, a);
  EXPECT_FALSE(r.ok());
  return r.ok() ? std::string("<no error>") : r.error().message;
}

// tf.Variable(value, name=...)
inline VariableId make_var(Graph& g, InitialValue iv, std::optional<std::string> name = std::nullopt,
                           bool trainable = true) {
  VariableArgs a;
  a.initial_value = std::move(iv);
  a.name = std::move(name);
  a.trainable = trainable;
  auto r = create_ref_variable(g, a);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : 0;
}
inline InitialValue value(HostValue v) {
  InitialValue iv;
  iv.kind = InitialValue::Kind::Value;
  iv.value = std::move(v);
  return iv;
}
inline InitialValue tensor(TensorRef t) {
  InitialValue iv;
  iv.kind = InitialValue::Kind::Tensor;
  iv.tensor = t;
  return iv;
}

template <class T>
T ok(Result<T> r) {
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  if (!r.ok()) return T{};
  return std::move(r).value();
}

inline std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

inline std::vector<std::string> names(const Graph& g, const std::vector<CollectionItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) {
    if (i.kind == CollectionItemKind::Variable) out.push_back(g.variable(static_cast<VariableId>(i.id)).tensor_name());
    else out.push_back(i.name.value_or("?"));
  }
  return out;
}

inline std::vector<std::string> collection(const Graph& g, std::string_view key,
                                           std::optional<std::string_view> scope = std::nullopt) {
  return names(g, ok(g.get_collection(key, scope)));
}

using Names = std::vector<std::string>;

}  // namespace scopeplay::scope::testing
