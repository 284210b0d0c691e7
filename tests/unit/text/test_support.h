// Shared helpers for the text unit tests: bit-exact doubles and readable
// Result checks against the generated CPython tables (see gen_tables.py).
#pragma once

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string>

#include "text/result.h"

namespace scopeplay::text::testing {

inline double from_bits(std::uint64_t b) { return std::bit_cast<double>(b); }
inline std::uint64_t to_bits(double d) { return std::bit_cast<std::uint64_t>(d); }

// Doubles compare by bits, except that any nan equals any nan.
inline ::testing::AssertionResult same_double(double expected, double actual) {
  if ((expected != expected && actual != actual) || to_bits(expected) == to_bits(actual))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "expected " << expected << " (0x" << std::hex
                                       << to_bits(expected) << ") got " << actual << " (0x"
                                       << to_bits(actual) << ")";
}

template <class T>
::testing::AssertionResult is_error(const Result<T>& r, const char* type, const char* message) {
  if (r.ok()) return ::testing::AssertionFailure() << "expected " << type << ": " << message;
  if (error_kind_name(r.error().kind) != type || r.error().message != message)
    return ::testing::AssertionFailure()
           << "expected " << type << ": '" << message << "' got "
           << error_kind_name(r.error().kind) << ": '" << r.error().message << "'";
  return ::testing::AssertionSuccess();
}

template <class T>
std::string describe(const Result<T>& r) {
  if (r.ok()) return "ok";
  return std::string(error_kind_name(r.error().kind)) + ": " + r.error().message;
}

}  // namespace scopeplay::text::testing
