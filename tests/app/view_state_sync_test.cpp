// ViewStateSync's conversions between the desk's window pixels (top left, y down) and the camera's (bottom left,
// y up), with hand-worked rectangles.
#include "app/view_state_sync.hpp"

#include <gtest/gtest.h>

using namespace wm;

TEST(ViewStateSync, TheFreeMapIsFramedInTheCamerasPixelsFromTheBottomLeft) {
  // 600 px tall: 40 px from the top is 560 px from the bottom, 500 from the top is 100 from the bottom.
  const auto r = app::ViewStateSync::framing(ui::ScreenRect{100, 40, 700, 500}, 600);
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->x0, 100);
  EXPECT_DOUBLE_EQ(r->y0, 100);
  EXPECT_DOUBLE_EQ(r->x1, 700);
  EXPECT_DOUBLE_EQ(r->y1, 560);
  EXPECT_FALSE(app::ViewStateSync::framing(ui::ScreenRect{}, 600));  // nothing free reported: the whole window
}
