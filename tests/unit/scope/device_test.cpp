// tf.device strings: canonical form and merging (framework/device_spec.py,
// device_test.py testMerge).
#include "scope_test_util.h"

#include "scope/device.h"

namespace scopeplay::scope {
namespace {

using namespace testing;  // NOLINT

TEST(DeviceTest, CanonicalForm) {
  EXPECT_EQ(ok(merge_device("", std::string_view("/cpu:0"))), "/device:CPU:0");
  EXPECT_EQ(ok(merge_device("", std::string_view("/gpu:1"))), "/device:GPU:1");
  EXPECT_EQ(ok(merge_device("", std::string_view("/job:worker/replica:0/task:1/device:GPU:*"))),
            "/job:worker/replica:0/task:1/device:GPU:*");
  EXPECT_EQ(ok(merge_device("", std::string_view("cpu"))), "/device:CPU:*");
  EXPECT_EQ(ok(merge_device("", std::string_view(""))), "");
  auto bad = merge_device("", std::string_view("/foo:1"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "Unknown attribute: 'foo' in '/foo:1'");
}

// merge_device's docstring: inner fields win, the others are inherited.
TEST(DeviceTest, NestedScopesMerge) {
  std::string d = ok(merge_device("", std::string_view("/device:GPU:0")));
  d = ok(merge_device(d, std::string_view("/job:worker")));
  EXPECT_EQ(d, "/job:worker/device:GPU:0");
  d = ok(merge_device(d, std::string_view("/device:CPU:0")));
  EXPECT_EQ(d, "/job:worker/device:CPU:0");
  d = ok(merge_device(d, std::string_view("/job:ps")));
  EXPECT_EQ(d, "/job:ps/device:CPU:0");
  EXPECT_EQ(ok(merge_device(d, std::nullopt)), "");
}

TEST(DeviceTest, OpsRecordTheMergedDevice) {
  Env e;
  Graph& g = *e.g;
  ASSERT_TRUE(g.push_device(std::string_view("/job:ps")).ok());
  ASSERT_TRUE(g.push_device(std::string_view("/cpu:0")).ok());
  TensorRef c = ok(ops::constant(g, 1.0));
  g.pop_device();
  g.pop_device();
  TensorRef d = ok(ops::constant(g, 1.0));
  EXPECT_EQ(g.op(c.op).device, "/job:ps/device:CPU:0");
  EXPECT_EQ(g.op(d.op).device, "");
}

}  // namespace
}  // namespace scopeplay::scope
