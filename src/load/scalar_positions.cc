#include "load/scalar_positions.h"

namespace ungap::load {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The decoded text is the raw text with quotes, escapes, indentation and line folds removed,
// so its bytes appear in order in the raw text: each decoded byte is matched to the next raw
// byte equal to it (a folded space matches the line break it came from). The scan is bounded
// so that an escape whose decoded byte does not occur nearby cannot run away.
constexpr std::size_t kMaxSkip = 512;

std::size_t body_start(const std::string& raw, std::size_t offset, char style) {
  if (style == '\'' || style == '"') return offset + 1;
  if (style == '|' || style == '>') {
    auto nl = raw.find('\n', offset);
    return nl == std::string::npos ? raw.size() : nl + 1;
  }
  return offset;
}

}  // namespace

util::LocatedText locate_scalar(const util::SourceFile& file, uint32_t line, uint32_t col,
                                std::size_t offset, char style, std::string text) {
  util::LocatedText out;
  out.loc = {&file, line, col};
  const std::string& raw = file.content();
  bool simple = style == 0 && offset + text.size() <= raw.size() &&
                raw.compare(offset, text.size(), text) == 0;
  out.text = std::move(text);
  if (simple || line == 0) return out;

  out.positions.reserve(out.text.size());
  std::size_t p = body_start(raw, offset, style);
  std::size_t last = p;
  for (char c : out.text) {
    std::size_t q = p;
    std::size_t limit = std::min(raw.size(), p + kMaxSkip);
    while (q < limit && raw[q] != c && !(is_blank(c) && is_blank(raw[q]))) ++q;
    if (q < limit) {
      last = q;
      p = q + 1;
    }
    out.positions.push_back(file.position(std::min(last, raw.size() ? raw.size() - 1 : 0)));
  }
  return out;
}

}  // namespace ungap::load
