#include "model/framework.h"

namespace ungap::model {

int Framework::depth(const Obligation& ob) const {
  int d = 0;
  for (int p = ob.parent; p != kNoParent; p = obligations[static_cast<std::size_t>(p)].parent) ++d;
  return d;
}

int Framework::index_of(std::string_view local_id) const {
  for (std::size_t i = 0; i < obligations.size(); ++i)
    if (obligations[i].id == local_id) return static_cast<int>(i);
  return -1;
}

const Obligation* Framework::find(std::string_view local_id) const {
  int i = index_of(local_id);
  return i < 0 ? nullptr : &obligations[static_cast<std::size_t>(i)];
}

std::pair<std::string_view, std::string_view> split_ref(std::string_view ref) {
  auto slash = ref.find('/');
  if (slash == std::string_view::npos) return {{}, ref};
  return {ref.substr(0, slash), ref.substr(slash + 1)};
}

}  // namespace ungap::model
