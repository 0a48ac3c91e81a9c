#pragma once
// A small streaming JSON writer with two-space indentation and correct string escaping. Used by
// every JSON-based output (reports, SARIF, schemas), so all of them escape alike.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = true) : m_pretty(pretty) {}
  // For a fragment of a larger document: `base_depth` containers are taken as already open (for
  // indentation), and containers opened at depth `inline_depth` or deeper are written on one
  // line, so big reports stay readable line by line at a fraction of the size.
  JsonWriter(bool pretty, std::size_t base_depth, std::size_t inline_depth)
      : m_pretty(pretty), m_base(base_depth), m_inline_depth(inline_depth) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(double d);
  JsonWriter& null();
  // Writes pre-rendered JSON as a value.
  JsonWriter& raw(std::string_view json);

  // key + value in one call.
  template <typename T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  JsonWriter& string_array(std::string_view k, const std::vector<std::string>& items);

  // Room for `n` bytes of output, for a caller that knows roughly how much it will write.
  void reserve(std::size_t n) { m_out.reserve(n); }
  // Goes on at the end of `out`, which it takes over (take() gives it back): a caller that mixes
  // JSON with bytes of its own writes both into one string, copying neither.
  JsonWriter& resume(std::string&& out) {
    m_out = std::move(out);
    return *this;
  }
  const std::string& str() const { return m_out; }
  std::string take() { return std::move(m_out); }

 private:
  void before_value();
  void newline();

  std::size_t depth() const { return m_base + m_has_items.size(); }
  bool in_inline() const { return depth() > m_inline_depth; }

  bool m_pretty;
  std::size_t m_base = 0;
  std::size_t m_inline_depth = static_cast<std::size_t>(-1);
  std::string m_out;
  // Per open container: whether it already has an element.
  std::vector<bool> m_has_items;
  bool m_after_key = false;
};

// A JSON string literal, quotes included.
std::string json_quote(std::string_view s);

}  // namespace ungap::util
