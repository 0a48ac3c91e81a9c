#include "expr/parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "expr/nesting.h"
#include "util/thread.h"

namespace ungap::expr {

namespace {

// Internal only: unwinds the recursive descent to parse(), which turns it into a ParseResult.
struct ParseFailure {
  ExprError error;
};

struct BinaryOp {
  TokenKind token;
  const char* function;
};

constexpr BinaryOp kRelations[] = {
    {TokenKind::kEq, "_==_"}, {TokenKind::kNe, "_!=_"}, {TokenKind::kLt, "_<_"},
    {TokenKind::kLe, "_<=_"}, {TokenKind::kGt, "_>_"},  {TokenKind::kGe, "_>=_"},
    {TokenKind::kIn, "@in"},
};
constexpr BinaryOp kAdditions[] = {{TokenKind::kPlus, "_+_"}, {TokenKind::kMinus, "_-_"}};
constexpr BinaryOp kMultiplications[] = {
    {TokenKind::kStar, "_*_"}, {TokenKind::kSlash, "_/_"}, {TokenKind::kPercent, "_%_"}};

struct MacroSpec {
  const char* name;
  std::size_t arity;  // arguments after the receiver
  MacroKind kind;
};

constexpr MacroSpec kMacros[] = {
    {"all", 2, MacroKind::kAll},
    {"exists", 2, MacroKind::kExists},
    {"exists_one", 2, MacroKind::kExistsOne},
    {"filter", 2, MacroKind::kFilter},
    {"map", 2, MacroKind::kMap},
    {"map", 3, MacroKind::kMapFilter},
};

// CEL reserves these; they may follow a dot but cannot name a variable or function.
constexpr std::array<std::string_view, 17> kReserved = {
    "as",  "break", "const",   "continue",  "else",   "for", "function", "if",   "import",
    "let", "loop",  "package", "namespace", "return", "var", "void",     "while"};

class Parser {
 public:
  Parser(std::string_view text, const Limits& limits) : m_lexer(text), m_limits(limits) {
    advance();
  }

  ExprPtr parse_all() {
    ExprPtr e = expression();
    if (m_token.kind != TokenKind::kEnd) {
      fail(m_token.offset, fmt::format("unexpected {} after the expression", describe(m_token)));
    }
    return e;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, std::string message) {
    throw ParseFailure{ExprError{offset, std::move(message)}};
  }

  void advance() {
    m_token = m_lexer.next();
    if (m_token.kind == TokenKind::kError) fail(m_token.offset, m_token.string);
  }

  bool accept(TokenKind kind) {
    if (m_token.kind != kind) return false;
    advance();
    return true;
  }

  void expect(TokenKind kind, std::string_view what) {
    if (!accept(kind)) {
      fail(m_token.offset, fmt::format("expected '{}' but found {}", what, describe(m_token)));
    }
  }

  ExprPtr node(ExprKind kind, std::size_t offset, std::vector<ExprPtr> args = {}) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->offset = offset;
    for (const ExprPtr& a : args) e->height = std::max(e->height, a->height + 1);
    if (e->height > m_limits.max_depth) too_deep(offset);
    e->args = std::move(args);
    return e;
  }

  [[noreturn]] void too_deep(std::size_t offset) {
    fail(offset, fmt::format("expression nesting exceeds the limit of {}", m_limits.max_depth));
  }

  ExprPtr call(std::string name, std::size_t offset, std::vector<ExprPtr> args) {
    ExprPtr e = node(ExprKind::kCall, offset, std::move(args));
    e->name = std::move(name);
    return e;
  }

