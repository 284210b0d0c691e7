#include "scope/pattern.h"

#include <functional>
#include <vector>

namespace scopeplay::scope {

struct Pattern::Node {
  enum class Kind { Char, Any, Class, Start, End, Group } kind = Kind::Char;
  char ch = 0;
  std::vector<std::pair<char, char>> ranges;  // for Class
  bool negated = false;
  std::vector<std::vector<Node>> alternatives;  // for Group
  int min = 1;
  int max = 1;  // -1 = unbounded
  bool lazy = false;
};

namespace {

using Node = Pattern::Node;
using Seq = std::vector<Node>;

void add_escape_class(char e, Node& n) {
  switch (e) {
    case 'd': case 'D': n.ranges.push_back({'0', '9'}); n.negated = (e == 'D'); break;
    case 'w': case 'W':
      n.ranges.push_back({'a', 'z'}); n.ranges.push_back({'A', 'Z'});
      n.ranges.push_back({'0', '9'}); n.ranges.push_back({'_', '_'});
      n.negated = (e == 'W');
      break;
    case 's': case 'S':
      for (char c : std::string_view(" \t\n\r\f\v")) n.ranges.push_back({c, c});
      n.negated = (e == 'S');
      break;
    default: break;
  }
}

bool is_class_escape(char e) {
  return e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S';
}

class Parser {
 public:
  explicit Parser(std::string_view src) : src_(src) {}

  Result<std::vector<Seq>> parse_alternatives(bool nested) {
    std::vector<Seq> alts(1);
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (c == ')') {
        if (!nested) return error("unbalanced parenthesis");
        return alts;
      }
      if (c == '|') { ++pos_; alts.emplace_back(); continue; }
      SCOPEPLAY_TRY(Node atom, parse_atom());
      SCOPEPLAY_CHECK(parse_quantifier(atom, alts.back()));
      alts.back().push_back(std::move(atom));
    }
    if (nested) return error("missing ), unterminated subpattern");
    return alts;
  }

 private:
  ScopeError error(std::string what) const {
    return value_error(what + " at position " + std::to_string(pos_));
  }

  Result<Node> parse_atom() {
    Node n;
    char c = src_[pos_++];
    switch (c) {
      case '.': n.kind = Node::Kind::Any; return n;
      case '^': n.kind = Node::Kind::Start; return n;
      case '$': n.kind = Node::Kind::End; return n;
      case '(': {
        if (src_.substr(pos_, 2) == "?:") pos_ += 2;
        else if (pos_ < src_.size() && src_[pos_] == '?') return error("unsupported group syntax");
        n.kind = Node::Kind::Group;
        SCOPEPLAY_TRY(n.alternatives, parse_alternatives(true));
        ++pos_;  // ')'
        return n;
      }
      case '[': return parse_class();
      case '\\': {
        if (pos_ >= src_.size()) return error("bad escape (end of pattern)");
        char e = src_[pos_++];
        if (is_class_escape(e)) {
          n.kind = Node::Kind::Class;
          add_escape_class(e, n);
          return n;
        }
        if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
          if (e == 'n') { n.ch = '\n'; return n; }
          if (e == 't') { n.ch = '\t'; return n; }
          --pos_;
          return error(std::string("bad escape \\") + e);
        }
        n.ch = e;
        return n;
      }
      case '*': case '+': case '?':
        --pos_;
        return error("nothing to repeat");
      default:
        n.ch = c;
        return n;
    }
  }

  Result<Node> parse_class() {
    Node n;
    n.kind = Node::Kind::Class;
    std::size_t start = pos_ - 1;
    if (pos_ < src_.size() && src_[pos_] == '^') { n.negated = true; ++pos_; }
    bool first = true;
    while (true) {
      if (pos_ >= src_.size()) { pos_ = start; return error("unterminated character set"); }
      char c = src_[pos_++];
      if (c == ']' && !first) break;
      first = false;
      if (c == '\\' && pos_ < src_.size()) {
        char e = src_[pos_++];
        if (is_class_escape(e)) {
          Node inner;
          add_escape_class(e, inner);
          if (inner.negated) return error("negated escape inside a class is unsupported");
          n.ranges.insert(n.ranges.end(), inner.ranges.begin(), inner.ranges.end());
          continue;
        }
        c = e;
      }
      if (pos_ + 1 < src_.size() && src_[pos_] == '-' && src_[pos_ + 1] != ']') {
        char hi = src_[pos_ + 1];
        pos_ += 2;
        if (hi < c) return error("bad character range");
        n.ranges.push_back({c, hi});
      } else {
        n.ranges.push_back({c, c});
      }
    }
    return n;
  }

