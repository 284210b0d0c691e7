// The object protocols every other part of the runtime goes through: type
// queries, truth, repr/str, hashing and equality, operators, attributes,
// items, iteration and calls. Builtin types take C++ fast paths; instances of
// Python classes dispatch to their dunder methods, so user classes and native
// extension classes behave the same everywhere (print, sorted, dict keys...).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/interp.h"
#include "syntax/ast.h"

namespace scopeplay::runtime {

// ---- construction
Value make_str(Interp& in, std::string s);
Value make_tuple(Interp& in, std::vector<Value> items);
Value make_list(Interp& in, std::vector<Value> items);
Value make_dict(Interp& in);
Value make_set(Interp& in, bool frozen = false);
Value make_builtin(Interp& in, std::string name, NativeFn fn, Value data = {});
inline Value make_int(std::int64_t i) { return Value::integer(i); }
inline Value make_bool(bool b) { return Value::boolean(b); }

// ---- errors
Value make_exception(Interp& in, TypeObject* type, std::vector<Value> args);
[[noreturn]] void throw_exception(Interp& in, Value exc);
[[noreturn]] void raise(Interp& in, Exc type, std::string message);
[[noreturn]] void raise_no_args(Interp& in, Exc type);
[[noreturn]] void raise_name_error(Interp& in, std::string_view name);
[[noreturn]] void raise_attribute_error(Interp& in, const Value& obj, const Value& name);
// Records the current frame in `exc`'s traceback if it is not there yet.
void note_frame(Interp& in, const Value& exc, Frame& f);
bool exc_matches(Interp& in, const Value& exc, Exc type);
ExcData& exc_data(const Value& exc);

// ---- types
TypeObject* type_of(Interp& in, const Value& v);
std::string type_name(Interp& in, const Value& v);
bool is_subtype(const TypeObject* a, const TypeObject* b);
bool isinstance(Interp& in, const Value& v, const TypeObject* t);
inline bool is_kind(const Value& v, Kind k) { return v.is_obj() && v.obj()->kind == k; }
inline bool is_str(const Value& v) { return is_kind(v, Kind::Str); }
inline const std::string& str_of(const Value& v) { return v.as<Str>()->s; }
// Attribute in the MRO of `t` (null if absent).
Value lookup_type(const TypeObject* t, std::string_view name);
// MRO lookup on the value's type, for instances of Python classes only; null otherwise.
Value lookup_special(Interp& in, const Value& v, std::string_view name);

// ---- conversions
bool truthy(Interp& in, const Value& v);
std::string repr(Interp& in, const Value& v);
std::string to_str(Interp& in, const Value& v);
// object.__repr__ / object.__str__ (and BaseException's): no user dunders.
std::string object_repr(Interp& in, const Value& v);
std::string object_str(Interp& in, const Value& v);
std::string format_value(Interp& in, const Value& v, std::string_view spec);
std::int64_t hash_value(Interp& in, const Value& v);
bool equals(Interp& in, const Value& a, const Value& b);
Value compare(Interp& in, ast::CmpOpKind op, const Value& a, const Value& b);
bool less_than(Interp& in, const Value& a, const Value& b);
// int(x) index conversion (__index__): TypeError with `what` context.
std::int64_t to_index(Interp& in, const Value& v, std::string_view what);
// Converts a number to double (TypeError "must be real number, not X").
double to_double(Interp& in, const Value& v);

// ---- operators
Value binary_op(Interp& in, ast::BinOpKind op, const Value& a, const Value& b, bool inplace = false);
Value unary_op(Interp& in, ast::UnaryOpKind op, const Value& v);
bool contains(Interp& in, const Value& container, const Value& item);
const char* binop_symbol(ast::BinOpKind op);

// ---- attributes
Value get_attr(Interp& in, const Value& obj, const Value& name);
// Null instead of AttributeError.
Value get_attr_opt(Interp& in, const Value& obj, const Value& name);
void set_attr(Interp& in, const Value& obj, const Value& name, Value value);
// Method lookup without allocating a bound method: returns the function and
// sets `self_needed` when the caller must pass `obj` as the first argument.
Value get_method(Interp& in, const Value& obj, const Value& name, bool& self_needed);
void del_attr(Interp& in, const Value& obj, const Value& name);
// Attribute names for dir() and AttributeError suggestions (sorted).
std::vector<std::string> dir_names(Interp& in, const Value& obj);

// ---- items
Value get_item(Interp& in, const Value& obj, const Value& key);
void set_item(Interp& in, const Value& obj, const Value& key, Value value);
void del_item(Interp& in, const Value& obj, const Value& key);
std::int64_t length(Interp& in, const Value& v);

// ---- iteration
Value get_iter(Interp& in, const Value& v);
// The next item, or a null Value when exhausted.
Value iter_next(Interp& in, const Value& it);
// Materialises any iterable (fast for list/tuple).
std::vector<Value> to_vector(Interp& in, const Value& iterable);

std::string generator_qualname(const Value& gen);  // generator.cpp

// ---- calls
Value call(Interp& in, const Value& f, Args& args);
Value call0(Interp& in, const Value& f);
Value call1(Interp& in, const Value& f, Value a);
Value call2(Interp& in, const Value& f, Value a, Value b);
// obj.name(args...) with a null result when the method does not exist.
Value call_method_opt(Interp& in, const Value& obj, std::string_view name, std::vector<Value> args);
std::string callable_name(Interp& in, const Value& f);  // "f", "list.append", ...
// A function's __qualname__: made on first use (most functions never need it).
const Value& function_qualname(Interp& in, Function* f);
const std::string& function_qualname_text(const Function* f);
bool is_callable(Interp& in, const Value& v);

// ---- dict helpers
Value dict_get(Interp& in, const Value& dict, const Value& key);  // null if absent
Value dict_get_str(const Value& dict, std::string_view key);       // null if absent
void dict_set(Interp& in, const Value& dict, Value key, Value value);
void dict_set_str(Interp& in, const Value& dict, std::string_view key, Value value);
std::int64_t str_hash(std::string_view s);

// Memory pre-check for an allocation of `bytes` (MemoryError when over budget).
void check_alloc(Interp& in, std::uint64_t bytes);

}  // namespace scopeplay::runtime
