#include "cli/progress_line.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "util/file_io.h"

namespace ungap::cli {

namespace {

using std::chrono::milliseconds;

constexpr milliseconds kInterval(200);  // at most 5 redraws a second within a stage
// How often the thread looks: a new stage is drawn at once, so a short one is not missed.
constexpr milliseconds kLookout(20);

// How long a run goes before its line appears: a second, or UNGAP_PROGRESS_DELAY_MS (for
// tests, which cannot wait for a run that long).
milliseconds delay() {
  const char* ms = std::getenv("UNGAP_PROGRESS_DELAY_MS");
  if (!ms || !*ms) return milliseconds(1000);
  char* end = nullptr;
  long v = std::strtol(ms, &end, 10);
  return *end == '\0' && v >= 0 ? milliseconds(v) : milliseconds(1000);
}

// The terminal's width, so the line never wraps (a wrapped line cannot be redrawn in place).
std::size_t columns() {
  winsize w{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 1) return w.ws_col - 1u;
  return 79;
}

bool is_terminal() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) && !(term && std::string(term) == "dumb");
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string duration(double seconds) {
  auto s = static_cast<long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}h{:02}m", s / 3600, s / 60 % 60);
  return s >= 60 ? fmt::format("{}m{:02}s", s / 60, s % 60) : fmt::format("{}s", s);
}

}  // namespace

std::string progress_text(const util::Progress::Snapshot& s, std::size_t width) {
  double rate = s.seconds > 0 ? static_cast<double>(s.done) / s.seconds : 0;
  std::string line = fmt::format("{}: {} of {}", s.what, thousands(s.done), thousands(s.total));
  if (s.total > 0) line += fmt::format(" ({}%)", s.done * 100 / s.total);
  if (s.done > 0 && rate > 0) {
    line += fmt::format(", {}/s, {} left", thousands(static_cast<std::size_t>(rate + 0.5)),
                        duration(static_cast<double>(s.total - s.done) / rate));
  }
  if (line.size() > width) line.resize(width);
  return line;
}

ProgressLine::ProgressLine(const util::Progress& progress, bool enabled) : m_progress(progress) {
  if (enabled && is_terminal()) m_thread = std::thread([this] { run(); });
}

void ProgressLine::stop() {
  if (!m_thread.joinable()) return;
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_wake.notify_all();
  m_thread.join();
  if (m_drawn) {
    std::fputs("\r\033[K", stderr);  // erase it: what is printed next starts on a clean line
    std::fflush(stderr);
    util::erase_line_on_signal(false);
  }
}

void ProgressLine::run() {
  std::unique_lock lock(m_mutex);
  auto stopped = [this] { return m_stop; };
  if (m_wake.wait_until(lock, m_progress.created() + delay(), stopped)) return;
  std::string stage;
  auto last = util::Progress::Clock::time_point();
  do {
    auto s = m_progress.snapshot();
    auto now = util::Progress::Clock::now();
    bool fresh = s.what != stage;
    // A stage finished before this line began (reading, seen by check's evaluation) is not news.
    if (s.what.empty() || (stage.empty() && s.done == s.total) ||
        (!fresh && now - last < kInterval))
      continue;
    std::string line = "\r\033[K";
    line += progress_text(s, columns());
    util::erase_line_on_signal(true);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    m_drawn = true;
    stage = s.what;
    last = now;
  } while (!m_wake.wait_for(lock, kLookout, stopped));
}

}  // namespace ungap::cli