  Status parse_quantifier(Node& atom, const Seq& seq) {
    (void)seq;
    if (pos_ >= src_.size()) return Ok{};
    char c = src_[pos_];
    if (c == '*') { atom.min = 0; atom.max = -1; }
    else if (c == '+') { atom.min = 1; atom.max = -1; }
    else if (c == '?') { atom.min = 0; atom.max = 1; }
    else if (c == '{') {
      std::size_t close = src_.find('}', pos_);
      if (close == std::string_view::npos) return Ok{};  // literal '{' follows
      std::string_view body = src_.substr(pos_ + 1, close - pos_ - 1);
      auto comma = body.find(',');
      auto num = [](std::string_view s, int fallback) {
        if (s.empty()) return fallback;
        int v = 0;
        for (char d : s) {
          if (d < '0' || d > '9') return -2;
          v = v * 10 + (d - '0');
        }
        return v;
      };
      int lo = num(body.substr(0, comma), 0);
      int hi = comma == std::string_view::npos ? lo : num(body.substr(comma + 1), -1);
      if (lo == -2 || hi == -2) return Ok{};
      atom.min = lo;
      atom.max = hi;
      pos_ = close;
    } else {
      return Ok{};
    }
    if (atom.kind == Node::Kind::Start || atom.kind == Node::Kind::End) return error("nothing to repeat");
    ++pos_;
    if (pos_ < src_.size() && src_[pos_] == '?') { atom.lazy = true; ++pos_; }
    if (pos_ < src_.size() && (src_[pos_] == '*' || src_[pos_] == '+' || src_[pos_] == '?')) {
      return error("multiple repeat");
    }
    return Ok{};
  }

  std::string_view src_;
  std::size_t pos_ = 0;
};

using Cont = std::function<bool(std::size_t)>;

class Matcher {
 public:
  explicit Matcher(std::string_view text) : text_(text) {}

  bool seq(const Seq& s, std::size_t i, std::size_t pos, const Cont& k) const {
    if (i == s.size()) return k(pos);
    return repeat(s[i], 0, pos, [&](std::size_t p) { return seq(s, i + 1, p, k); });
  }

 private:
  bool repeat(const Node& n, int count, std::size_t pos, const Cont& k) const {
    bool can_more = n.max < 0 || count < n.max;
    auto more = [&]() {
      if (!can_more) return false;
      return once(n, pos, [&](std::size_t p) {
        if (p == pos && count >= n.min) return false;  // no progress
        return repeat(n, count + 1, p, k);
      });
    };
    if (count < n.min) return more();
    if (n.lazy) return k(pos) || more();
    return more() || k(pos);
  }

  bool once(const Node& n, std::size_t pos, const Cont& k) const {
    switch (n.kind) {
      case Node::Kind::Char:
        return pos < text_.size() && text_[pos] == n.ch && k(pos + 1);
      case Node::Kind::Any:
        return pos < text_.size() && text_[pos] != '\n' && k(pos + 1);
      case Node::Kind::Class: {
        if (pos >= text_.size()) return false;
        char c = text_[pos];
        bool in = false;
        for (auto [lo, hi] : n.ranges) {
          if (c >= lo && c <= hi) { in = true; break; }
        }
        return in != n.negated && k(pos + 1);
      }
      case Node::Kind::Start:
        return pos == 0 && k(pos);
      case Node::Kind::End:
        return (pos == text_.size() || (pos + 1 == text_.size() && text_[pos] == '\n')) && k(pos);
      case Node::Kind::Group:
        for (const auto& alt : n.alternatives) {
          if (seq(alt, 0, pos, k)) return true;
        }
        return false;
    }
    return false;
  }

  std::string_view text_;
};

}  // namespace

Result<Pattern> Pattern::compile(std::string_view source) {
  Parser parser(source);
  SCOPEPLAY_TRY(auto alts, parser.parse_alternatives(false));
  auto root = std::make_shared<Node>();
  root->kind = Node::Kind::Group;
  root->alternatives = std::move(alts);
  Pattern p;
  p.source_ = std::string(source);
  p.root_ = std::move(root);
  return p;
}

bool Pattern::match_prefix(std::string_view text) const {
  Matcher m(text);
  for (const auto& alt : root_->alternatives) {
    if (m.seq(alt, 0, 0, [](std::size_t) { return true; })) return true;
  }
  return false;
}

}  // namespace scopeplay::scope
