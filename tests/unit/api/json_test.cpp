#include <gtest/gtest.h>

#include "scopeplay/run.h"

namespace scopeplay {
namespace {

TEST(Json, SuccessfulRun) {
  RunResult r;
  r.stdout_text = "hi\n";
  r.steps = 3;
  EXPECT_EQ(to_json(r),
            "{\"stdout\":\"hi\\n\",\"stderr\":\"\",\"error\":null,\"outputTruncated\":false,\"steps\":3,"
            "\"variables\":[],\"ops\":[],\"scopes\":[],\"events\":[]}");
}

TEST(Json, EscapesControlCharsAndInvalidUtf8) {
  RunResult r;
  r.stdout_text = std::string("q\"b\\s\t\x01") + "\xff" + "é";
  std::string j = to_json(r);
  EXPECT_NE(j.find("\"stdout\":\"q\\\"b\\\\s\\t\\u0001\xEF\xBF\xBD\xC3\xA9\""), std::string::npos) << j;
}

// Plain text between escapes is copied in runs: each kind of escape at a run's
// start, middle and end, valid multi-byte sequences kept, and every byte of an
// invalid or truncated sequence replaced.
TEST(Json, EscapesBetweenPlainRuns) {
  RunResult r;
  r.stdout_text = std::string("\"ab\"cd\\ef\n\x7fg") + "\xF0\x9F\x98\x80" + "\xED\xA0\x80" + "h\b\f\r" + "\xC3";
  std::string j = to_json(r);
  EXPECT_NE(j.find("\"stdout\":\"\\\"ab\\\"cd\\\\ef\\n\\u007fg\xF0\x9F\x98\x80"
                   "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDh\\b\\f\\r\xEF\xBF\xBD\","),
            std::string::npos)
      << j;
  r.stdout_text = "";
  r.stderr_text = "plain";
  OpInfo op;
  op.name = "a\"";
  op.line = -2147483647 - 1;
  r.ops.push_back(op);
  j = to_json(r);
  EXPECT_NE(j.find("\"stdout\":\"\",\"stderr\":\"plain\","), std::string::npos) << j;
  EXPECT_NE(j.find("\"ops\":[{\"name\":\"a\\\"\",\"type\":\"\",\"line\":-2147483648}]"), std::string::npos) << j;
}

TEST(Json, ErrorsAndStructuredResults) {
  RunResult r = run("x = 1\nx.foo\n");
  VariableInfo v;
  v.name = "a:0";
  v.shape = "(2,)";
  r.variables.push_back(v);
  r.scopes.push_back("s/");
  NamingEvent e;
  e.kind = "op";
  r.events.push_back(e);
  OpInfo op;
  op.name = "add";
  r.ops.push_back(op);
  std::string j = to_json(r);
  EXPECT_NE(j.find("\"error\":{\"type\":\"AttributeError\",\"message\":\"'int' object has no attribute 'foo'\",\"line\":2,"
                   "\"column\":1,\"endLine\":2,\"endColumn\":6,\"limit\":false,\"traceback\":[{\"filename\":\"<stdin>\",\"line\":2,"),
            std::string::npos)
      << j;
  EXPECT_NE(j.find("\"variables\":[{\"name\":\"a:0\",\"shape\":\"(2,)\""), std::string::npos);
  EXPECT_NE(j.find("\"scopes\":[\"s/\"]"), std::string::npos);
  EXPECT_NE(j.find("\"ops\":[{\"name\":\"add\",\"type\":\"\",\"line\":0}]"), std::string::npos);
}

}  // namespace
}  // namespace scopeplay
