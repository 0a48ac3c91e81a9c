#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "expr/ast.h"
#include "expr/type.h"
#include "expr/value.h"

namespace ungap::expr {

// What a parameter accepts: a concrete kind, or kAny (CEL's type parameter A).
enum class Param { kAny, kNull, kBool, kInt, kDouble, kString, kTimestamp, kList, kMap };

// Relations between argument types the checker enforces beyond the parameter kinds.
enum class Constraint {
  kNone,
  kSameType,    // _==_(A, A)
  kElemOfList,  // @in(A, list(A))
  kKeyOfMap,    // @in(K, map(K, V)) and _[_](map(K, V), K)
  kSameList,    // _+_(list(A), list(A))
};

// How the result type follows from the argument types.
enum class ResultRule { kFixed, kListElem, kMapValue, kFirstArg, kJoinLists };

using Impl = Value (*)(const Value* args, const Expr& call);

struct Overload {
  std::string_view function;  // CEL name: "size", "_+_", "@in", "_[_]"
  bool receiver;              // called as target.f(...); the target is args[0]
  std::vector<Param> params;
  TypeKind result;
  Impl impl;
  Constraint constraint = Constraint::kNone;
  ResultRule rule = ResultRule::kFixed;
};

// Every overload ungap knows, in the order they are tried.
const std::vector<Overload>& overloads();

// True when a function of this name exists in any call style.
bool function_exists(std::string_view name);
// Names of all functions callable by users (for "did you mean").
std::vector<std::string_view> function_names();

bool param_accepts(Param param, const Type& type);
bool param_accepts(Param param, const Value& value);

// "no matching overload for '_+_' applied to (string, int)".
Value no_matching_overload(std::string_view function, const Value* args, std::size_t count);

// The overload tables, one per family (operators.cc, strings.cc, conversions.cc).
void add_operator_overloads(std::vector<Overload>& out);
void add_string_overloads(std::vector<Overload>& out);
void add_conversion_overloads(std::vector<Overload>& out);

}  // namespace ungap::expr
