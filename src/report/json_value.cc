#include "report/json_value.h"

#include <fmt/format.h>

#include <array>

#include "util/utf8.h"

namespace ungap::report {

namespace dom = simdjson::dom;

JsonValue JsonItems::Iterator::operator*() const {
  return JsonValue(*m_it);
}

JsonItems::Iterator JsonItems::begin() const {
  return Iterator(m_present ? m_array.begin() : dom::array::iterator());
}

JsonItems::Iterator JsonItems::end() const {
  return Iterator(m_present ? m_array.end() : dom::array::iterator());
}

JsonValue JsonItems::operator[](std::size_t i) const {
  dom::element e;
  if (!m_present || m_array.at(i).get(e)) return {};
  return JsonValue(e);
}

std::pair<std::string_view, JsonValue> JsonMembers::Iterator::operator*() const {
  return {m_it.key(), JsonValue(m_it.value())};
}

JsonMembers::Iterator JsonMembers::begin() const {
  return Iterator(m_present ? m_object.begin() : dom::object::iterator());
}

JsonMembers::Iterator JsonMembers::end() const {
  return Iterator(m_present ? m_object.end() : dom::object::iterator());
}

JsonValue JsonValue::operator[](std::string_view key) const {
  dom::element e;
  if (!m_present || m_element[key].get(e)) return {};
  return JsonValue(e);
}

JsonItems JsonValue::items() const {
  dom::array array;
  if (!m_present || m_element.get(array)) return {};
  return JsonItems(array);
}

JsonMembers JsonValue::members() const {
  dom::object object;
  if (!m_present || m_element.get(object)) return {};
  return JsonMembers(object);
}

std::string JsonValue::str() const {
  std::string_view s;
  if (!m_present || m_element.get(s)) return "";
  return std::string(s);
}

std::optional<double> JsonValue::number() const {
  double d = 0;
  if (!m_present || m_element.get(d)) return std::nullopt;
  return d;
}

bool JsonValue::boolean() const {
  bool b = false;
  return m_present && !m_element.get(b) && b;
}

namespace {

constexpr std::size_t kMaxDepth = 64;  // ungap's reports nest about ten deep

// simdjson's errors in ungap's words (simdjson's own messages name its internals).
constexpr std::array<std::pair<simdjson::error_code, std::string_view>, 12> kErrors{{
    {simdjson::EMPTY, "no JSON value"},
    {simdjson::DEPTH_ERROR, "nested too deeply"},
    {simdjson::UNCLOSED_STRING, "unterminated string"},
    {simdjson::UNESCAPED_CHARS, "control character in string"},
    {simdjson::STRING_ERROR, "bad escape or lone surrogate in a string"},
    {simdjson::NUMBER_ERROR, "bad number"},
    {simdjson::MEMALLOC, "out of memory"},
    {simdjson::T_ATOM_ERROR, "not a JSON value"},
    {simdjson::F_ATOM_ERROR, "not a JSON value"},
    {simdjson::N_ATOM_ERROR, "not a JSON value"},
    {simdjson::TAPE_ERROR, "a value, comma, colon or bracket is missing or extra"},
    {simdjson::CAPACITY, "over the size simdjson reads (4 GiB)"},
}};

std::string error_text(simdjson::error_code code, std::string_view text) {
  if (code == simdjson::UTF8_ERROR)
    return fmt::format("offset {}: invalid UTF-8", util::find_invalid_utf8(text).value_or(0));
  for (const auto& [c, message] : kErrors)
    if (c == code) return std::string(message);
  return simdjson::error_message(code);
}

// The first string (value or key) holding a control or bidirectional character: ungap never
// writes one, and `diff` would print it to a terminal.
std::optional<std::uint32_t> unsafe_in(dom::element e) {
  auto check = [](std::string_view s) -> std::optional<std::uint32_t> {
    auto bad = util::find_unsafe_character(s);
    return bad ? std::optional(bad->code_point) : std::nullopt;
  };
  std::string_view s;
  dom::array array;
  dom::object object;
  if (!e.get(s)) return check(s);
  if (!e.get(array))
    for (auto item : array)
      if (auto bad = unsafe_in(item)) return bad;
  if (!e.get(object))
    for (auto [key, value] : object) {
      if (auto bad = check(key)) return bad;
      if (auto bad = unsafe_in(value)) return bad;
    }
  return std::nullopt;
}

}  // namespace

JsonParseResult parse_json(std::string_view text, bool padded) {
  auto parser = std::make_unique<dom::parser>(kMaxJsonBytes);
  if (text.size() > kMaxJsonBytes) return {std::nullopt, error_text(simdjson::CAPACITY, text)};
  if (auto e = parser->allocate(text.size(), kMaxDepth)) return {std::nullopt, error_text(e, text)};
  auto root = parser->parse(text.data(), text.size(), !padded);
  dom::element element;
  if (auto e = root.get(element)) return {std::nullopt, error_text(e, text)};
  if (auto cp = unsafe_in(element)) {
    // A raw character has an offset; an escaped one is named by its code point.
    if (auto raw = util::find_unsafe_character(text))
      return {std::nullopt,
              fmt::format("offset {}: a control or bidirectional character", raw->offset)};
    return {std::nullopt, fmt::format("\\u{:04X} is a control or bidirectional character", *cp)};
  }
  return {JsonDocument(std::move(parser), JsonValue(element)), ""};
}

}  // namespace ungap::report
