#include "scope/device.h"

#include <cctype>
#include <vector>

namespace scopeplay::scope {

namespace {

struct DeviceSpec {
  std::optional<std::string> job, replica, task, device_type, device_index;  // index "*" or digits
};

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool is_index(const std::string& s) {
  if (s.empty()) return false;
  std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// DeviceSpec._string_to_components.
Result<DeviceSpec> parse(std::string_view spec) {
  DeviceSpec d;
  auto set_type = [&](std::string type, const std::string& index) -> Status {
    if (d.device_type) return value_error("Cannot specify multiple device types: " + std::string(spec));
    d.device_type = std::move(type);
    if (index != "*") {
      if (!is_index(index)) return value_error("invalid literal for int() with base 10: '" + index + "'");
      d.device_index = std::to_string(std::stoll(index));
    }
    return Ok{};
  };
  for (const auto& part : split(spec, '/')) {
    auto y = split(part, ':');
    const std::string& head = y[0];
    if (y.size() == 2 && head == "job") {
      d.job = y[1];
    } else if (y.size() == 2 && head == "replica") {
      d.replica = y[1];
    } else if (y.size() == 2 && head == "task") {
      d.task = y[1];
    } else if (y.size() <= 2 && (upper(head) == "GPU" || upper(head) == "CPU")) {
      SCOPEPLAY_CHECK(set_type(upper(head), y.size() == 2 ? y[1] : "*"));
      if (y.size() == 1) d.device_index.reset();
    } else if (y.size() == 3 && head == "device") {
      SCOPEPLAY_CHECK(set_type(y[1], y[2]));
    } else if (!head.empty()) {
      return value_error("Unknown attribute: '" + head + "' in '" + std::string(spec) + "'");
    }
  }
  return d;
}

// DeviceSpec._components_to_string.
std::string to_string(const DeviceSpec& d) {
  std::string out;
  if (d.job) out += "/job:" + *d.job;
  if (d.replica) out += "/replica:" + *d.replica;
  if (d.task) out += "/task:" + *d.task;
  if (d.device_type) out += "/device:" + *d.device_type + ":" + d.device_index.value_or("*");
  return out;
}

}  // namespace

Result<std::string> merge_device(std::string_view outer, std::optional<std::string_view> inner) {
  if (!inner) return std::string();
  SCOPEPLAY_TRY(DeviceSpec base, parse(outer));
  SCOPEPLAY_TRY(DeviceSpec in, parse(*inner));
  // make_merged_spec: the inner spec's fields take precedence.
  if (in.job) base.job = in.job;
  if (in.replica) base.replica = in.replica;
  if (in.task) base.task = in.task;
  if (in.device_type) base.device_type = in.device_type;
  if (in.device_index) base.device_index = in.device_index;
  return to_string(base);
}

}  // namespace scopeplay::scope
