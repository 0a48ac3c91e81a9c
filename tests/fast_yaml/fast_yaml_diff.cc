// Differential test of the fast YAML reader: for each file given (folders are searched for
// .yaml/.yml) and for random documents, the fast reader must either decline or build exactly the
// tree yaml-cpp's path builds, which must then report nothing.
//   fast_yaml_diff [--random N [--cuts]] [--seed S] [--min-fast PERCENT] [--dump] PATH...
// --cuts also compares each random document cut short at two places.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "load/fast_yaml.h"
#include "load/input_checks.h"
#include "random_yaml.h"
#include "tree_compare.h"
#include "util/file_io.h"

namespace fs = std::filesystem;
using ungap::load::YNode;

namespace {

struct Stats {
  int files = 0, fast = 0, fallback = 0, mismatches = 0;
  std::size_t fast_bytes = 0;
  double fast_seconds = 0, yaml_cpp_seconds = 0;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void compare(const std::string& name, std::string content, bool dump, Stats& stats) {
  ungap::load::strip_bom(content);
  ungap::util::SourceFile file(name, std::move(content));
  ungap::load::Limits limits;
  ungap::util::Diagnostics diags;
  auto t0 = std::chrono::steady_clock::now();
  ungap::load::YamlTree reference(file, limits, diags, ungap::load::YamlReader::kYamlCpp);
  double yaml_cpp_seconds = seconds_since(t0);
  std::deque<YNode> nodes;
  t0 = std::chrono::steady_clock::now();
  const YNode* fast = ungap::load::parse_fast_yaml(file.content(), limits, nodes);
  double fast_seconds = seconds_since(t0);
  ++stats.files;
  if (dump) {
    std::string out;
    if (reference.root()) ungap::test::dump_tree(reference.root(), out);
    fmt::print("== {} yaml-cpp ({} diagnostics)\n{}", name, diags.sorted().size(), out);
    out.clear();
    if (fast) ungap::test::dump_tree(fast, out);
    fmt::print("== {} fast{}\n{}", name, fast ? "" : ": unsupported", out);
  }
  if (!fast) {
    if (dump || std::getenv("FAST_YAML_WHY")) {
      auto [line, col] = file.position(ungap::load::last_unsupported_offset());
      fmt::print("unsupported {}:{}:{}: {}\n", name, line, col, file.line(line));
    }
    ++stats.fallback;
    return;
  }
  ++stats.fast;
  stats.fast_bytes += file.content().size();
  stats.fast_seconds += fast_seconds;
  stats.yaml_cpp_seconds += yaml_cpp_seconds;
  std::string diff = ungap::test::compare_trees(reference.root(), fast);
  if (diff.empty() && !diags.sorted().empty()) diff = "yaml-cpp's path reported diagnostics";
  if (diff.empty()) return;
  ++stats.mismatches;
  fmt::print("MISMATCH {}: {}\n", name, diff);
  if (name.starts_with("random#")) fmt::print("--- document ---\n{}\n---\n", file.content());
}

void compare_path(const fs::path& path, bool dump, Stats& stats) {
  auto read = [&](const fs::path& p) {
    auto r = ungap::util::read_file(p, 64u << 20);
    if (r.content) compare(p.string(), std::move(*r.content), dump, stats);
  };
  if (!fs::is_directory(path)) return read(path);
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(path))
    if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml"))
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) read(f);
}

void report(const char* what, const Stats& s) {
  fmt::print("{}: {} trees compared, {} read fast, {} left to yaml-cpp, {} mismatches", what,
             s.files, s.fast, s.fallback, s.mismatches);
  if (s.fast_seconds > 0)
    fmt::print("; fast reader {:.1f} MB/s, yaml-cpp path {:.1f} MB/s on the same files",
               s.fast_bytes / 1e6 / s.fast_seconds, s.fast_bytes / 1e6 / s.yaml_cpp_seconds);
  fmt::print("\n");
}

}  // namespace

int main(int argc, char** argv) {
  Stats files, random;
  int random_count = 0, min_fast = 0;
  unsigned seed = 1;
  bool dump = false, cuts = false;
  std::vector<fs::path> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--random" && i + 1 < argc)
      random_count = std::atoi(argv[++i]);
    else if (a == "--seed" && i + 1 < argc)
      seed = static_cast<unsigned>(std::atol(argv[++i]));
    else if (a == "--min-fast" && i + 1 < argc)
      min_fast = std::atoi(argv[++i]);
    else if (a == "--dump")
      dump = true;
    else if (a == "--cuts")
      cuts = true;
    else
      paths.emplace_back(a);
  }
  for (const auto& p : paths) compare_path(p, dump, files);
  ungap::test::RandomYaml gen(seed);
  for (int i = 0; i < random_count; ++i) {
    std::string doc = gen.document();
    // Cut short, a document ends inside a scalar, a collection or an indentation.
    if (cuts)
      for (std::size_t at = doc.size() / 3; at < doc.size(); at += doc.size() / 3 + 1)
        compare(fmt::format("random#{}@{}", i, at), doc.substr(0, at), dump, random);
    compare(fmt::format("random#{}", i), std::move(doc), dump, random);
  }
  if (!paths.empty()) report("files", files);
  if (random_count) report("random", random);
  bool ok = files.mismatches == 0 && random.mismatches == 0;
  if (random_count && random.fast * 100 < min_fast * random.files) {
    fmt::print("too few random documents read fast (want {}%)\n", min_fast);
    ok = false;
  }
  return ok ? 0 : 1;
}
