// Failures of the TF emulation are values, not exceptions.
//
// TensorFlow reports misuse by raising Python exceptions (ValueError,
// TypeError, ...). The scope engine is plain C++ that the bridge calls from
// inside the interpreter, so throwing across that boundary would tie the two
// layers together; instead every fallible call returns Result<T>, and the
// bridge turns a ScopeError into the Python exception of the same name,
// attaching the call-site span itself. ErrorKind names the Python exception
// type so the mapping is mechanical.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace scopeplay::scope {

enum class ErrorKind {
  ValueError,
  TypeError,
  RuntimeError,
  AssertionError,
  KeyError,
  AttributeError,
  IndexError,
};

// The Python exception class name, e.g. "ValueError".
std::string_view error_kind_name(ErrorKind kind);

struct ScopeError {
  ErrorKind kind = ErrorKind::ValueError;
  std::string message;  // exactly what str(exception) prints in TF
};

inline ScopeError value_error(std::string message) {
  return {ErrorKind::ValueError, std::move(message)};
}
inline ScopeError type_error(std::string message) {
  return {ErrorKind::TypeError, std::move(message)};
}

struct Ok {};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(ScopeError error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<T>(state_); }
  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const ScopeError& error() const { assert(!ok()); return std::get<ScopeError>(state_); }
  ScopeError take_error() && { assert(!ok()); return std::get<ScopeError>(std::move(state_)); }

 private:
  std::variant<T, ScopeError> state_;
};

using Status = Result<Ok>;

// Substitutes each "%s" of a TF message template in turn (the templates live
// in version_profile.cpp, copied from TF's own format strings).
std::string format_message(std::string_view tmpl, std::initializer_list<std::string_view> args);

}  // namespace scopeplay::scope

// Propagate a failure to the caller: SCOPEPLAY_TRY(auto x, f());
#define SCOPEPLAY_CONCAT_INNER(a, b) a##b
#define SCOPEPLAY_CONCAT(a, b) SCOPEPLAY_CONCAT_INNER(a, b)
#define SCOPEPLAY_TRY_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                        \
  if (!tmp.ok()) return std::move(tmp).take_error(); \
  decl = std::move(tmp).value()
#define SCOPEPLAY_TRY(decl, expr) \
  SCOPEPLAY_TRY_IMPL(SCOPEPLAY_CONCAT(scopeplay_try_, __LINE__), decl, expr)
#define SCOPEPLAY_CHECK(expr)                                  \
  do {                                                         \
    auto scopeplay_status_ = (expr);                           \
    if (!scopeplay_status_.ok()) return std::move(scopeplay_status_).take_error(); \
  } while (0)
