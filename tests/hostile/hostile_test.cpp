// The hostile-input suite, natively: every case of cases.txt (see its header
// for the format) runs through scopeplay::run() with the default limits. It
// must end within its time with the expected error (or none) on the expected
// line and print exactly the expected output; then a normal snippet must run
// normally, so no limit leaves anything behind. tests/js/hostile.test.js runs
// the same cases in the WebAssembly build.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "scopeplay/run.h"

namespace {

struct HostileCase {
  std::string name;
  std::string source;
  std::string error;
  int line = 0;
  std::string stdout_text;
  double seconds = 0;
};

// gtest prints a parameter when a case fails: the name, not ten megabytes.
void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }

void append_utf8(std::string& out, std::uint32_t cp) {
  // WTF-8: a lone surrogate gets the three bytes UTF-8 would give it.
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Expands a template from `i`; inside $( ... ) it stops at "*N)" and returns N.
std::string expand(const std::string& t, std::size_t& i, bool nested, std::size_t* count) {
  std::string out;
  while (i < t.size()) {
    char c = t[i];
    if (c == '\\' && i + 1 < t.size()) {
      char n = t[i + 1];
      i += 2;
      switch (n) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case '0': out += '\0'; break;
        case 'x': out += static_cast<char>(std::stoul(t.substr(i, 2), nullptr, 16)); i += 2; break;
        case 'u': append_utf8(out, static_cast<std::uint32_t>(std::stoul(t.substr(i, 4), nullptr, 16))); i += 4; break;
        default: throw std::runtime_error("unknown escape \\" + std::string(1, n));
      }
    } else if (t.compare(i, 2, "$(") == 0) {
      i += 2;
      std::size_t n = 0;
      std::string body = expand(t, i, true, &n);
      out.reserve(out.size() + body.size() * n);
      for (std::size_t k = 0; k < n; ++k) out += body;
    } else if (nested && c == '*' && i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
      std::size_t end = i + 1;
      while (end < t.size() && std::isdigit(static_cast<unsigned char>(t[end]))) ++end;
      if (end < t.size() && t[end] == ')') {
        *count = std::stoul(t.substr(i + 1, end - i - 1));
        i = end + 1;
        return out;
      }
      out += c;
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  if (nested) throw std::runtime_error("unterminated $( in " + t);
  return out;
}

std::string expand(const std::string& t) {
  std::size_t i = 0;
  return expand(t, i, false, nullptr);
}

std::vector<HostileCase> load_cases() {
  std::ifstream in(SCOPEPLAY_HOSTILE_CASES);
  if (!in) throw std::runtime_error("cannot open " SCOPEPLAY_HOSTILE_CASES);
  std::vector<HostileCase> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("== ", 0) == 0) {
      cases.emplace_back();
      cases.back().name = line.substr(3);
      continue;
    }
    std::size_t colon = line.find(": ");
    std::string key = line.substr(0, colon == std::string::npos ? line.size() - 1 : colon);
    std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (cases.empty()) throw std::runtime_error("key before the first case: " + line);
    HostileCase& c = cases.back();
    if (key == "source") c.source = expand(value);
    else if (key == "error") c.error = value;
    else if (key == "line") c.line = std::stoi(value);
    else if (key == "stdout") c.stdout_text = expand(value);
    else if (key == "seconds") c.seconds = std::stod(value);
    else if (key.rfind("wasm-", 0) != 0 && key.rfind("browser-", 0) != 0) throw std::runtime_error("unknown key " + key);
  }
  return cases;
}

// "Type: message" as the last line of the traceback shows it; "-" for none.
std::string last_error_line(const scopeplay::RunResult& r) {
  if (!r.error) return "-";
  return r.error->message.empty() ? r.error->type : r.error->type + ": " + r.error->message;
}

class Hostile : public testing::TestWithParam<HostileCase> {};

TEST_P(Hostile, EndsWithinItsLimitAndTheNextRunWorks) {
  const HostileCase& c = GetParam();
  scopeplay::RunOptions options;
  options.filename = "snippet.py";
  auto start = std::chrono::steady_clock::now();
  scopeplay::RunResult r = scopeplay::run(c.source, options);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ hostile  ] " << c.name << ": " << last_error_line(r) << " (" << seconds << " s)\n";
  EXPECT_EQ(last_error_line(r), c.error);
  if (r.error) {
    EXPECT_EQ(r.error->line, c.line);
    EXPECT_NE(r.error->formatted.find(last_error_line(r)), std::string::npos) << r.error->formatted;
  }
  EXPECT_EQ(r.stdout_text.size(), c.stdout_text.size());
  EXPECT_TRUE(r.stdout_text == c.stdout_text) << "stdout differs";
  EXPECT_EQ(r.output_truncated, c.error.rfind("OutputLimitError", 0) == 0);
  EXPECT_LT(seconds, c.seconds);

  scopeplay::RunResult next = scopeplay::run("import tensorflow as tf\nprint(tf.constant(1, name='c').name, 6 * 7)\n", options);
  EXPECT_FALSE(next.error) << next.error->formatted;
  EXPECT_EQ(next.stdout_text, "c:0 42\n");
}

INSTANTIATE_TEST_SUITE_P(Cases, Hostile, testing::ValuesIn(load_cases()),
                         [](const testing::TestParamInfo<HostileCase>& info) { return info.param.name; });

}  // namespace
