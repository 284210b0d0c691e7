#include "runtime/strfmt.h"

#include "runtime/ops.h"
#include "text/arith.h"
#include "text/percent_format.h"
#include "text/str_repr.h"

namespace scopeplay::runtime {
namespace {

[[noreturn]] void text_error(Interp& in, const text::Error& e) {
  Exc k = Exc::ValueError;
  if (e.kind == text::ErrorKind::TypeError) k = Exc::TypeError;
  if (e.kind == text::ErrorKind::OverflowError) k = Exc::OverflowError;
  raise(in, k, e.message);
}

bool is_mapping(Interp& in, const Value& v) {
  if (is_kind(v, Kind::Dict)) return true;
  if (is_kind(v, Kind::Instance)) return !lookup_type(v.obj()->type, "__getitem__").is_null() && !is_kind(v, Kind::Tuple);
  (void)in;
  return false;
}

}  // namespace

Value percent_format(Interp& in, const std::string& fmt, const Value& args) {
  text::PercentFormat pf = text::parse_percent_format(fmt);
  std::vector<Value> items;
  bool tuple_mode = is_kind(args, Kind::Tuple);
  if (tuple_mode) items = args.as<Tuple>()->items;
  else items.push_back(args);
  bool mapping = !tuple_mode && is_mapping(in, args);
  std::size_t next = 0;
  auto take = [&]() -> Value {
    if (next >= items.size()) text_error(in, text::percent_not_enough_arguments());
    return items[next++];
  };
  std::string out;
  for (auto& piece : pf.pieces) {
    if (piece.is_literal) {
      out += piece.literal;
      continue;
    }
    text::PercentSpec spec = piece.spec;
    Value v;
    if (spec.width == text::kPercentStar) {
      Value w = take();
      if (!w.is_intlike()) text_error(in, text::percent_star_wants_int());
      text::percent_set_star_width(spec, w.as_int());
    }
    if (spec.precision == text::kPercentStar) {
      Value p = take();
      if (!p.is_intlike()) text_error(in, text::percent_star_wants_int());
      text::percent_set_star_precision(spec, p.as_int());
    }
    if (spec.key) {
      if (!mapping) text_error(in, text::percent_requires_mapping());
      v = get_item(in, args, make_str(in, *spec.key));
    } else {
      v = take();
    }
    switch (spec.conversion) {
      case 's': out += text::percent_text(spec, to_str(in, v)); break;
      case 'r': out += text::percent_text(spec, repr(in, v)); break;
      case 'a': out += text::percent_text(spec, text::ascii_escape(repr(in, v))); break;
      case 'd':
      case 'i':
      case 'u':
        if (v.is_intlike()) out += text::percent_int(spec, v.as_int());
        else if (v.is_float()) {
          auto r = text::float_to_int(v.as_float());
          if (!r.ok()) text_error(in, r.error());
          out += text::percent_int(spec, r.value());
        } else if (!lookup_special(in, v, "__int__").is_null() || !lookup_special(in, v, "__index__").is_null()) {
          out += text::percent_int(spec, to_index(in, v, ""));
        } else {
          text_error(in, text::percent_type_error(spec.conversion, type_name(in, v)));
        }
        break;
      case 'o':
      case 'x':
      case 'X':
        if (v.is_intlike()) out += text::percent_int(spec, v.as_int());
        else if (!lookup_special(in, v, "__index__").is_null()) out += text::percent_int(spec, to_index(in, v, ""));
        else text_error(in, text::percent_type_error(spec.conversion, type_name(in, v)));
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        if (v.is_number()) out += text::percent_float(spec, v.to_double());
        else if (!lookup_special(in, v, "__float__").is_null()) out += text::percent_float(spec, to_double(in, v));
        else text_error(in, text::percent_type_error(spec.conversion, type_name(in, v)));
        break;
      case 'c': {
        text::Result<std::string> r = v.is_intlike() ? text::percent_char(spec, v.as_int())
                                      : is_str(v)    ? text::percent_char_str(spec, str_of(v))
                                                     : text::Result<std::string>(text::percent_type_error('c', type_name(in, v)));
        if (!r.ok()) text_error(in, r.error());
        out += r.value();
        break;
      }
      default: break;
    }
  }
  if (pf.error) text_error(in, *pf.error);
  if (next < items.size() && !mapping) text_error(in, text::percent_not_all_converted());
  check_alloc(in, out.size());
  return make_str(in, std::move(out));
}

namespace {

struct FormatState {
  Interp& in;
  Args& args;
  int auto_index = 0;
  bool used_auto = false, used_manual = false;
};

Value lookup_field(FormatState& st, const std::string& field) {
  Interp& in = st.in;
  std::size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string first = field.substr(0, i);
  Value v;
  bool numeric = !first.empty() && std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (first.empty() || numeric) {
    std::size_t index;
    if (first.empty()) {
      if (st.used_manual) raise(in, Exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      st.used_auto = true;
      index = static_cast<std::size_t>(st.auto_index++);
    } else {
      if (st.used_auto) raise(in, Exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      st.used_manual = true;
      index = static_cast<std::size_t>(std::stoull(first));
    }
    if (index >= st.args.npos) {
      raise(in, Exc::IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    v = st.args.pos[index];
  } else {
    for (std::size_t k = 0; k < st.args.nkw; ++k) {
      if (str_of(st.args.kwnames[k]) == first) {
        v = st.args.kwvalues[k];
        break;
      }
    }
    if (v.is_null()) throw_exception(in, make_exception(in, in.exc_type(Exc::KeyError), {make_str(in, first)}));
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      std::size_t j = ++i;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      std::string attr = field.substr(i, j - i);
      if (attr.empty()) raise(in, Exc::ValueError, "Empty attribute in format string");
      v = get_attr(in, v, in.intern(attr));
      i = j;
    } else if (field[i] == '[') {
      std::size_t j = field.find(']', i);
      if (j == std::string::npos) raise(in, Exc::ValueError, "Missing ']' in format string");
      std::string key = field.substr(i + 1, j - i - 1);
      if (key.empty()) raise(in, Exc::ValueError, "Empty attribute in format string");
      bool digits = std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
      v = get_item(in, v, digits ? Value::integer(std::stoll(key)) : make_str(in, key));
      i = j + 1;
      if (i < field.size() && field[i] != '.' && field[i] != '[') {
        raise(in, Exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      break;
    }
  }
  return v;
}

std::string render(FormatState& st, const std::string& fmt, int depth);

std::string render_field(FormatState& st, const std::string& body, int depth) {
  Interp& in = st.in;
  // Split field_name[!conv][:spec], respecting brackets in the name.
  std::size_t i = 0;
  int bracket = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '[') bracket++;
    else if (c == ']') bracket--;
    else if (bracket == 0 && (c == '!' || c == ':')) break;
    ++i;
  }
  std::string name = body.substr(0, i);
  char conv = 0;
  std::string spec;
  if (i < body.size() && body[i] == '!') {
    if (i + 1 >= body.size()) raise(in, Exc::ValueError, "end of string while looking for conversion specifier");
    conv = body[i + 1];
    i += 2;
    if (i < body.size() && body[i] != ':') raise(in, Exc::ValueError, "expected ':' after conversion specifier");
  }
  if (i < body.size() && body[i] == ':') spec = body.substr(i + 1);
  if (depth > 1) raise(in, Exc::ValueError, "Max string recursion exceeded");
  Value v = lookup_field(st, name);
  if (spec.find('{') != std::string::npos) spec = render(st, spec, depth + 1);
  if (conv) {
    std::string text;
    switch (conv) {
      case 'r': text = repr(in, v); break;
      case 's': text = to_str(in, v); break;
      case 'a': text = text::ascii_escape(repr(in, v)); break;
      default: raise(in, Exc::ValueError, std::string("Unknown conversion specifier ") + conv);
    }
    v = make_str(in, std::move(text));
  }
  return format_value(in, v, spec);
}

std::string render(FormatState& st, const std::string& fmt, int depth) {
  Interp& in = st.in;
  std::string out;
  std::size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 >= fmt.size()) raise(in, Exc::ValueError, "Single '{' encountered in format string");
      if (fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      int level = 1;
      std::size_t j = i + 1;
      while (j < fmt.size() && level > 0) {
        if (fmt[j] == '{') level++;
        else if (fmt[j] == '}') level--;
        if (level > 0) ++j;
      }
      if (j >= fmt.size()) raise(in, Exc::ValueError, "expected '}' before end of string");
      out += render_field(st, fmt.substr(i + 1, j - i - 1), depth);
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise(in, Exc::ValueError, "Single '}' encountered in format string");
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string str_format(Interp& in, const std::string& fmt, Args& args) {
  FormatState st{in, args};
  return render(st, fmt, 0);
}

}  // namespace scopeplay::runtime
