// Reading the words of the vocabulary: topics, contexts, sectors, scope customers and products.
#include "load/reader.h"

namespace ungap::load {

void Reader::use_term(const YNode& n, model::TermField field, util::Symbol term) {
  if (!m_uses) return;
  auto& index = m_use_index[static_cast<std::size_t>(field)];
  auto [it, inserted] = index.emplace(term, m_uses->size());
  if (inserted) m_uses->push_back({term, loc(n), 0, field});
  ++(*m_uses)[it->second].count;
}

util::Symbol Reader::term(const YNode& n, model::TermField field) {
  auto s = string(n);
  if (!s) return nullptr;
  util::Symbol sym = util::intern(*s);
  use_term(n, field, sym);
  return sym;
}

std::vector<std::string> Reader::term_list(const YNode& n, model::TermField field) {
  std::vector<std::string> out;
  if (!expect_list(n, "a list of strings")) return out;
  for (const YNode* item : n.items)
    if (util::Symbol s = term(*item, field)) out.push_back(*s);
  return out;
}

}  // namespace ungap::load
