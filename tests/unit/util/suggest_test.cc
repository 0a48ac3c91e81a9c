// "Did you mean": edit distance with transpositions, a length-scaled cut-off, stable ties.
#include "util/suggest.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace ungap::util;

BOOST_AUTO_TEST_SUITE(suggest)

BOOST_AUTO_TEST_CASE(edit_distance_counts_single_edits) {
  BOOST_TEST(edit_distance("", "") == 0u);
  BOOST_TEST(edit_distance("title", "title") == 0u);
  BOOST_TEST(edit_distance("titel", "title") == 1u);   // transposition
  BOOST_TEST(edit_distance("titl", "title") == 1u);    // deletion
  BOOST_TEST(edit_distance("tittle", "title") == 1u);  // insertion
  BOOST_TEST(edit_distance("kitten", "sitting") == 3u);
  BOOST_TEST(edit_distance("", "abc") == 3u);
}

BOOST_AUTO_TEST_CASE(suggests_the_closest_key) {
  std::vector<std::string> keys{"id", "title", "text", "severity", "children"};
  BOOST_TEST(did_you_mean("titel", keys) == " (did you mean 'title'?)");
  BOOST_TEST(did_you_mean("severty", keys) == " (did you mean 'severity'?)");
  BOOST_TEST(did_you_mean("childern", keys) == " (did you mean 'children'?)");
  BOOST_TEST(did_you_mean("Id", keys) == " (did you mean 'id'?)");
}

BOOST_AUTO_TEST_CASE(does_not_suggest_far_words) {
  std::vector<std::string> keys{"id", "title", "text"};
  BOOST_TEST(did_you_mean("publisher", keys).empty());
  BOOST_TEST(did_you_mean("xyz", keys).empty());
  BOOST_TEST(did_you_mean(std::string(1000, 'a'), keys).empty());  // too long to be a typo
  BOOST_TEST(did_you_mean("title", {}).empty());
}

BOOST_AUTO_TEST_CASE(never_suggests_the_word_itself) {
  BOOST_TEST(did_you_mean("ungp/19", {"ungp/19", "oecd/iv.5"}).empty());
  BOOST_TEST(closest("ungp/19", {"ungp/19", "ungp/18"}) == "ungp/18");
}

BOOST_AUTO_TEST_CASE(ties_go_to_the_first_candidate) {
  BOOST_TEST(closest("tex", {"text", "tax"}) == "text");
  BOOST_TEST(closest("tex", {"tax", "text"}) == "tax");
}

BOOST_AUTO_TEST_CASE(prefers_an_id_that_extends_what_was_typed) {
  // The parent is 5 edits away and the full id 6, but a word cut short is the likelier slip.
  std::vector<std::string> ids{"letter/u2023", "letter/u2023.technology", "letter/u2023.techno"};
  BOOST_TEST(did_you_mean("letter/u2023.tech", ids) == " (did you mean 'letter/u2023.techno'?)");
  BOOST_TEST(closest("letter/u2023.tech", {"letter/u2023", "letter/u2023.technology"}) ==
             "letter/u2023.technology");
  // Too short a word to guess which of its extensions was meant: edit distance decides.
  BOOST_TEST(closest("id", {"identity", "ic"}) == "ic");
}

BOOST_AUTO_TEST_SUITE_END()
