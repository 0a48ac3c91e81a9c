#include "load/file_kinds.h"

#include <fmt/format.h>

namespace ungap::load {

const std::vector<FileKindInfo>& file_kinds() {
  static const std::vector<FileKindInfo> kinds{
      {FileKind::kFramework, "framework", "framework", framework_file_table, load_framework_file},
      {FileKind::kMapping, "mapping", "mapping", mapping_file_table, load_mapping_file},
      {FileKind::kStatements, "statements", "company", statements_file_table, load_statements_file},
      {FileKind::kRules, "rules", "rules", rules_file_table, load_rules_file},
      {FileKind::kTests, "tests", "tests", tests_file_table, load_tests_file},
      {FileKind::kVocabulary, "vocabulary", "vocabulary", vocabulary_file_table,
       load_vocabulary_file},
  };
  return kinds;
}

const FileKindInfo* detect_kind(Reader& r, const YNode& root) {
  if (!root.is_map()) {
    r.error(root,
            fmt::format("expected a mapping at the top of the file, found {}", describe(root)),
            "unknown-kind");
    return nullptr;
  }
  for (const auto& k : file_kinds())
    if (root.get(k.key)) return &k;
  r.error(root,
          "cannot tell what kind of file this is: expected top-level keys 'framework' + "
          "'obligations', 'mapping' + 'relations', 'company' + 'sources' + 'claims', 'rules', "
          "'tests', or 'vocabulary'",
          "unknown-kind");
  return nullptr;
}

}  // namespace ungap::load
