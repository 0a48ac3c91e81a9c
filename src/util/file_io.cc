#include "util/file_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

#include "util/utf8.h"

namespace fs = std::filesystem;

namespace ungap::util {

ReadResult read_file(const fs::path& path, std::uintmax_t max_bytes, std::size_t spare) {
  ReadResult r;
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    r.error = ec.message();
    return r;
  }
  if (size > max_bytes) {
    r.too_large = true;
    r.error = fmt::format("file is {} bytes, over the limit of {} bytes", size, max_bytes);
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    r.error = std::strerror(errno);
    return r;
  }
  std::string content;
  content.reserve(static_cast<std::size_t>(size) + spare);
  content.resize(static_cast<std::size_t>(size));
  in.read(content.data(), static_cast<std::streamsize>(size));
  content.resize(static_cast<std::size_t>(in.gcount()));
  r.content = std::move(content);
  return r;
}

// The temporary files being written, for the signal handler: an interrupted run (Ctrl-C, a CI
// job cancelled) removes them, so no half-written `*.tmp` is left beside the report, and the
// earlier report stays as it was. Plain atomics: all a signal handler may touch.
namespace {

constexpr int kMaxTemporaries = 16;
std::atomic<const char*> g_temporaries[kMaxTemporaries];
std::atomic<bool> g_erase_line{false};

void register_temporary(const char* name) {
  for (auto& slot : g_temporaries) {
    const char* expected = nullptr;
    if (slot.compare_exchange_strong(expected, name)) return;
  }
}

void unregister_temporary(const char* name) {
  for (auto& slot : g_temporaries) {
    const char* expected = name;
    if (slot.compare_exchange_strong(expected, nullptr)) return;
  }
}

extern "C" void remove_temporaries_and_exit(int sig) {
  if (g_erase_line.load()) {
    constexpr char kErase[] = "\r\033[K";
    [[maybe_unused]] auto n = ::write(STDERR_FILENO, kErase, sizeof kErase - 1);
  }
  for (auto& slot : g_temporaries)
    if (const char* name = slot.load()) ::unlink(name);
  ::_exit(128 + sig);
}

}  // namespace

void erase_line_on_signal(bool on) {
  g_erase_line.store(on);
}

void clean_up_on_signals() {
  struct sigaction sa {};
  sa.sa_handler = remove_temporaries_and_exit;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  // A closed pipe (`ungap check | head`) makes writes fail with EPIPE, reported like any failed
  // write, rather than killing the process silently.
  ::signal(SIGPIPE, SIG_IGN);
}

static std::string temp_name(const fs::path& path) {
  std::random_device rd;
  return fmt::format("{}.{:08x}.tmp", path.string(), rd());
}

static bool write_all(int fd, std::string_view content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

std::optional<OutputError> write_file_atomic(const fs::path& path, const std::string& content) {
  OutputFile out;
  out.open(path);
  out.write(content);
  return out.commit();
}

OutputFile::~OutputFile() {
  if (m_fd >= 0 && m_fd != STDOUT_FILENO) ::close(m_fd);
  if (!m_temp.empty()) {
    unregister_temporary(m_temp.c_str());
    ::unlink(m_temp.c_str());
  }
}

// Where a symbolic link leads, following links in turn, even when the last one dangles: the
// report then goes to the target, and the link stays a link.
static fs::path link_target(const fs::path& path) {
  fs::path p = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(p, ec)) break;
    fs::path next = fs::read_symlink(p, ec);
    if (ec) break;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return p;
}

