#include "util/intern.h"

#include <mutex>
#include <unordered_set>

namespace ungap::util {

Symbol intern(std::string_view text) {
  // Elements of an unordered_set keep their address when it rehashes.
  static std::unordered_set<std::string> pool;
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  return &*pool.emplace(text).first;
}

}  // namespace ungap::util
