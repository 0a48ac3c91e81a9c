#include "engine/evaluate.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <functional>
#include <thread>

#include "engine/company_eval.h"
#include "engine/company_view.h"

namespace ungap::engine {

void parallel_for(std::size_t n, int jobs, const std::function<void(std::size_t)>& fn) {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(jobs), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < n; i = next++) fn(i);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

model::CompanyResult evaluate_company(const CompiledWorkspace& cw, const model::Company& company,
                                      util::Date as_of, util::Diagnostics& diags) {
  CompanyView view(company, as_of);
  CompanyEvaluator evaluator(cw, view, diags);
  return {-1, evaluator.evaluate()};
}

static std::vector<int> selected_companies(const model::Workspace& ws,
                                           const std::vector<std::string>& ids) {
  std::vector<int> selected;
  for (std::size_t i = 0; i < ws.companies.size(); ++i)
    if (ids.empty() || std::find(ids.begin(), ids.end(), ws.companies[i].id) != ids.end())
      selected.push_back(static_cast<int>(i));
  return selected;
}

void evaluate_each(const CompiledWorkspace& cw, const EvalOptions& options,
                   util::Diagnostics& diags, const RenderFn& render, const SinkFn& sink) {
  const auto& companies = cw.ws().companies;
  std::vector<int> selected = selected_companies(cw.ws(), options.companies);
  int threads = options.jobs > 0 ? options.jobs
                                 : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Two companies per thread per batch: enough to even out companies of different sizes, few
  // enough that a batch of results and report text stays small.
  std::size_t batch = static_cast<std::size_t>(threads) * 2;
  std::vector<model::CompanyResult> results;
  std::vector<std::string> texts;
  for (std::size_t start = 0; start < selected.size(); start += batch) {
    std::size_t n = std::min(batch, selected.size() - start);
    results.assign(n, {});
    texts.assign(n, {});
    parallel_for(n, options.jobs, [&](std::size_t k) {
      int c = selected[start + k];
      results[k] = evaluate_company(cw, companies[static_cast<std::size_t>(c)], options.as_of, diags);
      results[k].company = c;
      if (render) texts[k] = render(results[k]);
    });
    for (std::size_t k = 0; k < n; ++k) sink(std::move(results[k]), std::move(texts[k]));
  }
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
