#include "text/result.h"

namespace scopeplay::text {

std::string_view error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::IndexError: return "IndexError";
    case ErrorKind::MemoryError: return "MemoryError";
  }
  return "Exception";
}

}  // namespace scopeplay::text
