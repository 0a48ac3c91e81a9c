#pragma once
// Typed reads of located YAML nodes. Every scalar is read as the type its schema says (so
// `no` stays a string where a string is wanted), and every mismatch becomes a diagnostic at
// the node's line and column.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "load/yaml_tree.h"
#include "model/company.h"
#include "model/data.h"
#include "model/enums.h"
#include "model/vocabulary.h"
#include "util/date.h"
#include "util/diagnostic.h"
#include "util/located_text.h"

namespace ungap::load {

class Reader {
 public:
  Reader(const util::SourceFile& file, util::Diagnostics& diags) : m_file(file), m_diags(diags) {}

  const util::SourceFile& file() const { return m_file; }
  util::Diagnostics& diags() { return m_diags; }
  util::Location loc(const YNode& n) const { return {&m_file, n.line, n.col}; }
  void error(const YNode& n, std::string message, std::string code) {
    m_diags.error(loc(n), std::move(message), std::move(code));
  }
  void warning(const YNode& n, std::string message, std::string code) {
    m_diags.warning(loc(n), std::move(message), std::move(code));
  }

  std::optional<std::string> string(const YNode& n);
  std::optional<std::string> id(const YNode& n);        // [a-z0-9][a-z0-9._-]*
  std::optional<std::string> full_ref(const YNode& n);  // framework/obligation
  std::optional<util::Date> date(const YNode& n);
  std::optional<long long> integer(const YNode& n);
  std::optional<double> number(const YNode& n);
  std::optional<bool> boolean(const YNode& n);
  std::vector<std::string> string_list(const YNode& n);  // a list of strings (or one string)
  std::vector<model::Ref> id_list(const YNode& n);
  std::optional<model::Ref> ref(const YNode& n);
  model::Data data(const YNode& n);
  std::optional<util::LocatedText> located(const YNode& n);

  // Words of the vocabulary (reader_terms.cc). Each use is recorded, once per distinct word in
  // the file, in the list given to record_terms(), so the loader can check them against the
  // workspace's vocabulary once every file is read.
  void record_terms(std::vector<model::TermUse>* uses) { m_uses = uses; }
  util::Symbol term(const YNode& n, model::TermField field);
  std::vector<std::string> term_list(const YNode& n, model::TermField field);
  void use_term(const YNode& n, model::TermField field, util::Symbol term);

  template <typename E>
  std::optional<E> enumeration(const YNode& n, std::string_view what) {
    auto s = string(n);
    if (!s) return std::nullopt;
    if (auto v = model::parse_enum<E>(*s)) return v;
    enum_error(n, *s, what, model::enum_spellings<E>());
    return std::nullopt;
  }

  bool expect_map(const YNode& n, std::string_view what);
  bool expect_list(const YNode& n, std::string_view what);

 private:
  void enum_error(const YNode& n, const std::string& value, std::string_view what,
                  const std::vector<std::string>& allowed);
  model::Data scalar_data(const YNode& n);

  const util::SourceFile& m_file;
  util::Diagnostics& m_diags;
  std::vector<model::TermUse>* m_uses = nullptr;
  // (word, field) -> index in *m_uses: one entry per distinct word in this file.
  std::unordered_map<const void*, std::size_t> m_use_index[model::kTermFieldCount];
};

bool valid_id(std::string_view s);

}  // namespace ungap::load
