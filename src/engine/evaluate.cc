#include "engine/evaluate.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/company_eval.h"
#include "engine/company_view.h"
#include "engine/unread_claims.h"
#include "util/parallel.h"
#include "util/thread.h"

namespace ungap::engine {

model::CompanyResult evaluate_company(const CompiledWorkspace& cw, const model::Company& company,
                                      util::Date as_of, util::Diagnostics& diags) {
  CompanyView view(company, as_of);
  CompanyEvaluator evaluator(cw, view, diags);
  model::CompanyResult result{-1, evaluator.evaluate(), {}};
  result.unread = unread_claims(view, result.findings);
  return result;
}

static std::vector<int> selected_companies(const model::Workspace& ws,
                                           const std::vector<std::string>& ids) {
  std::vector<int> selected;
  for (std::size_t i = 0; i < ws.companies.size(); ++i)
    if (ids.empty() || std::find(ids.begin(), ids.end(), ws.companies[i].id) != ids.end())
      selected.push_back(static_cast<int>(i));
  return selected;
}

namespace {

// A bounded window of results in flight: workers take the next company while fewer than
// `width` results are waiting to be handed on, and the consumer takes them in order. Memory
// stays at `width` companies whatever the run's size, and no worker waits for a whole batch.
class OrderedWindow {
 public:
  struct Slot {
    model::CompanyResult result;
    std::string text;
    bool ready = false;
  };

  OrderedWindow(std::size_t count, std::size_t width) : m_count(count), m_slots(width) {}

  // The next company to evaluate; false when there are none left.
  bool take(std::size_t& k) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_next >= m_count || m_next < m_consumed + m_slots.size(); });
    if (m_next >= m_count) return false;
    k = m_next++;
    return true;
  }
  Slot& slot(std::size_t k) { return m_slots[k % m_slots.size()]; }
  void done(std::size_t k) {
    {
      std::lock_guard lock(m_mutex);
      slot(k).ready = true;
    }
    m_ready.notify_all();
  }
  Slot& wait(std::size_t k) {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return slot(k).ready; });
    return slot(k);
  }
  void release(std::size_t k) {
    {
      std::lock_guard lock(m_mutex);
      slot(k) = Slot{};
      ++m_consumed;
    }
    m_space.notify_all();
  }

 private:
  std::size_t m_count;
  std::vector<Slot> m_slots;
  std::size_t m_next = 0, m_consumed = 0;
  std::mutex m_mutex;
  std::condition_variable m_ready, m_space;
};

}  // namespace

void evaluate_each(const CompiledWorkspace& cw, const EvalOptions& options,
                   util::Diagnostics& diags, const RenderFn& render, const SinkFn& sink) {
  const auto& companies = cw.ws().companies;
  std::vector<int> selected = selected_companies(cw.ws(), options.companies);
  int threads = util::thread_count(options.jobs);
  auto evaluate_one = [&](std::size_t k, model::CompanyResult& result, std::string& text) {
    int c = selected[k];
    result = evaluate_company(cw, companies[static_cast<std::size_t>(c)], options.as_of, diags);
    result.company = c;
    if (render) text = render(result);
    if (options.progress) options.progress->add();
  };
  if (options.progress) options.progress->begin("checking companies", selected.size());
  if (threads <= 1 || selected.size() <= 1) {
    for (std::size_t k = 0; k < selected.size(); ++k) {
      model::CompanyResult result;
      std::string text;
      evaluate_one(k, result, text);
      sink(std::move(result), std::move(text));
    }
    return;
  }
  OrderedWindow window(selected.size(), static_cast<std::size_t>(threads) * 2);
  std::vector<std::unique_ptr<util::Thread>> pool;  // a stack of known size (util/thread.h)
  for (int t = 0; t < threads; ++t)
    pool.push_back(std::make_unique<util::Thread>([&] {
      for (std::size_t k; window.take(k);) {
        auto& slot = window.slot(k);
        evaluate_one(k, slot.result, slot.text);
        window.done(k);
      }
    }));
  // The calling thread hands results on in order while the workers go on with later companies.
  for (std::size_t k = 0; k < selected.size(); ++k) {
    auto& slot = window.wait(k);
    sink(std::move(slot.result), std::move(slot.text));
    window.release(k);
  }
  for (auto& t : pool) t->join();
}

Results evaluate(const CompiledWorkspace& cw, const EvalOptions& options,
                 util::Diagnostics& diags) {
  Results results{options.as_of, {}};
  evaluate_each(cw, options, diags, nullptr, [&](model::CompanyResult&& r, std::string&&) {
    results.companies.push_back(std::move(r));
  });
  return results;
}

}  // namespace ungap::engine
