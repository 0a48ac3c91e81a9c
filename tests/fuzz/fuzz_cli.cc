// Fuzz target: the command line as a whole, on a workspace of its own. The input's first line is
// the arguments (separated by tabs); the rest is files, each introduced by a line `--8<-- NAME`,
// written into a fresh folder that is the current directory. Then ungap's own entry point runs,
// as the ungap binary would. Arguments that would reach outside the folder (absolute paths,
// `..`) or lift the bounds (--max-*, --allow-outside-workspace) are skipped: the target looks
// for crashes and hangs within what a workspace can do.
//
// libFuzzer shares the process: its log and a sanitizer's report go to standard error, and its
// corpus and artifact paths are relative to the folder it started in. So each run has standard
// output and error on /dev/null only while ungap runs (a sanitizer report still goes to the real
// standard error), and the current folder is restored afterwards.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/app.h"
#include "fuzz_common.h"

namespace fs = std::filesystem;

// The sanitizers' runtime, when linked (the libFuzzer build); absent in the plain replay build.
extern "C" __attribute__((weak)) void __sanitizer_set_report_fd(void* fd);

namespace {

bool allowed(const std::string& arg) {
  return !arg.empty() && arg[0] != '/' && arg.find("..") == std::string::npos &&
         arg.rfind("--max", 0) != 0 && arg != "--allow-outside-workspace" && arg.size() < 256;
}

// A folder of our own, emptied before each input; ungap runs inside it.
const fs::path& folder() {
  static const fs::path dir = [] {
    char tmpl[] = "/tmp/ungap-fuzz-cli-XXXXXX";
    return fs::path(::mkdtemp(tmpl));
  }();
  return dir;
}

// For the length of one run of ungap: standard output and error on /dev/null, sanitizer reports
// on the real standard error, the current folder `dir`; all put back by the destructor.
class Quiet {
 public:
  explicit Quiet(const fs::path& dir) : m_cwd(fs::current_path()) {
    std::fflush(stdout);
    std::fflush(stderr);
    m_stdout = ::dup(STDOUT_FILENO);
    m_stderr = ::dup(STDERR_FILENO);
    report_to(m_stderr);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    ::close(null);
    fs::current_path(dir);
  }
  ~Quiet() {
    std::fflush(stdout);
    std::fflush(stderr);
    std::clearerr(stdout);
    std::clearerr(stderr);
    ::dup2(m_stdout, STDOUT_FILENO);
    ::dup2(m_stderr, STDERR_FILENO);
    report_to(STDERR_FILENO);
    ::close(m_stdout);
    ::close(m_stderr);
    std::error_code ec;
    fs::current_path(m_cwd, ec);
  }

 private:
  static void report_to(int fd) {
    if (__sanitizer_set_report_fd)
      __sanitizer_set_report_fd(reinterpret_cast<void*>(static_cast<std::intptr_t>(fd)));
  }
  fs::path m_cwd;
  int m_stdout, m_stderr;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t eol = bytes.find('\n');
  if (eol == std::string_view::npos) return 0;
  std::vector<std::string> args{"ungap"};
  for (auto part : ungap::fuzz::split_files(bytes.substr(0, eol), "\t")) args.emplace_back(part);
  for (std::size_t i = 1; i < args.size(); ++i)
    if (!allowed(args[i])) return 0;
  if (args.size() > 16) return 0;

  const fs::path& dir = folder();
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) fs::remove_all(e.path(), ec);
  std::string rest = "\n" + std::string(bytes.substr(eol + 1));  // so the first file splits too
  auto files = ungap::fuzz::split_files(rest, "\n--8<-- ");
  if (files.size() > 16) return 0;
  for (auto f : files) {
    std::size_t nl = f.find('\n');
    std::string name(f.substr(0, nl));
    if (!allowed(name) || nl == std::string_view::npos) continue;
    fs::path p = dir / name;
    fs::create_directories(p.parent_path(), ec);
    std::ofstream(p, std::ios::binary) << f.substr(nl + 1);
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  Quiet quiet(dir);
  ungap::cli::run(static_cast<int>(argv.size()), argv.data());
  return 0;
}
