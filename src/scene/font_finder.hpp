#pragma once
// Finding a font that can write Chinese, through fontconfig (never a hard-coded path).
#include <string>

#include "core/result.hpp"

namespace wm::scene {

struct FontFile {
  std::string path;
  int index = 0;  ///< face index inside a collection (.ttc): Noto Sans CJK's Simplified Chinese face is 2
};

/// The best installed sans-serif face for zh-CN that really covers common Hanzi (checked on 城区道路停车场).
/// Fails with a message naming the Debian package to install when there is none.
core::Result<FontFile> findChineseFont();

}  // namespace wm::scene
