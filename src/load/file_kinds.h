#pragma once
// The six kinds of input file and their readers. A file's kind comes from its top-level keys.
#include "load/schema.h"
#include "load/yaml_tree.h"
#include "model/workspace.h"

namespace ungap::load {

enum class FileKind { kFramework, kMapping, kStatements, kRules, kTests, kVocabulary };

struct FileKindInfo {
  FileKind kind;
  std::string_view name;       // as `ungap schema` spells it
  std::string_view key;        // the top-level key that tells this kind
  const KeyTable& (*table)();  // the top-level table
  void (*load)(Reader&, const YNode& root, model::Workspace&);
};

const std::vector<FileKindInfo>& file_kinds();
// The kind a root mapping's keys say, or nullptr (with a diagnostic).
const FileKindInfo* detect_kind(Reader& r, const YNode& root);

// Per kind (framework_file.cc, mapping_file.cc, ...).
const KeyTable& framework_file_table();
void load_framework_file(Reader& r, const YNode& root, model::Workspace& ws);
const KeyTable& mapping_file_table();
void load_mapping_file(Reader& r, const YNode& root, model::Workspace& ws);
const KeyTable& statements_file_table();
void load_statements_file(Reader& r, const YNode& root, model::Workspace& ws);
const KeyTable& rules_file_table();
void load_rules_file(Reader& r, const YNode& root, model::Workspace& ws);
const KeyTable& tests_file_table();
void load_tests_file(Reader& r, const YNode& root, model::Workspace& ws);
const KeyTable& vocabulary_file_table();
void load_vocabulary_file(Reader& r, const YNode& root, model::Workspace& ws);

// Shared by statements and tests files.
const KeyTable& company_table();
const KeyTable& source_table();
const KeyTable& claim_table();
void read_company(Reader& r, const YNode& n, model::Company& c);
void read_sources(Reader& r, const YNode& n, model::Company& c);
void read_claims(Reader& r, const YNode& n, model::Company& c);
const KeyTable& impact_table();  // impact_schema.cc
void read_impacts(Reader& r, const YNode& n, model::Company& c);

}  // namespace ungap::load
