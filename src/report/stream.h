#pragma once
// Reports written company by company: a format that can stream gets each company's results as
// soon as they are evaluated and turns them into text, so a run over thousands of companies
// never holds more than a batch of results in memory.
#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "report/report_data.h"

namespace ungap::report {

struct WriteOptions;

// A report that cannot be written (XLSX: past Excel's row limit or 4 GiB): the check
// run turns it into the util::OutputError of the report's file, exit 2.
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Totals over the listed findings of the selected frameworks, gathered as companies pass by.
class SummaryCounter {
 public:
  void add(const model::Workspace& ws, const std::vector<int>& frameworks,
           const model::CompanyResult& cr);
  std::string line(util::Date as_of, std::size_t frameworks) const;

 private:
  StatusCounts m_counts;
  int m_contested = 0, m_overdue = 0;
  std::size_t m_companies = 0;
};

struct StreamContext {
  const model::Workspace& ws;
  util::Date as_of;
  std::vector<int> frameworks;
  const SummaryCounter& summary;  // complete by the time end() is called
};

// How much room to reserve for a company's text: the size of the last one written, plus an
// eighth. Companies of one workspace tend to be alike, and a text of a megabyte or more would
// otherwise grow step by step. A hint only, shared by the worker threads: any value is correct.
class SizeHint {
 public:
  std::size_t get() const { return m_size.load(std::memory_order_relaxed); }
  void update(std::size_t size) const { m_size.store(size + size / 8, std::memory_order_relaxed); }

 private:
  mutable std::atomic<std::size_t> m_size{0};
};

class ReportStream {
 public:
  virtual ~ReportStream() = default;
  virtual std::string begin() = 0;
  // Called from several threads at once: must not change the stream.
  virtual std::string company(const model::CompanyResult& cr) const = 0;
  // Written between two companies' texts.
  virtual std::string between() const { return {}; }
  // Called on the writing thread, in company order, with company()'s text: what to write. A
  // format that builds its output elsewhere (XLSX's workbook) takes the company here.
  virtual std::string take(const model::CompanyResult&, std::string&& text) {
    return std::move(text);
  }
  virtual std::string end() = 0;
  // The rest of the output after end(), a piece at a time until an empty one, so a format whose
  // bytes are assembled at the end (XLSX) is never held whole.
  virtual std::string more() { return {}; }
};

using StreamFactory = std::unique_ptr<ReportStream> (*)(const StreamContext&, const WriteOptions&);

std::unique_ptr<ReportStream> json_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> csv_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> markdown_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> html_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> xlsx_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> table_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> sarif_stream(const StreamContext& ctx, const WriteOptions& o);
std::unique_ptr<ReportStream> junit_stream(const StreamContext& ctx, const WriteOptions& o);

// A whole report from results already in memory, through the format's stream.
std::string write_streamed(StreamFactory factory, const Run& run, const WriteOptions& o);

// Whether a finding belongs in the report: a selected framework, and listed.
bool selected(const model::Workspace& ws, const std::vector<int>& frameworks,
              const model::Finding& f);

}  // namespace ungap::report
