#include "expr/type.h"

namespace ungap::expr {

struct Type::Params {
  Type first;   // list element or map key
  Type second;  // map value
  std::shared_ptr<const ObjectType> object;
};

namespace {

const Type& dyn_type() {
  static const Type dyn;
  return dyn;
}

}  // namespace

Type Type::list(Type elem) {
  Type t(TypeKind::kList);
  t.m_params = std::make_shared<const Params>(Params{std::move(elem), Type(), nullptr});
  return t;
}

Type Type::map(Type key, Type value) {
  Type t(TypeKind::kMap);
  t.m_params = std::make_shared<const Params>(Params{std::move(key), std::move(value), nullptr});
  return t;
}

Type Type::object(std::shared_ptr<const ObjectType> object) {
  Type t(TypeKind::kObject);
  t.m_params = std::make_shared<const Params>(Params{Type(), Type(), std::move(object)});
  return t;
}

const Type& Type::elem() const {
  return m_kind == TypeKind::kList ? m_params->first : dyn_type();
}

const Type& Type::key() const {
  return m_kind == TypeKind::kMap ? m_params->first : dyn_type();
}

const Type& Type::value() const {
  return m_kind == TypeKind::kMap ? m_params->second : dyn_type();
}

const std::shared_ptr<const ObjectType>& Type::object() const {
  static const std::shared_ptr<const ObjectType> none;
  return m_kind == TypeKind::kObject ? m_params->object : none;
}

std::string Type::to_string() const {
  switch (m_kind) {
    case TypeKind::kDyn:
      return "dyn";
    case TypeKind::kNull:
      return "null";
    case TypeKind::kBool:
      return "bool";
    case TypeKind::kInt:
      return "int";
    case TypeKind::kDouble:
      return "double";
    case TypeKind::kString:
      return "string";
    case TypeKind::kTimestamp:
      return "timestamp";
    case TypeKind::kList:
      return "list(" + elem().to_string() + ")";
    case TypeKind::kMap:
      return "map(" + key().to_string() + ", " + value().to_string() + ")";
    case TypeKind::kObject:
      return object()->name;
  }
  return "dyn";
}

bool operator==(const Type& a, const Type& b) {
  if (a.m_kind != b.m_kind) return false;
  switch (a.m_kind) {
    case TypeKind::kList:
      return a.elem() == b.elem();
    case TypeKind::kMap:
      return a.key() == b.key() && a.value() == b.value();
    case TypeKind::kObject:
      return a.object() == b.object();
    default:
      return true;
  }
}

int ObjectType::find(std::string_view field) const {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field) return static_cast<int>(i);
  }
  return -1;
}

bool is_assignable(const Type& to, const Type& from) {
  if (to.is_dyn() || from.is_dyn()) return true;
  if (to.kind() != from.kind()) return false;
  switch (to.kind()) {
    case TypeKind::kList:
      return is_assignable(to.elem(), from.elem());
    case TypeKind::kMap:
      return is_assignable(to.key(), from.key()) && is_assignable(to.value(), from.value());
    case TypeKind::kObject:
      return to.object() == from.object();
    default:
      return true;
  }
}

Type join(const Type& a, const Type& b) {
  if (a.is_unknown()) return b;
  if (b.is_unknown()) return a;
  if (a == b) return a;
  if (a.kind() == b.kind() && a.kind() == TypeKind::kList)
    return Type::list(join(a.elem(), b.elem()));
  if (a.kind() == b.kind() && a.kind() == TypeKind::kMap) {
    return Type::map(join(a.key(), b.key()), join(a.value(), b.value()));
  }
  return Type::dyn();
}

}  // namespace ungap::expr