  // Guards every recursive entry, so "((((...": fails cleanly instead of exhausting the stack:
  // at the depth limit, or (on a thread smaller than ungap's own) when the stack runs low.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser, std::size_t offset) : p(parser) {
      if (++p.m_depth > p.m_limits.max_depth) p.too_deep(offset);
      if (util::stack_low()) p.fail(offset, kNestedTooDeeply);
    }
    ~DepthGuard() { --p.m_depth; }
  };

  ExprPtr expression() {
    DepthGuard guard(*this, m_token.offset);
    ExprPtr condition = logical(TokenKind::kOr);
    if (m_token.kind != TokenKind::kQuestion) return condition;
    std::size_t offset = m_token.offset;
    advance();
    ExprPtr then = logical(TokenKind::kOr);
    expect(TokenKind::kColon, ":");
    ExprPtr otherwise = expression();
    std::vector<ExprPtr> args;
    args.push_back(std::move(condition));
    args.push_back(std::move(then));
    args.push_back(std::move(otherwise));
    return node(ExprKind::kConditional, offset, std::move(args));
  }

  // || binds looser than &&; both are left-associative chains.
  ExprPtr logical(TokenKind op) {
    bool is_or = op == TokenKind::kOr;
    ExprPtr left = is_or ? logical(TokenKind::kAnd) : binary(kRelations, 0);
    while (m_token.kind == op) {
      std::size_t offset = m_token.offset;
      advance();
      ExprPtr right = is_or ? logical(TokenKind::kAnd) : binary(kRelations, 0);
      std::vector<ExprPtr> args;
      args.push_back(std::move(left));
      args.push_back(std::move(right));
      left = node(is_or ? ExprKind::kOr : ExprKind::kAnd, offset, std::move(args));
    }
    return left;
  }

  // Precedence levels: 0 relations, 1 additions, 2 multiplications, then unary.
  template <std::size_t N>
  ExprPtr binary(const BinaryOp (&ops)[N], int level) {
    auto operand = [&] {
      if (level == 0) return binary(kAdditions, 1);
      if (level == 1) return binary(kMultiplications, 2);
      return unary();
    };
    ExprPtr left = operand();
    while (true) {
      auto op = std::find_if(std::begin(ops), std::end(ops),
                             [&](const BinaryOp& b) { return b.token == m_token.kind; });
      if (op == std::end(ops)) return left;
      std::size_t offset = m_token.offset;
      advance();
      std::vector<ExprPtr> args;
      args.push_back(std::move(left));
      args.push_back(operand());
      left = call(op->function, offset, std::move(args));
    }
  }

  ExprPtr unary() {
    std::vector<std::pair<TokenKind, std::size_t>> ops;
    while (m_token.kind == TokenKind::kBang || m_token.kind == TokenKind::kMinus) {
      ops.emplace_back(m_token.kind, m_token.offset);
      advance();
      if (ops.size() > static_cast<std::size_t>(m_limits.max_depth)) too_deep(m_token.offset);
    }
    // A minus directly before an integer literal makes a negative literal, so that
    // -9223372036854775808 is representable.
    bool negate_literal = !ops.empty() && ops.back().first == TokenKind::kMinus &&
                          (m_token.kind == TokenKind::kInt || m_token.kind == TokenKind::kDouble);
    ExprPtr e = member(negate_literal);
    for (auto it = ops.rbegin() + (negate_literal ? 1 : 0); it != ops.rend(); ++it) {
      std::vector<ExprPtr> args;
      args.push_back(std::move(e));
      e = call(it->first == TokenKind::kBang ? "!_" : "-_", it->second, std::move(args));
    }
    return e;
  }

  ExprPtr member(bool negative) {
    ExprPtr e = primary(negative);
    while (true) {
      if (m_token.kind == TokenKind::kDot) {
        advance();
        if (m_token.kind == TokenKind::kQuotedIdent) {
          std::vector<ExprPtr> args;
          args.push_back(std::move(e));
          e = node(ExprKind::kSelect, m_token.offset, std::move(args));
          e->name = m_token.string;
          advance();
          continue;
        }
        if (m_token.kind != TokenKind::kIdent && m_token.kind != TokenKind::kIn) {
          fail(m_token.offset, fmt::format("expected a field or method name after '.' but found {}",
                                           describe(m_token)));
        }
        std::string name(m_token.text);
        std::size_t offset = m_token.offset;
        advance();
        if (m_token.kind == TokenKind::kLParen) {
          e = method(std::move(e), std::move(name), offset);
        } else {
          std::vector<ExprPtr> args;
          args.push_back(std::move(e));
          e = node(ExprKind::kSelect, offset, std::move(args));
          e->name = std::move(name);
        }
      } else if (m_token.kind == TokenKind::kLBracket) {
        std::size_t offset = m_token.offset;
        advance();
        std::vector<ExprPtr> args;
        args.push_back(std::move(e));
        args.push_back(expression());
        expect(TokenKind::kRBracket, "]");
        e = call("_[_]", offset, std::move(args));
      } else if (m_token.kind == TokenKind::kLBrace && e->kind == ExprKind::kIdent) {
        fail(m_token.offset, "message construction (Type{...}) is not supported");
      } else {
        return e;
      }
    }
  }

  std::vector<ExprPtr> arguments(TokenKind close, std::string_view close_text) {
    std::vector<ExprPtr> args;
    while (m_token.kind != close) {
      args.push_back(expression());
      if (!accept(TokenKind::kComma)) break;
    }
    expect(close, close_text);
    return args;
  }

  ExprPtr method(ExprPtr target, std::string name, std::size_t offset) {
    advance();  // (
    std::vector<ExprPtr> args = arguments(TokenKind::kRParen, ")");
    for (const MacroSpec& m : kMacros) {
      if (name == m.name && args.size() == m.arity) {
        return macro(m.kind, std::move(name), offset, std::move(target), std::move(args));
      }
    }
    args.insert(args.begin(), std::move(target));
    ExprPtr e = call(std::move(name), offset, std::move(args));
    e->receiver = true;
    return e;
  }

  ExprPtr macro(MacroKind kind, std::string name, std::size_t offset, ExprPtr target,
                std::vector<ExprPtr> args) {
    if (args[0]->kind != ExprKind::kIdent) {
      fail(args[0]->offset,
           fmt::format("the first argument of {}() must be a variable name", name));
    }
    std::string var = std::move(args[0]->name);
    args[0] = std::move(target);
    ExprPtr e = node(ExprKind::kComprehension, offset, std::move(args));
    e->name = std::move(name);
    e->macro = kind;
    e->var = std::move(var);
    return e;
  }

  ExprPtr primary(bool negative) {
    const Token t = m_token;
    switch (t.kind) {
      case TokenKind::kInt:
        return int_literal(t, negative);
      case TokenKind::kDouble:
        advance();
        return literal(Value::floating(negative ? -t.double_value : t.double_value), t);
      case TokenKind::kString:
        advance();
        return literal(Value::string(t.string), t);
      case TokenKind::kUint:
        fail(t.offset, "unsigned integer literals (1u) are not supported");
      case TokenKind::kBytes:
        fail(t.offset, "bytes literals (b'...') are not supported");
      case TokenKind::kIdent:
        return identifier();
      case TokenKind::kDot:
        advance();
        return identifier();
      case TokenKind::kLParen: {
        advance();
        ExprPtr e = expression();
        expect(TokenKind::kRParen, ")");
        return e;
      }
      case TokenKind::kLBracket: {
        advance();
        return node(ExprKind::kList, t.offset, arguments(TokenKind::kRBracket, "]"));
      }
      case TokenKind::kLBrace:
        return map_literal();
      default:
        fail(t.offset, fmt::format("expected an expression but found {}", describe(t)));
    }
  }

  ExprPtr literal(Value v, const Token& t) {
    ExprPtr e = node(ExprKind::kLiteral, t.offset);
    e->literal = std::move(v);
    return e;
  }

  ExprPtr int_literal(const Token& t, bool negative) {
    constexpr std::uint64_t kMaxMagnitude = 9223372036854775808ull;  // |INT64_MIN|
    if (t.int_overflow || t.int_value > kMaxMagnitude - (negative ? 0 : 1)) {
      fail(t.offset,
           fmt::format("integer literal {}{} is out of range", negative ? "-" : "", t.text));
    }
    advance();
    std::int64_t v = negative ? static_cast<std::int64_t>(0 - t.int_value)
                              : static_cast<std::int64_t>(t.int_value);
    return literal(Value::integer(v), t);
  }

  ExprPtr identifier() {
    const Token t = m_token;
    if (t.kind != TokenKind::kIdent) {
      fail(t.offset, fmt::format("expected an identifier but found {}", describe(t)));
    }
    advance();
    if (t.text == "true" || t.text == "false") return literal(Value::boolean(t.text == "true"), t);
    if (t.text == "null") return literal(Value::null(), t);
    if (std::find(kReserved.begin(), kReserved.end(), t.text) != kReserved.end()) {
      fail(t.offset, fmt::format("'{}' is a reserved word and cannot be used as a name", t.text));
    }
    if (m_token.kind != TokenKind::kLParen) {
      ExprPtr e = node(ExprKind::kIdent, t.offset);
      e->name = std::string(t.text);
      return e;
    }
    advance();
    std::vector<ExprPtr> args = arguments(TokenKind::kRParen, ")");
    if (t.text == "has") return has(t, std::move(args));
    return call(std::string(t.text), t.offset, std::move(args));
  }

  ExprPtr has(const Token& t, std::vector<ExprPtr> args) {
    if (args.size() != 1 || args[0]->kind != ExprKind::kSelect) {
      fail(t.offset, "has() takes one field selection, as in has(claim.quote)");
    }
    args[0]->test_only = true;
    return std::move(args[0]);
  }

  ExprPtr map_literal() {
    std::size_t offset = m_token.offset;
    advance();
    std::vector<ExprPtr> args;
    while (m_token.kind != TokenKind::kRBrace) {
      args.push_back(expression());
      expect(TokenKind::kColon, ":");
      args.push_back(expression());
      if (!accept(TokenKind::kComma)) break;
    }
    expect(TokenKind::kRBrace, "}");
    return node(ExprKind::kMap, offset, std::move(args));
  }

  Lexer m_lexer;
  const Limits& m_limits;
  Token m_token;
  int m_depth = 0;
};

}  // namespace

ParseResult parse(std::string_view text, const Limits& limits) {
  if (text.size() > limits.max_length) {
    return {nullptr, ExprError{limits.max_length,
                               fmt::format("expression is {} bytes long, over the limit of {}",
                                           text.size(), limits.max_length)}};
  }
  try {
    Parser parser(text, limits);
    return {parser.parse_all(), std::nullopt};
  } catch (const ParseFailure& failure) {
    return {nullptr, failure.error};
  }
}

}  // namespace ungap::expr
