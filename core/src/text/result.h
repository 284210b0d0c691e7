// Errors as values for the text layer. Every function here that can fail the
// way a Python builtin fails returns Result<T>: either the value or an Error
// naming the Python exception type and CPython's exact message, so the
// runtime only has to wrap it in an exception object. Nothing in text/ throws
// or prints; keeping failures as plain data also keeps the WASM build free of
// exception tables for this layer's error paths.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace scopeplay::text {

// The Python exception a failure maps to. OverflowError doubles as the
// "does not fit in int64" signal: the runtime may promote instead of raising.
enum class ErrorKind {
  ValueError,
  TypeError,
  OverflowError,
  ZeroDivisionError,
  IndexError,
  MemoryError,
};

// "ValueError", "TypeError", ... (the Python class name).
std::string_view error_kind_name(ErrorKind kind);

struct Error {
  ErrorKind kind = ErrorKind::ValueError;
  std::string message;  // CPython's message, without the "ValueError: " prefix

  friend bool operator==(const Error&, const Error&) = default;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

inline Error value_error(std::string message) {
  return Error{ErrorKind::ValueError, std::move(message)};
}
inline Error type_error(std::string message) {
  return Error{ErrorKind::TypeError, std::move(message)};
}
inline Error overflow_error(std::string message) {
  return Error{ErrorKind::OverflowError, std::move(message)};
}

}  // namespace scopeplay::text
