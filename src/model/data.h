#pragma once
// A free-form YAML value (company attributes, claim scope), typed the way YAML 1.2's core
// schema reads plain scalars, so rules see numbers as numbers and dates as timestamps.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "util/date.h"

namespace ungap::model {

struct DataEntry;

struct Data {
  enum class Kind { kNull, kBool, kInt, kDouble, kString, kDate, kList, kMap };
  Kind kind = Kind::kNull;
  bool boolean = false;
  int64_t integer = 0;
  double real = 0;
  std::string string;
  util::Date date;
  std::vector<Data> list;
  std::vector<DataEntry> map;  // in file order, keys unique

  const Data* find(std::string_view key) const;
};

// A map entry. Not std::pair<std::string, Data>: clang (14, with libstdc++ 12) rejects a pair
// whose second type is still incomplete inside Data, and the fuzz targets are built with clang.
struct DataEntry {
  std::string first;
  Data second;
};

}  // namespace ungap::model
