// Mapping files: `mapping:` (which frameworks) and `relations:` (obligation to obligation).
#include "load/file_kinds.h"

namespace ungap::load {

namespace {

using model::Mapping;
using model::MappingRelation;

const Schema<Mapping>& header_schema() {
  static const Schema<Mapping> s{
      "mapping header",
      "Which framework is mapped to which.",
      {
          {{"id", true, ValueType::kId, "Mapping id."},
           [](Reader& r, const YNode& n, Mapping& m) { m.id = r.id(n).value_or(""); }},
          {{"from", true, ValueType::kId, "The framework statuses are carried from."},
           [](Reader& r, const YNode& n, Mapping& m) {
             m.from = r.id(n).value_or("");
             m.from_loc = r.loc(n);
           }},
          {{"to", true, ValueType::kId, "The framework statuses are carried to."},
           [](Reader& r, const YNode& n, Mapping& m) {
             m.to = r.id(n).value_or("");
             m.to_loc = r.loc(n);
           }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Mapping& m) { m.note = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& header_table() {
  return header_schema().table();
}

const Schema<MappingRelation>& relation_schema() {
  static const Schema<MappingRelation> s{
      "relation",
      "One obligation related to another (NIST OLIR terms: from is a subset of to).",
      {
          {{"from", true, ValueType::kRef, "Full obligation id in the mapping's from framework."},
           [](Reader& r, const YNode& n, MappingRelation& m) {
             m.from = r.full_ref(n).value_or("");
             m.from_loc = r.loc(n);
           }},
          {{"to", true, ValueType::kRef, "Full obligation id in the mapping's to framework."},
           [](Reader& r, const YNode& n, MappingRelation& m) {
             m.to = r.full_ref(n).value_or("");
             m.to_loc = r.loc(n);
           }},
          {{"relation", true, ValueType::kEnum, "equal, subset, superset or intersect.",
            model::enum_spellings<model::Relation>},
           [](Reader& r, const YNode& n, MappingRelation& m) {
             m.relation = r.enumeration<model::Relation>(n, "relation")
                              .value_or(model::Relation::kIntersect);
           }},
          {{"note", false, ValueType::kString, "Why the two are related, in one line."},
           [](Reader& r, const YNode& n, MappingRelation& m) {
             m.note = r.string(n).value_or("");
           }},
      }};
  return s;
}

const KeyTable& relation_table() {
  return relation_schema().table();
}

const Schema<Mapping>& file_schema() {
  static const Schema<Mapping> s{
      "mapping file",
      "A crosswalk between two frameworks.",
      {
          {{"mapping", true, ValueType::kObject, "The mapping's header.", nullptr, header_table},
           [](Reader& r, const YNode& n, Mapping& m) {
             m.loc = r.loc(n);
             read_map(r, n, header_schema(), m);
           }},
          {{"relations", true, ValueType::kObjectList, "The relations.", nullptr, relation_table},
           [](Reader& r, const YNode& n, Mapping& m) {
             if (!r.expect_list(n, "a list of relations")) return;
             for (const YNode* item : n.items) {
               MappingRelation rel;
               rel.loc = r.loc(*item);
               if (read_map(r, *item, relation_schema(), rel) && !rel.from.empty() &&
                   !rel.to.empty())
                 m.relations.push_back(std::move(rel));
             }
           }},
      }};
  return s;
}

}  // namespace

const KeyTable& mapping_file_table() {
  return file_schema().table();
}

void load_mapping_file(Reader& r, const YNode& root, model::Workspace& ws) {
  Mapping m;
  read_map(r, root, file_schema(), m);
  if (!m.id.empty()) ws.mappings.push_back(std::move(m));
}

}  // namespace ungap::load
