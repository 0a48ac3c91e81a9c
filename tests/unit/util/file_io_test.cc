// Reading with a size limit, atomic writes, finding inputs and display paths.
#include "util/file_io.h"

#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <future>

namespace fs = std::filesystem;
using namespace ungap::util;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("ungap-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
  void write(const std::string& name, const std::string& content) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << content;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(file_io)

BOOST_AUTO_TEST_CASE(reads_files_within_the_limit) {
  TempDir d;
  d.write("a.yaml", std::string("x:\0y", 4));
  auto r = read_file(d.path / "a.yaml", 4);
  BOOST_TEST_REQUIRE(r.content.has_value());
  BOOST_TEST(r.content->size() == 4u);  // NUL bytes are kept
  auto big = read_file(d.path / "a.yaml", 3);
  BOOST_TEST(!big.content.has_value());
  BOOST_TEST(big.too_large);
  BOOST_TEST(big.error == "file is 4 bytes, over the limit of 3 bytes");
  auto missing = read_file(d.path / "none.yaml", 100);
  BOOST_TEST(!missing.content.has_value());
  BOOST_TEST(!missing.too_large);
}

BOOST_AUTO_TEST_CASE(writes_atomically) {
  TempDir d;
  fs::path out = d.path / "report.json";
  BOOST_TEST(!write_file_atomic(out, "first"));
  BOOST_TEST(!write_file_atomic(out, "second"));
  BOOST_TEST(read_file(out, 100).content.value_or("") == "second");
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d.path)) ++files;
  BOOST_TEST(files == 1);  // no temporary file left behind
}

BOOST_AUTO_TEST_CASE(failed_write_leaves_nothing) {
  TempDir d;
  fs::path out = d.path / "missing-folder" / "report.json";
  auto error = write_file_atomic(out, "x");
  // The message names the report, not the temporary file beside it.
  BOOST_TEST_REQUIRE(error.has_value());
  BOOST_TEST(error->path == out.string());
  BOOST_TEST(error->message() == "cannot write " + out.string() + ": No such file or directory");
  BOOST_TEST(!fs::exists(out));
}

BOOST_AUTO_TEST_CASE(a_replaced_report_keeps_its_mode) {
  TempDir d;
  fs::path out = d.path / "report.json";
  BOOST_TEST(!write_file_atomic(out, "first"));
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);
  BOOST_TEST(!write_file_atomic(out, "second"));
  BOOST_TEST(read_file(out, 100).content.value_or("") == "second");
  BOOST_TEST((fs::status(out).permissions() == (fs::perms::owner_read | fs::perms::owner_write)));
}

BOOST_AUTO_TEST_CASE(a_dangling_link_gets_its_target_created) {
  TempDir d;
  fs::create_symlink("target.json", d.path / "link.json");
  BOOST_TEST(!write_file_atomic(d.path / "link.json", "x"));
  BOOST_TEST(fs::is_symlink(d.path / "link.json"));
  BOOST_TEST(read_file(d.path / "target.json", 100).content.value_or("") == "x");
}

BOOST_AUTO_TEST_CASE(confinement_follows_links_and_dots) {
  TempDir d;
  fs::create_directories(d.path / "ws" / "sources");
  fs::create_directories(d.path / "outside");
  fs::create_symlink(d.path / "outside", d.path / "ws" / "link");
  Confinement c({d.path / "ws"});
  BOOST_TEST(c.contains(d.path / "ws" / "sources" / "a.txt"));
  BOOST_TEST(c.contains(d.path / "ws" / "sources" / ".." / "b.txt"));
  BOOST_TEST(!c.contains(d.path / "ws" / ".." / "outside" / "a.txt"));
  BOOST_TEST(!c.contains(d.path / "ws" / "link" / "a.txt"));  // exists or not, same answer
  BOOST_TEST(!c.contains("/etc/passwd"));
  BOOST_TEST(!c.contains(d.path / "ws-other" / "a.txt"));
  BOOST_TEST(Confinement().contains("/etc/passwd"));  // not active: nothing is confined
}

