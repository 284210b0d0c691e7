// The scopeplay command line: a thin host over scopeplay::run().
//
//   scopeplay run [--json] [--explain] [--tf VERSION] [--max-steps N] FILE|-
//
// Exit codes follow CPython: 0 on success, 1 on an uncaught exception
// (SyntaxError included), 2 on a usage error.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "scopeplay/run.h"

namespace {

constexpr const char* kUsage =
    "usage: scopeplay run [--json] [--explain] [--tf VERSION] [--max-steps N] FILE\n"
    "       FILE may be - to read the snippet from standard input\n"
    "       --tf VERSION   TensorFlow profile: 1.15 (default) or 1.3\n"
    "       --json         print the whole RunResult as JSON on stdout\n"
    "       --explain      after the output, explain how each name came about\n";

int usage_error(const std::string& message) {
  std::cerr << "scopeplay: " << message << "\n" << kUsage;
  return 2;
}

bool read_all(std::istream& in, std::string& out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void print_explain(const scopeplay::RunResult& result) {
  if (result.events.empty()) return;
  std::cout << "\n# how each name came about\n";
  for (const auto& e : result.events) {
    std::cout << "line " << e.line << ": " << e.kind << " '" << e.requested << "' -> '" << e.result << "'";
    if (!e.reason.empty()) std::cout << " (" << e.reason << ")";
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing command");
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command != "run") return usage_error("unknown command '" + command + "'");

  scopeplay::RunOptions options;
  bool json = false;
  bool explain = false;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--json") {
      json = true;
    } else if (arg == "--explain") {
      explain = true;
    } else if (arg == "--tf" || arg == "--max-steps") {
      if (i + 1 >= argc) return usage_error(arg + " needs a value");
      std::string value = argv[++i];
      if (arg == "--tf") {
        options.tf_version = value;
      } else {
        char* end = nullptr;
        unsigned long long n = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0') return usage_error("--max-steps needs a number");
        options.max_steps = n;
      }
    } else if (!path.empty()) {
      return usage_error("only one FILE may be given");
    } else {
      path = arg;
    }
  }
  if (path.empty()) return usage_error("missing FILE");

  std::string source;
  if (path == "-") {
    options.filename = "<stdin>";
    if (!read_all(std::cin, source)) return usage_error("cannot read standard input");
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) return usage_error("cannot open '" + path + "'");
    options.filename = path;
    if (!read_all(file, source)) return usage_error("cannot read '" + path + "'");
  }

  scopeplay::RunResult result = scopeplay::run(source, options);
  if (json) {
    std::cout << scopeplay::to_json(result) << "\n";
  } else {
    std::cout << result.stdout_text;
    std::cout.flush();
    std::cerr << result.stderr_text;
    if (result.error) std::cerr << result.error->formatted;
    if (explain) print_explain(result);
  }
  return result.error ? 1 : 0;
}
