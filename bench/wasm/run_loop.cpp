// Runs one snippet through scopeplay::run() many times and prints the median
// and mean time per run: the same C++ compiled natively (g++) and to
// WebAssembly (em++, run by Node), so the two figures compare the engine alone.
//
//   run_loop FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "scopeplay/run.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: run_loop FILE [RUNS]\n");
    return 2;
  }
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) {
    std::fprintf(stderr, "run_loop: cannot open %s\n", argv[1]);
    return 2;
  }
  std::string source;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) source.append(buf, n);
  std::fclose(f);
  const int runs = argc > 2 ? std::atoi(argv[2]) : 500;

  scopeplay::RunOptions options;
  options.filename = "bench.py";
  std::size_t sink = 0;
  for (int i = 0; i < 20; ++i) sink += scopeplay::run(source, options).stdout_text.size();
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const scopeplay::RunResult r = scopeplay::run(source, options);
    const auto t1 = std::chrono::steady_clock::now();
    sink += r.stdout_text.size() + (r.error ? 1 : 0);
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(us.begin(), us.end());
  double total = 0;
  for (double u : us) total += u;
  const scopeplay::RunResult last = scopeplay::run(source, options);
  std::printf("{\"medianUs\": %.2f, \"meanUs\": %.2f, \"runs\": %d, \"error\": %s, \"sink\": %zu}\n",
              us[us.size() / 2], total / runs, runs, last.error ? "true" : "false", sink);
  return 0;
}
