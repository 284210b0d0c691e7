// to_json(): the RunResult as one compact JSON object for the CLI and the
// web host. Strings are escaped per RFC 8259; invalid UTF-8 becomes U+FFFD.
#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

#include "scopeplay/run.h"

namespace scopeplay {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n;
  std::uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

// Characters that stand for themselves are copied a run at a time: a result
// holds hundreds of names and source lines, and one append per character was
// a fifth of a graph snippet's run in WebAssembly.
void str(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  std::size_t run = 0;  // start of the characters not yet copied
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      if (std::size_t n = utf8_len(s, i)) {
        i += n;
        continue;
      }
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x80) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += "\xEF\xBF\xBD";  // invalid UTF-8
        }
    }
    run = ++i;
  }
  out.append(s.data() + run, i - run);
  out += '"';
}

void num(std::string& out, long long v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

struct Obj {
  std::string& out;
  bool first = true;
  explicit Obj(std::string& o) : out(o) { out += '{'; }
  ~Obj() { out += '}'; }
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;
  std::string& key(const char* k) {
    if (!first) out += ',';
    first = false;
    str(out, k);
    out += ':';
    return out;
  }
};

void frame_json(std::string& out, const TraceFrame& f) {
  Obj o(out);
  str(o.key("filename"), f.filename);
  num(o.key("line"), f.line);
  num(o.key("column"), f.column);
  num(o.key("endLine"), f.end_line);
  num(o.key("endColumn"), f.end_column);
  str(o.key("function"), f.function);
  str(o.key("source"), f.source_line);
}

void error_json(std::string& out, const RunError& e) {
  Obj o(out);
  str(o.key("type"), e.type);
  str(o.key("message"), e.message);
  num(o.key("line"), e.line);
  num(o.key("column"), e.column);
  num(o.key("endLine"), e.end_line);
  num(o.key("endColumn"), e.end_column);
  o.key("limit") += e.limit ? "true" : "false";
  o.key("traceback") += '[';
  for (std::size_t i = 0; i < e.traceback.size(); ++i) {
    if (i) out += ',';
    frame_json(out, e.traceback[i]);
  }
  out += ']';
  str(o.key("formatted"), e.formatted);
}

}  // namespace

std::string to_json(const RunResult& r) {
  std::string out;
  {
    Obj o(out);
    str(o.key("stdout"), r.stdout_text);
    str(o.key("stderr"), r.stderr_text);
    if (r.error) error_json(o.key("error"), *r.error);
    else o.key("error") += "null";
    o.key("outputTruncated") += r.output_truncated ? "true" : "false";
    if (!r.needs.empty()) str(o.key("needs"), r.needs);
    num(o.key("steps"), static_cast<long long>(r.steps));
    o.key("variables") += '[';
    for (std::size_t i = 0; i < r.variables.size(); ++i) {
      if (i) out += ',';
      const VariableInfo& v = r.variables[i];
      Obj vo(out);
      str(vo.key("name"), v.name);
      str(vo.key("shape"), v.shape);
      str(vo.key("dtype"), v.dtype);
      vo.key("trainable") += v.trainable ? "true" : "false";
      str(vo.key("createdBy"), v.created_by);
      num(vo.key("line"), v.line);
      vo.key("reused") += v.reused ? "true" : "false";
      str(vo.key("nameScope"), v.name_scope);
      str(vo.key("variableScope"), v.variable_scope);
    }
    out += ']';
    o.key("ops") += '[';
    for (std::size_t i = 0; i < r.ops.size(); ++i) {
      if (i) out += ',';
      Obj po(out);
      str(po.key("name"), r.ops[i].name);
      str(po.key("type"), r.ops[i].type);
      num(po.key("line"), r.ops[i].line);
    }
    out += ']';
    o.key("scopes") += '[';
    for (std::size_t i = 0; i < r.scopes.size(); ++i) {
      if (i) out += ',';
      str(out, r.scopes[i]);
    }
    out += ']';
    o.key("events") += '[';
    for (std::size_t i = 0; i < r.events.size(); ++i) {
      if (i) out += ',';
      const NamingEvent& e = r.events[i];
      Obj eo(out);
      num(eo.key("line"), e.line);
      num(eo.key("column"), e.column);
      str(eo.key("kind"), e.kind);
      str(eo.key("requested"), e.requested);
      str(eo.key("result"), e.result);
      str(eo.key("reason"), e.reason);
    }
    out += ']';
  }
  return out;
}

}  // namespace scopeplay
