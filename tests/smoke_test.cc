#include <gtest/gtest.h>

#include "base/civil_date.h"

TEST(CivilDate, RoundTrip) {
  auto d = demarche::parse_iso_date("2016-11-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(demarche::format_iso_date(*d), "2016-11-20");
}