BOOST_AUTO_TEST_CASE(devices_are_written_in_place) {
  // Renaming a temporary file over /dev/null would replace the device with a regular file.
  BOOST_TEST(!write_file_atomic("/dev/null", "report"));
  OutputFile out;
  BOOST_TEST(!out.open("/dev/null"));
  BOOST_TEST(!out.write("report"));
  BOOST_TEST(!out.commit());
  BOOST_TEST(fs::is_character_file("/dev/null"));
}

BOOST_AUTO_TEST_CASE(the_first_failure_is_kept) {
  // Every write to /dev/full fails with ENOSPC: a disk that fills up half-way through a report.
  OutputFile file;
  BOOST_TEST(!file.open("/dev/full"));
  const std::string full = "cannot write /dev/full: No space left on device";
  BOOST_TEST(file.write("report").value_or(OutputError{}).message() == full);
  BOOST_TEST(file.write("more").value_or(OutputError{}).message() == full);
  BOOST_TEST(file.commit().value_or(OutputError{}).message() == full);
  BOOST_TEST(file.error()->path == "/dev/full");
  // A failed open is kept as well: the writes after it do nothing.
  TempDir d;
  OutputFile folder;
  BOOST_TEST(folder.open(d.path).value_or(OutputError{}).reason == "it is a folder");
  BOOST_TEST(folder.write("x")->message() ==
             "cannot write " + d.path.string() + ": it is a folder");
  BOOST_TEST(folder.commit()->reason == "it is a folder");
}

BOOST_AUTO_TEST_CASE(pipes_are_written_in_place) {
  TempDir d;
  fs::path fifo = d.path / "report.fifo";
  BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto read = std::async(std::launch::async, [&] {
    std::ifstream in(fifo, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  });
  BOOST_TEST(!write_file_atomic(fifo, "through the pipe"));
  BOOST_TEST(read.get() == "through the pipe");
  BOOST_TEST(fs::is_fifo(fifo));
}

BOOST_AUTO_TEST_CASE(symbolic_links_are_followed) {
  TempDir d;
  d.write("real/report.md", "old");
  fs::create_directory_symlink("real", d.path / "linked");
  fs::create_symlink("real/report.md", d.path / "report.md");
  BOOST_TEST(!write_file_atomic(d.path / "report.md", "new"));
  BOOST_TEST(fs::is_symlink(d.path / "report.md"));  // the link stays, its target changes
  BOOST_TEST(read_file(d.path / "real/report.md", 100).content.value_or("") == "new");
  BOOST_TEST(write_file_atomic(d.path / "linked", "x").value_or(OutputError{}).message() ==
             "cannot write " + (d.path / "linked").string() + ": it is a folder");
}

BOOST_AUTO_TEST_CASE(finds_yaml_files_sorted_skipping_hidden_and_build_folders) {
  TempDir d;
  for (const char* f :
       {"b.yaml", "a/x.yml", "a/y.txt", ".git/z.yaml", "build-x/w.yaml", "node_modules/v.yaml"})
    d.write(f, "x: 1\n");
  std::vector<std::string> missing;
  auto files = find_files({d.path, d.path / "b.yaml", d.path / "nope"}, {".yaml", ".yml"}, missing);
  BOOST_TEST_REQUIRE(files.size() == 2u);
  BOOST_TEST(files[0] == (d.path / "a/x.yml").lexically_normal());
  BOOST_TEST(files[1] == (d.path / "b.yaml").lexically_normal());
  BOOST_TEST_REQUIRE(missing.size() == 1u);
}

BOOST_AUTO_TEST_CASE(display_paths_are_relative_to_the_root) {
  TempDir d;
  BOOST_TEST(display_path(d.path / "a" / "b.yaml", d.path) == "a/b.yaml");
  BOOST_TEST(display_path("/elsewhere/c.yaml", d.path) == "/elsewhere/c.yaml");
}

BOOST_AUTO_TEST_SUITE_END()
