#pragma once
// Writing a whole small file so that a reader never sees it half written: the text goes to "<path>.tmp" beside
// it, which then replaces the file in one rename (atomic on POSIX file systems).
#include <filesystem>
#include <string_view>

namespace wm::core {

/// Writes `text` to `path` through "<path>.tmp" and a rename; false (the temporary removed, the old file left as
/// it was) when the directory cannot be written or the rename fails.
bool replaceFile(const std::filesystem::path& path, std::string_view text);

}  // namespace wm::core
