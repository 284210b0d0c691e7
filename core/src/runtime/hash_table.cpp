#include "runtime/objects.h"
#include "runtime/ops.h"

namespace scopeplay::runtime {
namespace {

constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDeleted = -2;

bool fast_equal(const Value& a, const Value& b, bool& decided) {
  decided = true;
  if (a.same(b)) return true;
  if (is_str(a) && is_str(b)) {
    const Str* x = a.as<Str>();
    const Str* y = b.as<Str>();
    return x->s == y->s;
  }
  if (a.is_number() && b.is_number()) {
    if (a.is_float() || b.is_float()) return a.to_double() == b.to_double();
    return a.as_int() == b.as_int();
  }
  if (a.is_obj() && b.is_obj() && a.obj()->kind != Kind::Instance && b.obj()->kind != Kind::Instance &&
      a.obj()->kind != b.obj()->kind && !(a.obj()->kind == Kind::Set || a.obj()->kind == Kind::FrozenSet)) {
    return false;
  }
  decided = false;
  return false;
}

}  // namespace

std::int64_t HashTable::find(Interp& in, const Value& key, std::int64_t hash) const {
  if (index_.empty()) return -1;
  std::size_t mask = index_.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t perturb = static_cast<std::size_t>(hash);
  for (;;) {
    std::int32_t ix = index_[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const HashEntry& e = entries_[static_cast<std::size_t>(ix)];
      if (e.hash == hash) {
        bool decided;
        bool eq = fast_equal(e.key, key, decided);
        if (!decided) {
          Value k = e.key;  // user __eq__ may mutate the table
          eq = equals(in, k, key);
        }
        if (eq) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

std::int64_t HashTable::find_str(std::string_view key, std::int64_t hash) const {
  if (index_.empty()) return -1;
  std::size_t mask = index_.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t perturb = static_cast<std::size_t>(hash);
  for (;;) {
    std::int32_t ix = index_[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const HashEntry& e = entries_[static_cast<std::size_t>(ix)];
      if (e.hash == hash && is_str(e.key) && str_of(e.key) == key) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

std::size_t HashTable::probe_insert_slot(std::int64_t hash) const {
  std::size_t mask = index_.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t perturb = static_cast<std::size_t>(hash);
  while (index_[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

void HashTable::rebuild(std::size_t min_index) {
  // Compact deleted entries, then re-index.
  if (used_ != entries_.size()) {
    std::vector<HashEntry> compact;
    compact.reserve(used_ + 1);
    for (auto& e : entries_) {
      if (!e.key.is_null()) compact.push_back(std::move(e));
    }
    entries_ = std::move(compact);
  }
  std::size_t n = 8;
  while (n < min_index) n <<= 1;
  index_.assign(n, kEmpty);
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    index_[probe_insert_slot(entries_[k].hash)] = static_cast<std::int32_t>(k);
  }
}

bool HashTable::set(Interp& in, Value key, std::int64_t hash, Value value) {
  std::int64_t ix = find(in, key, hash);
  if (ix >= 0) {
    entries_[static_cast<std::size_t>(ix)].value = std::move(value);
    return false;
  }
  if ((entries_.size() + 1) * 3 >= index_.size() * 2) rebuild((used_ + 1) * 3);
  std::size_t slot = probe_insert_slot(hash);
  index_[slot] = static_cast<std::int32_t>(entries_.size());
  entries_.push_back(HashEntry{std::move(key), std::move(value), hash});
  ++used_;
  return true;
}

bool HashTable::erase(Interp& in, const Value& key, std::int64_t hash) {
  std::int64_t ix = find(in, key, hash);
  if (ix < 0) return false;
  erase_at(ix);
  return true;
}

void HashTable::erase_at(std::int64_t entry) {
  HashEntry& e = entries_[static_cast<std::size_t>(entry)];
  std::size_t mask = index_.size() - 1;
  std::size_t i = static_cast<std::size_t>(e.hash) & mask;
  std::size_t perturb = static_cast<std::size_t>(e.hash);
  while (index_[i] != entry) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index_[i] = kDeleted;
  Value k = std::move(e.key);
  Value v = std::move(e.value);
  e.key.reset();
  e.value.reset();
  --used_;
  if (used_ == 0) {
    entries_.clear();
    index_.clear();
  }
}

void HashTable::clear() {
  std::vector<HashEntry> old;
  old.swap(entries_);
  index_.clear();
  used_ = 0;
}

}  // namespace scopeplay::runtime
