// The file form of the `tensorflow` prelude's lazy parts (the builders:
// gradients, make_template, layers, Keras, RNN, optimizers; see
// bridge/tf_prelude.h), for an engine built without their texts (the
// WebAssembly build, where they were a third of the data): the build writes
// this bundle next to the engine (core/gen/pack_prelude.cpp) and a host hands
// it over when a run asks for it (RunResult::needs, scopeplay::provide()).
//
//   scopeplay-tf-builders 1 DIGEST\n     DIGEST: 16 hex digits, FNV-1a 64 of the parts
//   COUNT\n
//   SIZE\nTEXT                            COUNT times, SIZE in bytes
//
// Header-only: the packer, which builds before the bridge, writes it too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopeplay::bridge {

inline constexpr std::string_view kBuildersMagic = "scopeplay-tf-builders 1 ";

// A digest of the parts (their sizes and bytes), as 16 lowercase hex digits:
// an engine takes only the bundle made from the texts it was built with.
inline std::string builders_digest(const std::vector<std::string_view>& parts) {
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  for (std::string_view part : parts) {
    for (char c : std::to_string(part.size())) mix(static_cast<unsigned char>(c));
    mix('\n');
    for (char c : part) mix(static_cast<unsigned char>(c));
  }
  static const char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

inline std::string make_builders_bundle(const std::vector<std::string_view>& parts) {
  std::string out(kBuildersMagic);
  out += builders_digest(parts);
  out += '\n';
  out += std::to_string(parts.size());
  out += '\n';
  for (std::string_view part : parts) {
    out += std::to_string(part.size());
    out += '\n';
    out += part;
  }
  return out;
}

namespace detail {
// A decimal count up to `limit` ending in '\n' at `at`; nullopt otherwise.
inline std::optional<std::size_t> read_count(std::string_view text, std::size_t& at, std::size_t limit) {
  std::size_t value = 0;
  std::size_t digits = 0;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
    if (++digits > 9) return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(text[at++] - '0');
  }
  if (digits == 0 || at >= text.size() || text[at] != '\n' || value > limit) return std::nullopt;
  ++at;
  return value;
}
}  // namespace detail

// The parts of a well-formed bundle whose digest is `digest` (views into
// `bundle`); nullopt for anything else: another engine's bundle, a truncated
// or altered file, something that is not a bundle at all.
inline std::optional<std::vector<std::string_view>> read_builders_bundle(std::string_view bundle,
                                                                         std::string_view digest) {
  if (bundle.substr(0, kBuildersMagic.size()) != kBuildersMagic) return std::nullopt;
  std::size_t at = kBuildersMagic.size();
  if (bundle.substr(at, digest.size()) != digest || digest.size() != 16) return std::nullopt;
  at += digest.size();
  if (at >= bundle.size() || bundle[at] != '\n') return std::nullopt;
  ++at;
  const std::optional<std::size_t> count = detail::read_count(bundle, at, 64);
  if (!count) return std::nullopt;
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i < *count; ++i) {
    const std::optional<std::size_t> size = detail::read_count(bundle, at, bundle.size() - at);
    if (!size || *size > bundle.size() - at) return std::nullopt;
    parts.push_back(bundle.substr(at, *size));
    at += *size;
  }
  if (at != bundle.size() || builders_digest(parts) != digest) return std::nullopt;
  return parts;
}

}  // namespace scopeplay::bridge
