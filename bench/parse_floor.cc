// The parse floor: how long yaml-cpp alone takes to parse a workspace's YAML files, the least
// any yaml-cpp based tool can spend. Reads every file first, then times the parsing only.
//
//   ungap_parse_floor DIR [--load]   (--load: YAML::Load, the DOM API, instead of the events)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "util/file_io.h"

namespace {

// Receives every event and does nothing: what remains is yaml-cpp's own work.
class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++nodes; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++nodes; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    ++nodes;
    bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++nodes;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++nodes;
  }
  void OnMapEnd() override {}
  std::size_t nodes = 0, bytes = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: ungap_parse_floor DIR [--load]\n");
    return 2;
  }
  bool load = argc > 2 && std::strcmp(argv[2], "--load") == 0;
  std::vector<std::string> missing;
  auto files = ungap::util::find_files({argv[1]}, {".yaml", ".yml"}, missing);
  std::vector<std::string> contents;
  std::size_t total = 0;
  for (const auto& f : files) {
    auto r = ungap::util::read_file(f, ~0ull);
    contents.push_back(r.content.value_or(""));
    total += contents.back().size();
  }
  auto start = std::chrono::steady_clock::now();
  NullHandler handler;
  for (const auto& c : contents) {
    std::istringstream in(c);
    if (load) {
      handler.nodes += YAML::Load(in).size();
    } else {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files %zu bytes %zu nodes %zu seconds %.3f MB/s %.2f\n", files.size(), total,
              handler.nodes, secs, total / secs / 1e6);
  return 0;
}
