#pragma once
// Reading inputs with a size limit and writing outputs atomically (temporary file + rename), so
// a failed or interrupted run never leaves a half-written report.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

struct ReadResult {
  std::optional<std::string> content;  // nullopt on failure
  std::string error;  // why it failed, e.g. "file is 70000000 bytes, over the limit of 16777216"
  bool too_large = false;
};

// `spare` more bytes of capacity are reserved after the content (a parser's padding), so that
// the caller can read past its end without a copy.
ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                     std::size_t spare = 0);

// Why an output could not be written. One type for every step (opening, writing, flushing,
// closing, renaming), so each is reported alike, naming the file: exit 2, never an internal error.
struct OutputError {
  std::string path;    // as given, or "standard output"
  std::string reason;  // "No such file or directory", "it is a folder"
  std::string message() const { return "cannot write " + path + ": " + reason; }
};

// Writes `content` to `path` as OutputFile does: through a temporary file and a rename.
// nullopt on success, else why not.
std::optional<OutputError> write_file_atomic(const std::filesystem::path& path,
                                             const std::string& content);

// Installs handlers so that SIGINT and SIGTERM remove the temporary files of unfinished
// outputs and exit with 130 and 143; SIGPIPE is ignored, so a closed pipe is a failed write.
void clean_up_on_signals();
// While on, those handlers first erase the line on standard error (a progress line drawn there),
// so an interrupted run leaves the shell's prompt on a clean line.
void erase_line_on_signal(bool on);

// An output written in pieces: to a temporary file beside `path`, renamed over it by commit(),
// so readers never see a half-written report; removed if never committed. An empty path or "-"
// writes to standard output instead; a device or pipe (/dev/null, a FIFO) is written in place.
class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();
  // Each step returns the first failure so far (nullopt: none). After a failure the steps do
  // nothing, so a writer goes on writing and asks once, at commit(); the file is then dropped.
  const std::optional<OutputError>& open(const std::filesystem::path& path);
  const std::optional<OutputError>& write(std::string_view data);
  const std::optional<OutputError>& commit();
  const std::optional<OutputError>& error() const { return m_error; }

 private:
  void open_in_place();
  const std::optional<OutputError>& fail(const std::filesystem::path& path, std::string reason);

  std::filesystem::path m_path;
  std::string m_temp;
  int m_fd = -1;
  bool m_in_place = false;
  std::optional<OutputError> m_error;
};

// The files with the given extensions below each path (a file is taken as given), sorted and
// without duplicates; hidden folders and build folders are skipped. Missing paths are
// reported in `missing`.
std::vector<std::filesystem::path> find_files(const std::vector<std::filesystem::path>& paths,
                                              const std::vector<std::string>& extensions,
                                              std::vector<std::string>& missing);

// The folders a run may read from (the workspace root and the paths named on the command line),
// each with its symbolic links resolved. A file is inside when its own path, with every
// symbolic link resolved, lies below one of them: `..`, an absolute path or a link cannot lead
// out. Whether a refused path exists is never told, so a workspace cannot probe the disk.
class Confinement {
 public:
  Confinement() = default;  // confines nothing: every path is inside
  explicit Confinement(const std::vector<std::filesystem::path>& roots);
  bool active() const { return m_active; }
  // Whether `path` (resolved) lies below a root; `resolved` receives the resolved path.
  bool contains(const std::filesystem::path& path, std::filesystem::path* resolved = nullptr) const;

 private:
  std::vector<std::filesystem::path> m_roots;
  bool m_active = false;
};

// A path as shown in diagnostics and reports: relative to `root` when below it, with '/', and
// bytes that are not UTF-8 shown as '?'.
std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace ungap::util
