#pragma once
// Everything loaded from a set of paths: the model plus the files it came from.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/company.h"
#include "model/framework.h"
#include "model/mapping.h"
#include "model/rule.h"
#include "model/rule_test.h"
#include "model/vocabulary.h"
#include "util/source_file.h"

namespace ungap::model {

struct InputFile {
  std::string path;       // display path
  std::string real_path;  // as opened, so an output path can be compared with it
  std::string sha256;
  std::uint64_t bytes = 0;
  // What the loader read it as: framework, mapping, statements, rules, tests, vocabulary (the
  // kind its keys said), snapshot, config (ungap.yaml), or other (nothing could be read from it).
  // Static strings, so a report can say which kind of input changed between two runs.
  std::string_view kind = "other";
};

struct ObligationRef {
  int framework = -1;
  int obligation = -1;
  bool valid() const { return framework >= 0; }
};

struct Workspace {
  std::vector<Framework> frameworks;
  std::vector<Mapping> mappings;
  std::vector<Company> companies;
  std::vector<Rule> rules;
  std::vector<RuleTest> tests;
  Vocabulary vocabulary;
  // Per file, in file order; checked against the vocabulary. One vector per file, so merging
  // the files' parts moves vectors instead of copying some 10 MB of entries.
  std::vector<std::vector<TermUse>> term_uses;
  std::vector<InputFile> inputs;  // every file read (YAML and text snapshots), sorted by path
  // The folders (and files) inputs were looked for below, after `paths:`: a `.yaml` written
  // there would be loaded by the next run.
  std::vector<std::string> searched;
  std::vector<std::shared_ptr<const util::SourceFile>> files;

  const Framework* framework(std::string_view id) const;
  int framework_index(std::string_view id) const;
  // Resolves "framework/local-id".
  ObligationRef find_obligation(std::string_view full_id) const;
  const Obligation* obligation(ObligationRef ref) const;
  const Company* company(std::string_view id) const;
};

}  // namespace ungap::model