// Where the report goes. A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is
// written in place: renaming a temporary file over it would replace the device with a regular
// file. A symbolic link is followed (a dangling one too), so the rename replaces its target and
// the link stays. A replaced report keeps its permissions (a 0600 report stays private).
const std::optional<OutputError>& OutputFile::open(const fs::path& path) {
  if (path.empty() || path == "-") {
    m_fd = STDOUT_FILENO;
    return m_error;
  }
  m_path = path;
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return fail(path, "it is a folder");
  if (exists && !S_ISREG(st.st_mode)) {
    open_in_place();
    return m_error;
  }
  std::error_code ec;
  if (exists && fs::is_symlink(path, ec)) m_path = fs::canonical(path, ec);
  if (ec) m_path = path;
  if (!exists) m_path = link_target(path);
  m_temp = temp_name(m_path);
  m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (m_fd < 0) {
    m_temp.clear();
    return fail(path, std::strerror(errno));
  }
  if (exists) ::fchmod(m_fd, st.st_mode & 07777);
  register_temporary(m_temp.c_str());
  return m_error;
}

void OutputFile::open_in_place() {
  m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
  if (m_fd < 0)
    fail(m_path, std::strerror(errno));
  else
    m_in_place = true;
}

const std::optional<OutputError>& OutputFile::fail(const fs::path& path, std::string reason) {
  if (!m_error) m_error = OutputError{path.empty() ? "standard output" : path.string(), reason};
  return m_error;
}

const std::optional<OutputError>& OutputFile::write(std::string_view data) {
  if (!m_error && !write_all(m_fd, data)) fail(m_path, std::strerror(errno));
  return m_error;
}

const std::optional<OutputError>& OutputFile::commit() {
  if (m_error || m_fd == STDOUT_FILENO) return m_error;
  // fsync fails with EINVAL on pipes and most devices, where there is nothing to flush.
  bool ok = m_in_place || ::fsync(m_fd) == 0;
  int saved = errno;
  ok = (::close(m_fd) == 0) && ok;
  m_fd = -1;
  if (!ok || (!m_in_place && ::rename(m_temp.c_str(), m_path.c_str()) != 0)) {
    if (ok) saved = errno;
    return fail(m_path, std::strerror(saved));
  }
  if (!m_temp.empty()) unregister_temporary(m_temp.c_str());
  m_temp.clear();
  return m_error;
}

static bool skipped_folder(const fs::path& p) {
  std::string name = p.filename().string();
  return (!name.empty() && name[0] == '.' && name != "." && name != "..") ||
         name.rfind("build", 0) == 0 || name == "node_modules";
}

static bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

static void collect(const fs::path& dir, const std::vector<std::string>& extensions,
                    std::vector<fs::path>& out) {
  std::error_code ec;
  auto it =
      fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && skipped_folder(it->path())) {
      it.disable_recursion_pending();
    } else if (it->is_regular_file(ec) && has_extension(it->path(), extensions)) {
      out.push_back(it->path().lexically_normal());
    }
  }
}

std::vector<fs::path> find_files(const std::vector<fs::path>& paths,
                                 const std::vector<std::string>& extensions,
                                 std::vector<std::string>& missing) {
  std::vector<fs::path> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      collect(p, extensions, out);
    } else if (fs::exists(p, ec)) {
      out.push_back(p.lexically_normal());
    } else {
      missing.push_back(p.string());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Confinement::Confinement(const std::vector<fs::path>& roots) : m_active(true) {
  for (const auto& r : roots) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(fs::absolute(r, ec), ec);
    if (!ec) m_roots.push_back(c);
  }
}

static bool below(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // the empty last element of a root ending in '/'
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

bool Confinement::contains(const fs::path& path, fs::path* resolved) const {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) c = fs::absolute(path, ec).lexically_normal();
  if (resolved) *resolved = c;
  if (!m_active) return true;
  return std::any_of(m_roots.begin(), m_roots.end(),
                     [&](const fs::path& r) { return below(c, r); });
}

std::string display_path(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path base = fs::absolute(root, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(base);
  std::string shown = !rel.empty() && *rel.begin() != ".."
                          ? rel.generic_string()
                          : path.lexically_normal().generic_string();
  // A file name is any bytes; reports (JSON, XML, HTML) must be valid UTF-8 whatever it is.
  return find_invalid_utf8(shown) ? replace_invalid_utf8(shown) : shown;
}

}  // namespace ungap::util
