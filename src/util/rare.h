#pragma once
// Rare<T>: fields most objects leave at their defaults, kept behind one pointer that stays null
// until something is set. A claim has a dozen such fields (a note, a scope, what it
// supersedes...) that almost no claim uses; inline they cost 88 bytes each on millions of
// claims, behind a Rare 8. It copies as a value, so the owner stays a plain copyable struct.
#include <memory>

namespace ungap::util {

template <typename T>
class Rare {
 public:
  Rare() = default;
  Rare(const Rare& other) : m_p(other.m_p ? std::make_unique<T>(*other.m_p) : nullptr) {}
  Rare(Rare&&) noexcept = default;
  Rare& operator=(const Rare& other) {
    if (this != &other) m_p = other.m_p ? std::make_unique<T>(*other.m_p) : nullptr;
    return *this;
  }
  Rare& operator=(Rare&&) noexcept = default;
  ~Rare() = default;

  // The fields, or a default-constructed T when none was ever set.
  const T& operator*() const { return m_p ? *m_p : empty(); }
  const T* operator->() const { return &**this; }
  // The fields to change, allocated on first use.
  T& edit() {
    if (!m_p) m_p = std::make_unique<T>();
    return *m_p;
  }
  bool allocated() const { return m_p != nullptr; }

 private:
  static const T& empty() {
    static const T kEmpty{};
    return kEmpty;
  }
  std::unique_ptr<T> m_p;
};

}  // namespace ungap::util
