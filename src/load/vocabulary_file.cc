// Vocabulary files: a header (`vocabulary:`) and one list of terms per field (`topics:`,
// `contexts:`, ...). A field whose list is absent is not checked.
#include "load/vocabulary_file.h"

#include "load/file_kinds.h"

namespace ungap::load {

namespace {

using model::Term;
using model::Vocabulary;

const Schema<Vocabulary>& header_schema() {
  static const Schema<Vocabulary> s{
      "vocabulary header",
      "What the vocabulary is for; texts for its document.",
      {
          {{"title", false, ValueType::kString, "Title of the generated document."},
           [](Reader& r, const YNode& n, Vocabulary& v) { v.title = r.string(n).value_or(""); }},
          {{"intro", false, ValueType::kString, "Markdown printed before the terms."},
           [](Reader& r, const YNode& n, Vocabulary& v) { v.intro = r.string(n).value_or(""); }},
          {{"guidance", false, ValueType::kString, "Markdown printed after the terms."},
           [](Reader& r, const YNode& n, Vocabulary& v) { v.guidance = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& header_table() {
  return header_schema().table();
}

const Schema<Term>& term_schema() {
  static const Schema<Term> s{
      "term",
      "One word and what it means.",
      {
          {{"id", true, ValueType::kId, "The word, as data and rules write it."},
           [](Reader& r, const YNode& n, Term& t) { t.id = r.id(n).value_or(""); }},
          {{"definition", true, ValueType::kString, "What it means, in one or two sentences."},
           [](Reader& r, const YNode& n, Term& t) { t.definition = r.string(n).value_or(""); }},
          {{"group", false, ValueType::kString, "A heading to list it under in the document."},
           [](Reader& r, const YNode& n, Term& t) { t.group = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& term_table() {
  return term_schema().table();
}

template <model::TermField F>
void read_terms(Reader& r, const YNode& n, Vocabulary& v) {
  auto i = static_cast<std::size_t>(F);
  v.declared[i] = true;
  if (!r.expect_list(n, "a list of terms")) return;
  for (const YNode* item : n.items) {
    Term t;
    t.loc = r.loc(*item);
    if (read_map(r, *item, term_schema(), t) && !t.id.empty()) v.terms[i].push_back(std::move(t));
  }
}

// One list per field, in the order of model::term_fields().
template <model::TermField F>
Field<Vocabulary> section() {
  const auto& f = model::term_field(F);
  return {{f.section, false, ValueType::kObjectList, f.used_in, nullptr, term_table},
          read_terms<F>};
}

const Schema<Vocabulary>& file_schema() {
  using model::TermField;
  static const Schema<Vocabulary> s{"vocabulary file",
                                    "The words data and rules may use, each with its definition.",
                                    {
                                        {{"vocabulary", true, ValueType::kObject,
                                          "The vocabulary's header.", nullptr, header_table},
                                         [](Reader& r, const YNode& n, Vocabulary& v) {
                                           v.loc = r.loc(n);
                                           read_map(r, n, header_schema(), v);
                                         }},
                                        section<TermField::kTopic>(),
                                        section<TermField::kContext>(),
                                        section<TermField::kSector>(),
                                        section<TermField::kCustomer>(),
                                        section<TermField::kProduct>(),
                                        section<TermField::kRight>(),
                                        section<TermField::kRightsHolder>(),
                                    }};
  return s;
}

}  // namespace

const KeyTable& vocabulary_file_table() {
  return file_schema().table();
}

void load_vocabulary_file(Reader& r, const YNode& root, model::Workspace& ws) {
  Vocabulary v;
  read_map(r, root, file_schema(), v);
  v.present = true;
  merge_vocabulary(ws.vocabulary, std::move(v));
}

void merge_vocabulary(Vocabulary& into, Vocabulary&& from) {
  if (!from.present) return;
  if (!into.present) {
    into = std::move(from);
    return;
  }
  for (std::size_t i = 0; i < model::kTermFieldCount; ++i) {
    into.declared[i] = into.declared[i] || from.declared[i];
    for (auto& t : from.terms[i]) into.terms[i].push_back(std::move(t));
  }
  using Text = std::pair<std::string*, std::string*>;
  for (auto [to, text] : {Text{&into.title, &from.title}, Text{&into.intro, &from.intro},
                          Text{&into.guidance, &from.guidance}})
    if (to->empty()) *to = std::move(*text);
}

}  // namespace ungap::load
