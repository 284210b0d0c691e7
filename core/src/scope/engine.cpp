#include "scope/engine.h"

namespace scopeplay::scope {

Engine::Engine(const VersionProfile& profile) : profile_(&profile), hooks_(std::make_unique<GraphHooks>()) {}

std::shared_ptr<Graph> Engine::new_graph() {
  auto g = std::make_shared<Graph>(*profile_, hooks_.get());
  graphs_.push_back(g);
  return g;
}

std::shared_ptr<Graph> Engine::default_graph() {
  if (!stack_.empty()) return stack_.back();
  if (!global_default_) global_default_ = new_graph();
  return global_default_;
}

void Engine::push_default_graph(std::shared_ptr<Graph> g) { stack_.push_back(std::move(g)); }

Status Engine::pop_default_graph(const std::shared_ptr<Graph>& g) {
  if (stack_.empty() || stack_.back() != g) {
    return ScopeError{ErrorKind::AssertionError, "Nesting violated for default stack of <class 'tensorflow.python.framework.ops.Graph'> objects"};
  }
  stack_.pop_back();
  return Ok{};
}

Status Engine::reset_default_graph() {
  if (!stack_.empty()) {
    return ScopeError{ErrorKind::AssertionError,
                      "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, "
                      "exit the nesting and create a new graph."};
  }
  global_default_ = new_graph();
  return Ok{};
}

}  // namespace scopeplay::scope
