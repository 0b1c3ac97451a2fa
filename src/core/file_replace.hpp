#pragma once
// Writing a whole small file so that a reader never sees it half written: the text goes to "<path>.tmp" beside
// it, which is flushed to the disk and then replaces the file in one rename (atomic on POSIX file systems).
#include <filesystem>
#include <string_view>
#include <system_error>

namespace wm::core {

/// Writes `text` to `path` through "<path>.tmp" in the same folder, fsync and a rename; false (the temporary
/// removed, the old file left as it was) when the directory cannot be written or the rename fails.
bool replaceFile(const std::filesystem::path& path, std::string_view text);

/// The same, setting `why` to the reason of a failure (an errno value in std::generic_category(), such as
/// EACCES, ENOENT, ENOTDIR, EISDIR, ENOSPC, EROFS) and clearing it on success. A file that exists keeps its
/// permission bits; a symbolic link stays a link and the file it names is replaced.
bool replaceFile(const std::filesystem::path& path, std::string_view text, std::error_code& why);

}  // namespace wm::core
