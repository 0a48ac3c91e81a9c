#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "expr/type.h"
#include "expr/value.h"

namespace re2 {
class RE2;
}

namespace ungap::expr {

enum class ExprKind {
  kLiteral,        // `literal`
  kIdent,          // `name`; resolved to `slot`
  kSelect,         // args[0].`name`; resolved to `field_index` on objects; has() sets test_only
  kCall,           // `name`(args...), or args[0].`name`(args[1..]) when `receiver`
  kList,           // [args...]
  kMap,            // {args[0]: args[1], args[2]: args[3], ...}
  kConditional,    // args[0] ? args[1] : args[2]
  kAnd,            // args[0] && args[1]
  kOr,             // args[0] || args[1]
  kComprehension,  // a macro: args[0].`name`(var, args[1] [, args[2]])
};

enum class MacroKind { kNone, kAll, kExists, kExistsOne, kFilter, kMap, kMapFilter };

struct Overload;

// One node of the syntax tree. The parser builds it; the checker fills in the resolved parts
// (type, slot, field index, overloads) so evaluation never looks up a name.
struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  std::size_t offset = 0;  // byte offset of the node's defining token
  int height = 1;          // 1 + the tallest child's height

  Value literal;
  std::string name;  // identifier, field, function (CEL operator names like "_+_"), macro
  std::vector<std::unique_ptr<Expr>> args;
  bool receiver = false;   // call written as target.f(...)
  bool test_only = false;  // select inside has()
  MacroKind macro = MacroKind::kNone;
  std::string var;  // comprehension variable

  // Filled in by the checker.
  Type type;
  int slot = -1;         // ident: variable slot; comprehension: the variable's slot
  int field_index = -1;  // select on an object type
  std::vector<const Overload*> overloads;  // call: candidates, tried in order at run time
  std::shared_ptr<const re2::RE2> regex;   // matches() with a literal pattern, compiled once
  int max_regex_program_size = 0;          // for patterns only known at run time

  const Expr& arg(std::size_t i) const { return *args[i]; }
};

using ExprPtr = std::unique_ptr<Expr>;

}  // namespace ungap::expr
