// Vocabulary files and the words data and rules use, checked against them.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

const char* kVocabulary =
    "vocabulary: {title: Words}\n"
    "topics:\n"
    "  - {id: suspension, definition: Services stopped.}\n"
    "  - {id: surveillance, group: Allegations, definition: Mass surveillance.}\n"
    "contexts:\n"
    "  - {id: state-security-customers, definition: Sells to state security bodies.}\n"
    "customers:\n"
    "  - {id: imod, definition: The ministry.}\n";

const char* kCompany =
    "company:\n"
    "  id: acme\n"
    "  sectors: [cloud]\n"
    "  contexts: [state-security-customer]\n"
    "sources:\n"
    "  - {id: s1, date: 2025-09-25}\n"
    "claims:\n"
    "  - {id: c1, source: s1, kind: action, topics: [suspenson, surveillance],\n"
    "     scope: {customers: [imd], places: [gaza]}}\n"
    "  - {id: c2, source: s1, kind: action, topics: [suspenson]}\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(vocabulary_file)

BOOST_AUTO_TEST_CASE(loads_terms_by_field_in_file_order) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("vocabulary.yaml", kVocabulary);
  BOOST_TEST(d == Lines{}, boost::test_tools::per_element());
  const auto& v = f.ws().vocabulary;
  BOOST_TEST(v.present);
  BOOST_TEST(v.title == "Words");
  BOOST_TEST_REQUIRE(v.of(ungap::model::TermField::kTopic).size() == 2u);
  BOOST_TEST(v.of(ungap::model::TermField::kTopic)[1].group == "Allegations");
  BOOST_TEST(v.checks(ungap::model::TermField::kContext));
  BOOST_TEST(!v.checks(ungap::model::TermField::kSector));
}

BOOST_AUTO_TEST_CASE(reports_undeclared_words_once_per_file_with_did_you_mean) {
  ungap::test::Workspace f;
  f.write("vocabulary.yaml", kVocabulary);
  Lines d = f.lint_one("acme.yaml", kCompany);
  BOOST_TEST(d == (Lines{"acme.yaml:4:14: error: context 'state-security-customer' is not in the "
                         "vocabulary (did you mean 'state-security-customers'?) [undeclared-term]",
                         "acme.yaml:8:49: error: topic 'suspenson' is not in the vocabulary (did "
                         "you mean 'suspension'?) (used 2 times in this file) [undeclared-term]",
                         "acme.yaml:9:26: error: customer 'imd' is not in the vocabulary (did you "
                         "mean 'imod'?) [undeclared-term]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(checks_nothing_without_a_vocabulary) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml", kCompany);
  BOOST_TEST(d == Lines{}, boost::test_tools::per_element());
  BOOST_TEST(!f.ws().vocabulary.present);
}

BOOST_AUTO_TEST_CASE(reports_duplicate_terms_across_files) {
  ungap::test::Workspace f;
  f.write("a/vocabulary.yaml", kVocabulary);
  Lines d = f.lint_one("b/more.yaml",
                       "vocabulary: {}\n"
                       "topics:\n"
                       "  - {id: suspension, definition: Again.}\n");
  BOOST_TEST(d == (Lines{"b/more.yaml:3:5: error: duplicate topic 'suspension' (first defined at "
                         "a/vocabulary.yaml:3:5) [duplicate-id]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_term_needs_an_id_and_a_definition) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("vocabulary.yaml",
                       "vocabulary: {}\n"
                       "topics:\n"
                       "  - {id: Bad Word, definition: x}\n"
                       "  - {id: fine}\n");
  BOOST_TEST(d == (Lines{"vocabulary.yaml:3:10: error: invalid id 'Bad Word': ids are lower-case "
                         "letters, digits, '.', '_' and '-', starting with a letter or digit "
                         "[invalid-id]",
                         "vocabulary.yaml:4:5: error: missing required key 'definition' in term "
                         "[missing-key]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_rule_literals_outside_the_vocabulary) {
  ungap::test::Workspace f;
  f.write("vocabulary.yaml", kVocabulary);
  Lines d = f.lint_one(
      "rules.yaml",
      "rules:\n"
      "  - id: r1\n"
      "    checks: [fw/a]\n"
      "    when: \"'state-security-customer' in company.contexts\"\n"
      "    elements:\n"
      "      - {id: e1, match: \"'suspenson' in claim.topics && claim.kind == 'actoin'\"}\n"
      "      - {id: e2, match: \"claim.topics.exists(t, t == 'surveilance')\"}\n"
      "      - {id: e3, match: \"claim.kind in ['action', 'proces'] && 'suspension' in "
      "claim.topics\"}\n"
      "      - {id: e4, match: \"'imdo' in claim.scope.customers && claim.by != 'compny'\"}\n");
  // Without the framework, the dangling reference is reported too; the literals are what count.
  Lines literals;
  for (const auto& line : d)
    if (line.find("dangling-ref") == std::string::npos) literals.push_back(line);
  BOOST_TEST(
      literals == (Lines{"rules.yaml:4:12: error: context 'state-security-customer' is not in the "
                         "vocabulary (did you mean 'state-security-customers'?): company.contexts "
                         "never holds it [undeclared-term]",
                         "rules.yaml:6:26: error: topic 'suspenson' is not in the vocabulary (did "
                         "you mean 'suspension'?): claim.topics never holds it [undeclared-term]",
                         "rules.yaml:6:71: error: invalid claim kind 'actoin': expected one of "
                         "commitment, process, action, disclosure, finding, denial, allegation, "
                         "response (did you mean 'action'?) [invalid-value]",
                         "rules.yaml:7:54: error: topic 'surveilance' is not in the vocabulary "
                         "(did you mean 'surveillance'?): claim.topics never holds it "
                         "[undeclared-term]",
                         "rules.yaml:8:51: error: invalid claim kind 'proces': expected one of "
                         "commitment, process, action, disclosure, finding, denial, allegation, "
                         "response (did you mean 'process'?) [invalid-value]",
                         "rules.yaml:9:26: error: customer 'imdo' is not in the vocabulary (did "
                         "you mean 'imod'?): claim.scope.customers never holds it "
                         "[undeclared-term]",
                         "rules.yaml:9:73: error: invalid by 'compny': expected one of company, "
                         "third-party (did you mean 'company'?) [invalid-value]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(checks_enumeration_literals_without_a_vocabulary) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("rules.yaml",
                       "rules:\n"
                       "  - id: r1\n"
                       "    checks: [fw/a]\n"
                       "    elements:\n"
                       "      - {id: e1, match: \"'anything' in claim.topics && claim.source.kind "
                       "== 'nws'\"}\n");
  Lines literals;
  for (const auto& line : d)
    if (line.find("dangling-ref") == std::string::npos) literals.push_back(line);
  BOOST_TEST(literals == (Lines{"rules.yaml:5:77: error: invalid source kind 'nws': expected one "
                                "of policy, report, blog, letter, news, filing, statement, other "
                                "(did you mean 'news'?) [invalid-value]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
