#include "engine/impact_eval.h"

#include <algorithm>

#include "expr/rule_env.h"

namespace ungap::engine {

namespace {

expr::Value strings(const std::vector<std::string>& items) {
  expr::ValueList out;
  out.reserve(items.size());
  for (const auto& s : items) out.push_back(expr::Value::string(s));
  return expr::Value::list(std::move(out));
}

template <typename E>
expr::Value spelled(E value) {
  return expr::Value::string(std::string(model::to_string(value)));
}

expr::Value impact_value(const model::Impact& im,
                         const std::vector<model::InvolvementMode>& modes) {
  using namespace expr::ImpactField;
  expr::ObjectBuilder b(expr::impact_type());
  b.set(kId, expr::Value::string(im.id));
  b.set(kTitle, expr::Value::string(im.title));
  if (!im.summary.empty()) b.set(kSummary, expr::Value::string(im.summary));
  b.set(kRights, strings(im.rights));
  b.set(kRightsHolders, strings(im.rights_holders));
  std::string label = involvement_label(modes);
  if (!label.empty()) b.set(kInvolvement, expr::Value::string(label));
  std::vector<std::string> mode_names;
  for (auto m : modes) mode_names.emplace_back(model::to_string(m));
  b.set(kModes, strings(mode_names));
  if (im.severity.given) {
    b.set(kScale, spelled(im.severity.scale));
    b.set(kScope, spelled(im.severity.scope));
    b.set(kRemediability, spelled(im.severity.remediability));
  }
  b.set(kSeverity, expr::Value::integer(im.severity.rank()));
  return std::move(b).build();
}

// The flags of every impact's verdict, kept where they can be true of the company's: contested
// only on a verdict resting on evidence (never a gap), late only on a met one.
model::FlagSet company_flags(model::FlagSet all, model::Status status) {
  model::FlagSet out;
  for (auto f : all.list()) {
    if (f == model::Flag::kContested && status == model::Status::kGap) continue;
    if (f == model::Flag::kLate && status != model::Status::kMet) continue;
    out.add(f);
  }
  return out;
}

// Whether RuleResult::modes bits hold `mode`.
bool has_mode(std::uint8_t mode_bits, model::InvolvementMode mode) {
  return (mode_bits & (1u << static_cast<unsigned>(mode))) != 0;
}

}  // namespace

std::string involvement_label(const std::vector<model::InvolvementMode>& modes) {
  if (modes.size() > 1) return "disputed";
  return modes.empty() ? "" : std::string(model::to_string(modes.front()));
}

std::string involvement_label(std::uint8_t mode_bits) {
  std::vector<model::InvolvementMode> modes;
  for (const auto& n : model::enum_names<model::InvolvementMode>())
    if (has_mode(mode_bits, n.value)) modes.push_back(n.value);
  return involvement_label(modes);
}

std::vector<const model::Involvement*> noted_involvement(const model::Impact& im,
                                                         std::uint8_t mode_bits) {
  std::vector<const model::Involvement*> out;
  for (const auto& inv : im.involvement)
    if (!inv.note.empty() && has_mode(mode_bits, inv.mode)) out.push_back(&inv);
  return out;
}

std::vector<ImpactView> impact_views(const CompanyView& view) {
  const model::Company& c = view.company();
  std::vector<ImpactView> out;
  if (c.impacts.empty()) return out;
  std::vector<bool> visible(c.claims.size());
  for (int i : view.visible()) visible[static_cast<std::size_t>(i)] = true;
  for (std::size_t i = 0; i < c.impacts.size(); ++i) {
    const model::Impact& im = c.impacts[i];
    bool known = false;
    for (int k : view.visible())
      known = known || model::concerns(c.claims[static_cast<std::size_t>(k)], im.id);
    if (!known) continue;
    ImpactView iv;
    iv.index = static_cast<int>(i);
    for (const auto& inv : im.involvement)
      for (const auto& ref : inv.claims) {
        int k = c.claim_index(ref.id);
        if (k >= 0 && visible[static_cast<std::size_t>(k)] &&
            std::find(iv.modes.begin(), iv.modes.end(), inv.mode) == iv.modes.end())
          iv.modes.push_back(inv.mode);
      }
    std::sort(iv.modes.begin(), iv.modes.end());
    iv.value = impact_value(im, iv.modes);
    out.push_back(std::move(iv));
  }
  std::stable_sort(out.begin(), out.end(), [&](const ImpactView& a, const ImpactView& b) {
    return c.impacts[static_cast<std::size_t>(a.index)].severity.rank() >
           c.impacts[static_cast<std::size_t>(b.index)].severity.rank();
  });
  return out;
}

model::RuleResult worst_over_impacts(int rule, std::vector<model::RuleResult> per_impact) {
  const model::RuleResult* worst = nullptr;
  model::FlagSet flags;
  for (const auto& r : per_impact) {
    if (!r.applicable) continue;
    flags.merge(r.flags);
    // Strictly lower only: among equals the first, i.e. the most severe impact, decides. Each
    // impact's status and score already agree (combine.h), so the lowest score is also the
    // worst status and the company's verdict is that impact's, unchanged.
    if (!worst || r.score < worst->score || (r.score == worst->score && r.status < worst->status))
      worst = &r;
  }
  model::RuleResult out;
  if (worst) {
    out = *worst;
    out.flags = company_flags(flags, out.status);
  } else {
    out.rule = rule;
    out.applicable = false;
    out.status = model::Status::kNotApplicable;
  }
  out.impacts = std::move(per_impact);
  return out;
}

}  // namespace ungap::engine
