#include "model/vocabulary.h"

namespace ungap::model {

const std::array<TermFieldInfo, kTermFieldCount>& term_fields() {
  static const std::array<TermFieldInfo, kTermFieldCount> fields{{
      {TermField::kTopic, "topics", "topic", "Topics", "claim `topics`"},
      {TermField::kContext, "contexts", "context", "Company contexts", "company `contexts`"},
      {TermField::kSector, "sectors", "sector", "Sectors", "company `sectors`"},
      {TermField::kCustomer, "customers", "customer", "Customers", "claim `scope.customers`"},
      {TermField::kProduct, "products", "product", "Products", "claim `scope.products`"},
      {TermField::kRight, "rights", "right", "Rights", "impact `rights`"},
      {TermField::kRightsHolder, "rights_holders", "rights-holder group", "Rights-holder groups",
       "impact `rights_holders`"},
  }};
  return fields;
}

const TermFieldInfo& term_field(TermField f) {
  return term_fields()[static_cast<std::size_t>(f)];
}

const Term* Vocabulary::find(TermField f, std::string_view id) const {
  for (const auto& t : of(f))
    if (t.id == id) return &t;
  return nullptr;
}

}  // namespace ungap::model
