#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::expr {

enum class TypeKind {
  kDyn,
  kNull,
  kBool,
  kInt,
  kDouble,
  kString,
  kTimestamp,
  kList,
  kMap,
  kObject
};

struct ObjectType;

// A static type. Cheap to copy: parameters live behind a shared pointer.
class Type {
 public:
  Type() = default;  // dyn
  explicit Type(TypeKind kind) : m_kind(kind) {}

  static Type dyn() { return Type(TypeKind::kDyn); }
  // The element, key or value type of an empty literal (`[]`, `{}`): not known yet. It acts as
  // dyn everywhere but in join(), where it takes the other side's type, as CEL's type
  // parameters do: `true ? [] : [1]` is list(int), so `'a' in (true ? [] : [1])` is an error.
  static Type unknown() {
    Type t;
    t.m_unknown = true;
    return t;
  }
  static Type null() { return Type(TypeKind::kNull); }
  static Type boolean() { return Type(TypeKind::kBool); }
  static Type integer() { return Type(TypeKind::kInt); }
  static Type floating() { return Type(TypeKind::kDouble); }
  static Type string() { return Type(TypeKind::kString); }
  static Type timestamp() { return Type(TypeKind::kTimestamp); }
  static Type list(Type elem);
  static Type map(Type key, Type value);
  static Type object(std::shared_ptr<const ObjectType> object);

  TypeKind kind() const { return m_kind; }
  bool is_dyn() const { return m_kind == TypeKind::kDyn; }
  bool is_unknown() const { return m_unknown; }
  // List element type; dyn for other kinds.
  const Type& elem() const;
  // Map key and value types; dyn for other kinds.
  const Type& key() const;
  const Type& value() const;
  const std::shared_ptr<const ObjectType>& object() const;

  // "int", "list(string)", "map(string, dyn)", or the object type's name.
  std::string to_string() const;

  friend bool operator==(const Type& a, const Type& b);

 private:
  struct Params;
  TypeKind m_kind = TypeKind::kDyn;
  bool m_unknown = false;  // only with kDyn
  std::shared_ptr<const Params> m_params;
};

struct ObjectField {
  std::string name;
  Type type;
};

// A record type with a fixed, ordered list of fields; values store fields by index.
struct ObjectType {
  std::string name;
  std::vector<ObjectField> fields;

  // Index of the field, or -1.
  int find(std::string_view field) const;
};

// True when a value of type `from` may be passed where `to` is expected (dyn matches all).
bool is_assignable(const Type& to, const Type& from);

// The most specific type covering both (dyn when they differ).
Type join(const Type& a, const Type& b);

}  // namespace ungap::expr
