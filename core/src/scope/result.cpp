#include "scope/result.h"

namespace scopeplay::scope {

std::string_view error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::RuntimeError: return "RuntimeError";
    case ErrorKind::AssertionError: return "AssertionError";
    case ErrorKind::KeyError: return "KeyError";
    case ErrorKind::AttributeError: return "AttributeError";
    case ErrorKind::IndexError: return "IndexError";
  }
  return "Exception";
}

std::string format_message(std::string_view tmpl, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  auto next = args.begin();
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '%' && i + 1 < tmpl.size() && tmpl[i + 1] == 's' && next != args.end()) {
      out += *next++;
      ++i;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

}  // namespace scopeplay::scope
