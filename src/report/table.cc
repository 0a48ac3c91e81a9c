// The terminal table: aligned columns, status in colour when writing to a terminal.
#include <fmt/format.h>

#include <array>

#include "report/impact_verdicts.h"
#include "report/spool.h"
#include "report/stream.h"
#include "report/writers.h"
#include "util/single_line.h"
#include "util/text.h"

namespace ungap::report {

namespace {

const char* colour_of(model::Status s) {
  switch (s) {
    case model::Status::kMet:
      return "\033[32m";
    case model::Status::kPartial:
      return "\033[33m";
    case model::Status::kGap:
      return "\033[31m";
    default:
      return "\033[2m";
  }
}

std::string pad(std::string_view s, std::size_t w) {
  return std::string(s) +
         std::string(w > util::display_width(s) ? w - util::display_width(s) : 0, ' ');
}

using Row = std::array<std::string, 6>;
constexpr std::size_t kPadded = 5;  // the last column (title) is not padded

// Rows go to the spool as their status and six fields; the widths are those of every row, so
// rows are padded only at the end, read back from the spool.
void put_row(std::string& out, const Row& r, model::Status status) {
  out += static_cast<char>(status);
  for (const auto& field : r) put_field(out, field);
}

class TableStream : public ReportStream {
 public:
  TableStream(const StreamContext& ctx, const WriteOptions& o) : m_ctx(ctx), m_colour(o.color) {
    widen(kHeader);
  }

  std::string begin() override { return {}; }

  // The company's widest field per column, then its rows.
  std::string company(const model::CompanyResult& cr) const override {
    const auto& c = m_ctx.ws.companies[static_cast<std::size_t>(cr.company)];
    std::vector<const model::Finding*> findings;
    for (const auto& f : cr.findings)
      if (selected(m_ctx.ws, m_ctx.frameworks, f)) findings.push_back(&f);
    sort_by_salience(c, findings);
    std::array<std::size_t, kPadded> w{};
    std::string out;
    out.reserve(m_hint.get());
    std::array<std::size_t, kPadded> widths_at;  // the widths come first, known last
    for (auto& at : widths_at) at = put_placeholder(out);
    auto add = [&](const Row& r, model::Status status) {
      for (std::size_t i = 0; i < kPadded; ++i) w[i] = std::max(w[i], util::display_width(r[i]));
      put_row(out, r, status);
    };
    for (const auto* f : findings) {
      const auto& ob = obligation_of(m_ctx.ws, *f);
      add({c.id, ob.full_id, std::string(model::to_string(f->status)), score_text(*f),
           flags_text(f->flags), util::ellipsize(util::single_line(ob.title), 70)},
          f->status);
      // Each impact's own verdict, under the obligation's.
      for (const auto& v : impact_verdicts(*f)) {
        const auto& im = c.impacts[static_cast<std::size_t>(v.impact)];
        add({"", "  impact " + im.id, std::string(model::to_string(v.status)),
             fmt::format("{}", rounded_score(v.score)), flags_text(v.flags),
             util::ellipsize(im.title, 70)},
            v.status);
      }
    }
    for (std::size_t i = 0; i < kPadded; ++i)
      set_number(out, widths_at[i], static_cast<uint32_t>(w[i]));
    m_hint.update(out.size());
    return out;
  }

  std::string take(const model::CompanyResult&, std::string&& text) override {
    FieldReader widths(text);
    for (auto& w : m_w) w = std::max<std::size_t>(w, widths.number());
    if (text.size() > 4 * kPadded) m_rows.put(std::string_view(text).substr(4 * kPadded));
    return {};
  }

  std::string end() override { return line(kHeader, model::Status::kNotAssessed, false); }

  // The rows, about 64 KB at a time, then the summary.
  std::string more() override {
    if (m_done) return {};
    std::string out, rows;
    while (out.size() < kPiece && m_rows.get(rows)) {
      for (std::string_view rest = rows; !rest.empty();) {
        auto status = static_cast<model::Status>(rest.front());
        FieldReader fields(rest.substr(1));
        Row r;
        for (auto& field : r) field = fields.field();
        out += line(r, status, m_colour);
        rest = rest.substr(rest.size() - fields.rest().size());
      }
    }
    if (out.size() < kPiece) {
      out += m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size()) + "\n";
      m_done = true;
    }
    return out;
  }

 private:
  static constexpr std::size_t kPiece = 64 << 10;
  static inline const Row kHeader{"COMPANY", "OBLIGATION", "STATUS", "SCORE", "FLAGS", "TITLE"};

  void widen(const Row& r) {
    for (std::size_t i = 0; i < kPadded; ++i) m_w[i] = std::max(m_w[i], util::display_width(r[i]));
  }

  std::string line(const Row& r, model::Status s, bool colour) const {
    std::string status = pad(r[2], m_w[2]);
    if (colour) status = colour_of(s) + status + "\033[0m";
    return fmt::format("{}  {}  {}  {:>{}}  {}  {}\n", pad(r[0], m_w[0]), pad(r[1], m_w[1]), status,
                       r[3], m_w[3], pad(r[4], m_w[4]), r[5]);
  }

  const StreamContext& m_ctx;
  bool m_colour;
  SizeHint m_hint;
  std::array<std::size_t, kPadded> m_w{};
  Spool m_rows;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<ReportStream> table_stream(const StreamContext& ctx, const WriteOptions& o) {
  return std::make_unique<TableStream>(ctx, o);
}

std::string write_table(const Run& run, const WriteOptions& o) {
  return write_streamed(table_stream, run, o);
}

}  // namespace ungap::report
