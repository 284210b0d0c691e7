#include "runtime/traceback.h"

#include <algorithm>
#include <set>

#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

constexpr std::size_t kMaxCandidates = 750;
constexpr std::size_t kMaxStringSize = 40;
constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;

std::size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

std::size_t levenshtein(std::string_view a, std::string_view b, std::size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<std::size_t> buffer(a.size());
  std::size_t tmp = kMoveCost;
  for (std::size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  std::size_t result = 0;
  for (std::size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    std::size_t distance = result = bi * kMoveCost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t index = 0; index < a.size(); ++index) {
      std::size_t substitute = distance + substitution_cost(code, a[index]);
      distance = buffer[index];
      std::size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string exc_type_name(const TypeObject* t) {
  std::string q = t->qualname.is_obj() ? str_of(t->qualname) : t->name;
  if (t->module == "builtins" || t->module == "__main__") return q;
  return t->module + "." + q;
}

std::string strip(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n' || s[e - 1] == '\f')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> dict_keys(const Value& d) {
  std::vector<std::string> out;
  if (!d.is_obj()) return out;
  for (auto& e : d.as<Dict>()->table.entries())
    if (!e.key.is_null() && is_str(e.key)) out.push_back(str_of(e.key));
  return out;
}

std::string suggestion_for(Interp& in, const Value& exc) {
  ExcData& d = exc_data(exc);
  if (!is_str(d.name)) return "";
  const std::string& wrong = str_of(d.name);
  try {
    if (isinstance(in, exc, in.exc_type(Exc::AttributeError))) {
      if (d.obj.is_null()) return "";
      return suggest_name(dir_names(in, d.obj), wrong);
    }
    if (isinstance(in, exc, in.exc_type(Exc::NameError))) {
      if (d.tb.empty()) return "";
      const TraceEntry& inner = d.tb.front();
      std::vector<std::string> varnames;
      if (inner.code && inner.code->type != CodeType::Module && inner.code->type != CodeType::Class) {
        varnames.assign(inner.code->slot_names.begin(), inner.code->slot_names.begin() + inner.code->nlocals);
      }
      std::string s = suggest_name(varnames, wrong);
      if (!s.empty()) return s;
      s = suggest_name(dict_keys(inner.globals), wrong);
      if (!s.empty()) return s;
      return suggest_name(dict_keys(in.builtins), wrong);
    }
  } catch (PyError&) {
  }
  return "";
}

struct Anchors {
  int left_end = -1;     // chars from segment start
  int right_start = -1;
};

// Byte offset (0-based within the line) -> character offset.
int char_col(const std::string& line, int byte_col0) {
  return source::char_offset(line, byte_col0 + 1);
}

void append_frame(Interp& in, std::string& out, const TraceEntry& e) {
  (void)in;
  const source::SourceFile* file = e.code ? e.code->file : nullptr;
  std::string filename = file ? file->name() : "<unknown>";
  std::string fname = e.code ? e.code->name : "<module>";
  out += "  File \"" + filename + "\", line " + std::to_string(e.line) + ", in " + fname + "\n";
  if (!file) return;
  std::string line(file->line_text(e.line));
  std::string stripped = strip(line);
  if (stripped.empty()) return;
  out += "    " + stripped + "\n";
  std::string carets = caret_line(line, e.expr && e.expr->span.line == e.line ? e.expr : nullptr);
  if (!carets.empty()) out += carets;
}

// The snippet's entries of a traceback (innermost first), outermost first:
// frames of the embedded modules are internal and never shown.
std::vector<const TraceEntry*> user_entries(const std::vector<TraceEntry>& tb) {
  std::vector<const TraceEntry*> entries;
  for (auto it = tb.rbegin(); it != tb.rend(); ++it) {
    if (it->code && it->code->internal) continue;
    entries.push_back(&*it);
  }
  return entries;
}

// "Traceback (most recent call last):" and the frames, a line repeated more
// than three times in a row folded as CPython folds it.
void append_entries(Interp& in, std::string& out, std::vector<const TraceEntry*> entries) {
  if (entries.empty()) return;
  out += "Traceback (most recent call last):\n";
  const int cutoff = 3;
  if (entries.size() > 1000) entries.erase(entries.begin(), entries.end() - 1000);
  const TraceEntry* last = nullptr;
  int count = 0;
  auto flush = [&]() {
    if (count > cutoff) {
      int more = count - cutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (const TraceEntry* e : entries) {
    if (!last || last->code != e->code || last->line != e->line) {
      flush();
      last = e;
      count = 0;
    }
    ++count;
    if (count <= cutoff) append_frame(in, out, *e);
  }
  flush();
}

void append_traceback(Interp& in, std::string& out, const Value& exc) {
  append_entries(in, out, user_entries(exc_data(exc).tb));
  out += exception_summary(in, exc) + "\n";
}

// A traceback entry as the API reports it: the failing expression's span, or
// the statement's (cut at the entry's line when the statement spans more).
TraceFrame trace_frame(const TraceEntry& e) {
  TraceFrame tf;
  const source::SourceFile* file = e.code ? e.code->file : nullptr;
  tf.filename = file ? file->name() : "<unknown>";
  tf.line = e.line;
  tf.function = e.code ? e.code->name : "<module>";
  if (file) tf.source_line = strip(file->line_text(e.line));
  if (e.expr) {
    tf.column = e.expr->span.column;
    tf.end_line = e.expr->span.end_line;
    tf.end_column = e.expr->span.end_column;
    tf.line = e.expr->span.line;
  } else if (e.stmt) {
    tf.column = e.stmt->span.column;
    tf.end_line = e.stmt->span.line == e.line ? e.stmt->span.end_line : e.line;
    tf.end_column = e.stmt->span.end_column;
    if (e.stmt->span.end_line != e.stmt->span.line && file) {
      tf.end_line = e.line;
      tf.end_column = static_cast<int>(file->line_text(e.line).size()) + 1;
    }
  }
  return tf;
}

// The error's own position is its innermost frame's.
void set_position(RunError& err, const std::vector<const TraceEntry*>& entries) {
  for (const TraceEntry* e : entries) err.traceback.push_back(trace_frame(*e));
  if (err.traceback.empty()) return;
  const TraceFrame& inner = err.traceback.back();
  err.line = inner.line;
  err.column = inner.column;
  err.end_line = inner.end_line;
  err.end_column = inner.end_column;
}

void append_chain(Interp& in, std::string& out, const Value& exc, std::set<const Object*>& seen) {
  seen.insert(exc.obj());
  ExcData& d = exc_data(exc);
  if (d.cause.is_obj() && !seen.count(d.cause.obj())) {
    append_chain(in, out, d.cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (d.context.is_obj() && !d.suppress_context && !seen.count(d.context.obj())) {
    append_chain(in, out, d.context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  append_traceback(in, out, exc);
}

}  // namespace

std::string suggest_name(const std::vector<std::string>& candidates, const std::string& wrong) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::size_t best = SIZE_MAX;
  const std::string* suggestion = nullptr;
  for (const std::string& item : candidates) {
    if (item == wrong) continue;
    std::size_t max_distance = (wrong.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best - 1);
    std::size_t d = levenshtein(wrong, item, max_distance);
    if (d > max_distance) continue;
    if (!suggestion || d < best) {
      suggestion = &item;
      best = d;
    }
  }
  return suggestion ? *suggestion : "";
}

std::string caret_line(const std::string& line, const ast::Expr* expr) {
  if (!expr) return "";
  std::string stripped = strip(line);
  int lead = 0;
  while (lead < static_cast<int>(line.size()) && (line[static_cast<std::size_t>(lead)] == ' ' || line[static_cast<std::size_t>(lead)] == '\t' ||
                                                  line[static_cast<std::size_t>(lead)] == '\f'))
    ++lead;
  int stripped_chars = char_col(line, lead);
  int start = char_col(line, expr->span.column - 1);
  int end;
  bool single = expr->span.end_line == expr->span.line;
  if (single) end = char_col(line, expr->span.end_column - 1);
  else end = stripped_chars + static_cast<int>(source::char_offset(stripped, static_cast<int>(stripped.size()) + 1));
  Anchors an;
  if (single) {
    if (expr->kind == ast::ExprKind::BinOp) {
      auto* b = static_cast<const ast::BinOp*>(expr);
      if (b->left->span.end_line == b->left->span.line && b->right->span.line == expr->span.line) {
        int i = b->left->span.end_column - 1;
        int stop = b->right->span.column - 1;
        for (; i < stop; ++i) {
          char c = line[static_cast<std::size_t>(i)];
          if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\\' || c == '\r') continue;
          an.left_end = char_col(line, i) - start;
          int r = i + 1;
          if (r < stop) {
            char c2 = line[static_cast<std::size_t>(r)];
            if (!(c2 == ' ' || c2 == '\t' || c2 == '\f')) ++r;
          }
          an.right_start = char_col(line, r) - start;
          break;
        }
      }
    } else if (expr->kind == ast::ExprKind::Subscript) {
      auto* s = static_cast<const ast::Subscript*>(expr);
      if (s->slice->span.end_line == expr->span.line) {
        an.left_end = char_col(line, s->value->span.end_column - 1) - start;
        an.right_start = char_col(line, s->slice->span.end_column - 1) + 1 - start;
      }
    }
  }
  bool anchors = an.left_end >= 0 && an.right_start - an.left_end > 0;
  if (!(end - start < static_cast<int>(source::char_offset(stripped, static_cast<int>(stripped.size()) + 1)) || anchors)) return "";
  if (end <= start) return "";
  std::string out = "    " + std::string(static_cast<std::size_t>(std::max(0, start - stripped_chars)), ' ');
  if (anchors) {
    out += std::string(static_cast<std::size_t>(an.left_end), '~');
    out += std::string(static_cast<std::size_t>(an.right_start - an.left_end), '^');
    out += std::string(static_cast<std::size_t>(std::max(0, end - start - an.right_start)), '~');
  } else {
    out += std::string(static_cast<std::size_t>(end - start), '^');
  }
  return out + "\n";
}

std::string exception_summary(Interp& in, const Value& exc) {
  std::string name = exc_type_name(exc.obj()->type);
  std::string msg;
  try {
    msg = to_str(in, exc);
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  std::string s = suggestion_for(in, exc);
  if (!s.empty()) msg += ". Did you mean: '" + s + "'?";
  if (msg.empty()) return name;
  return name + ": " + msg;
}

RunError describe_exception(Interp& in, const Value& exc) {
  RunError err;
  err.type = exc_type_name(exc.obj()->type);
  std::string summary = exception_summary(in, exc);
  err.message = summary.size() > err.type.size() + 2 ? summary.substr(err.type.size() + 2) : "";
  set_position(err, user_entries(exc_data(exc).tb));
  std::set<const Object*> seen;
  append_chain(in, err.formatted, exc, seen);
  return err;
}

RunError describe_limit(Interp& in, const std::string& type, const std::string& message) {
  RunError err;
  err.type = type;
  err.message = message;
  err.limit = true;
  std::vector<TraceEntry> tb;
  for (const Interp::LimitFrame& f : in.limit_frames) {
    TraceEntry e;
    e.code = f.code;
    e.stmt = f.stmt;
    e.line = f.line;
    tb.push_back(std::move(e));
  }
  std::vector<const TraceEntry*> entries = user_entries(tb);
  set_position(err, entries);
  append_entries(in, err.formatted, entries);
  err.formatted += type + ": " + message + "\n";
  return err;
}

}  // namespace scopeplay::runtime
