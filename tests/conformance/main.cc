// cel_conformance: runs the cel-spec "simple" conformance files against ungap::expr.
// Usage: cel_conformance [DATA_DIR] [--verbose] [--list-skipped]
// Prints "FILE: N passed, N failed, N skipped" per file and the totals; exit 1 if any case
// inside the supported subset failed.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "runner.h"
#include "textproto.h"

#ifndef UNGAP_CONFORMANCE_DATA
#define UNGAP_CONFORMANCE_DATA "data"
#endif

namespace fs = std::filesystem;
using namespace ungap::conformance;

namespace {

struct Counts {
  int passed = 0, failed = 0, skipped = 0;

  void add(Outcome o) {
    (o == Outcome::kPassed ? passed : o == Outcome::kFailed ? failed : skipped)++;
  }
  std::string line() const {
    return std::to_string(passed) + " passed, " + std::to_string(failed) + " failed, " +
           std::to_string(skipped) + " skipped";
  }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = UNGAP_CONFORMANCE_DATA;
  bool verbose = false;
  bool list_skipped = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else if (arg == "--list-skipped") {
      list_skipped = true;
    } else {
      dir = arg;
    }
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".textproto") files.push_back(entry.path());
  }
  if (ec || files.empty()) {
    std::cerr << "cel_conformance: no .textproto files in " << dir << "\n";
    return 2;
  }
  std::sort(files.begin(), files.end());
  Counts total;
  std::map<std::string, int> skipped_by_feature;
  for (const fs::path& file : files) {
    TextParseResult parsed = parse_textproto(read_file(file));
    if (!parsed.root) {
      std::cerr << file.filename().string() << ": " << parsed.error << "\n";
      return 2;
    }
    Counts counts;
    for (const TextNode* section : parsed.root->all("section")) {
      for (const TextNode* test : section->all("test")) {
        CaseResult r = run_case(*test);
        counts.add(r.outcome);
        if (r.outcome == Outcome::kSkipped) ++skipped_by_feature[r.detail];
        if (list_skipped && r.outcome == Outcome::kSkipped) {
          std::cout << "  SKIP [" << r.detail << "] " << test->string_or("expr", "") << "\n";
        }
        if (verbose && r.outcome == Outcome::kFailed) {
          std::cout << "  FAIL " << section->string_or("name", "") << "/"
                    << test->string_or("name", "") << ": " << test->string_or("expr", "")
                    << "\n    " << r.detail << "\n";
        }
      }
    }
    std::cout << file.filename().string() << ": " << counts.line() << "\n";
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  if (verbose) {
    for (const auto& [feature, n] : skipped_by_feature) {
      std::cout << "  skipped for " << feature << ": " << n << "\n";
    }
  }
  std::cout << total.line() << "\n";
  return total.failed > 0 ? 1 : 0;
}
