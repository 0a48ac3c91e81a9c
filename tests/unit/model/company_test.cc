// Company: a claim's size and its rare fields, and lookups by id.
#include "model/company.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::model;

BOOST_AUTO_TEST_SUITE(company)

// The standard benchmark holds 200,000 claims (docs/performance.md): each byte here is 0.2 MB
// of the run's peak memory, so a field most claims leave empty belongs in ClaimExtras.
BOOST_AUTO_TEST_CASE(a_claim_keeps_its_rare_fields_behind_one_pointer) {
  BOOST_TEST(sizeof(Claim) <= 224u);
}

BOOST_AUTO_TEST_CASE(a_copied_claim_owns_its_extras) {
  Claim a;
  a.id = "k1";
  a.extras.edit().supersedes.push_back({"k0", {}});
  Claim b = a;
  b.extras.edit().supersedes.clear();
  BOOST_TEST(a.extras->supersedes.size() == 1u);
  BOOST_TEST(b.extras->supersedes.empty());
  BOOST_TEST(Claim{}.extras->note == "");
}

BOOST_AUTO_TEST_CASE(lookups_by_id_find_the_first_of_a_repeated_id) {
  Company c;
  for (const char* id : {"k0", "k1", "k1"}) {
    Claim cl;
    cl.id = id;
    c.claims.push_back(cl);
  }
  BOOST_TEST(c.claim_index("k1") == 1);
  BOOST_TEST(c.claim_index("none") == -1);
  BOOST_TEST(c.claim_positions().at("k1") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
