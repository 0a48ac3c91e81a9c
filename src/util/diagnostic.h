#pragma once
// Diagnostics: every problem found in the inputs, collected across all files in one run and
// printed sorted as `file:line:col: error: message [code]` with the source line and a caret.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "util/location.h"

namespace ungap::util {

enum class Severity { kError, kWarning };

const char* severity_name(Severity s);

struct Diagnostic {
  Severity severity = Severity::kError;
  Location loc;
  std::string message;
  std::string code;  // short kebab-case identifier, e.g. "unknown-key"
};

bool operator<(const Diagnostic& a, const Diagnostic& b);

// Collects diagnostics; safe to add to from several threads.
class Diagnostics {
 public:
  void error(const Location& loc, std::string message, std::string code);
  void warning(const Location& loc, std::string message, std::string code);
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  // Sorted by location, then message; exact duplicates removed.
  std::vector<Diagnostic> sorted() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  bool empty() const;
  // Keeps a file alive as long as these diagnostics, since their locations point into it.
  void retain(std::shared_ptr<const SourceFile> file);

 private:
  std::vector<std::shared_ptr<const SourceFile>> m_files;
  mutable std::mutex m_mutex;
  std::vector<Diagnostic> m_items;
};

// One diagnostic as text: the header line, then the source line and a caret when known.
std::string render_text(const Diagnostic& d);
// "2 errors, 1 warning" (or "no problems").
std::string count_summary(std::size_t errors, std::size_t warnings);

}  // namespace ungap::util
