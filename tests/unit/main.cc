// The one translation unit that defines Boost.Test's main for each unit-test program.
#define BOOST_TEST_MODULE ungap
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
