// One TF emulation per interpreter run: profile, graphs, default-graph stack.
//
// TF keeps the default graph and the `as_default()` stack in module globals;
// scopeplay must run several snippets (and several engines) side by side, so
// that state lives in an Engine owned by the run. The Engine also carries the
// bridge's services (where the interpreter is, how to call Python back) to
// every graph it creates.
//
// Bridge usage:
//   scope::Engine engine(*scope::find_profile(options.tf_version));
//   engine.set_frame_source(&frames); engine.set_callbacks(&callbacks);
//   auto g = engine.default_graph();                 // tf.get_default_graph()
//   auto tok = g->enter_name_scope_v1("V1", {}, false);  // with tf.name_scope("V1"):
//   auto a = scope::ops::constant(*g, 1.0);          // tf.constant(1.0)
//   engine.push_default_graph(g2) / pop_default_graph(g2)  // with g2.as_default():
//   engine.reset_default_graph();                    // tf.reset_default_graph()
#pragma once

#include <memory>
#include <vector>

#include "scope/callbacks.h"
#include "scope/graph.h"

namespace scopeplay::scope {

class Engine {
 public:
  explicit Engine(const VersionProfile& profile = default_profile());
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const VersionProfile& profile() const { return *profile_; }
  void set_frame_source(const FrameSource* frames) { hooks_->frames = frames; }
  void set_callbacks(Callbacks* callbacks) { hooks_->callbacks = callbacks; }

  // tf.Graph()
  std::shared_ptr<Graph> new_graph();
  // tf.get_default_graph(): the innermost as_default() graph, else the
  // global default graph (created on first use).
  std::shared_ptr<Graph> default_graph();
  // Graph.as_default() enter / exit.
  void push_default_graph(std::shared_ptr<Graph> g);
  Status pop_default_graph(const std::shared_ptr<Graph>& g);
  // tf.reset_default_graph(): AssertionError inside any as_default() block.
  Status reset_default_graph();

  // Every graph created so far, in creation order (for exporting provenance).
  const std::vector<std::shared_ptr<Graph>>& graphs() const { return graphs_; }

 private:
  const VersionProfile* profile_;
  std::unique_ptr<GraphHooks> hooks_;
  std::shared_ptr<Graph> global_default_;
  std::vector<std::shared_ptr<Graph>> stack_;
  std::vector<std::shared_ptr<Graph>> graphs_;
};

}  // namespace scopeplay::scope
