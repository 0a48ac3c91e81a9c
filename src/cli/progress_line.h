#pragma once
// The progress line of a long run, drawn on stderr from a util::Progress: the stage, items done
// of the total, the rate and the time left. Shown only when stderr is a terminal and the run has
// taken a second (so quick runs stay quiet), redrawn at most 5 times a second by a thread of its
// own, and erased when stopped, so nothing of it stays on screen or reaches a file or a report.
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "util/progress.h"

namespace ungap::cli {

class ProgressLine {
 public:
  // Draws nothing when `enabled` is false or stderr is not a terminal.
  ProgressLine(const util::Progress& progress, bool enabled);
  ~ProgressLine() { stop(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Stops drawing and erases the line; call before anything else is printed. Idempotent.
  void stop();

 private:
  void run();

  const util::Progress& m_progress;
  bool m_drawn = false;
  bool m_stop = false;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::thread m_thread;
};

// The line for one snapshot, at most `width` characters: "checking companies: 3,000 of 10,000
// (30%), 712/s, 10s left".
std::string progress_text(const util::Progress::Snapshot& s, std::size_t width);

}  // namespace ungap::cli
