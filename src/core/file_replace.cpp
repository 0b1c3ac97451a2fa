#include "core/file_replace.hpp"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm::core {
namespace {

namespace fs = std::filesystem;

std::error_code lastError() { return {errno, std::generic_category()}; }

std::error_code writeAll(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) return lastError();
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return {};
}

// The temporary file, its text on the disk (not only in the page cache) before it takes the file's name, so a
// power cut after the rename cannot leave an empty file behind.
std::error_code writeTemporary(const fs::path& temporary, std::string_view text, const struct stat* existing) {
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return lastError();
  std::error_code why;
  if (existing && ::fchmod(fd, existing->st_mode & 07777) != 0) why = lastError();
  if (!why) why = writeAll(fd, text);
  if (!why && ::fsync(fd) != 0) why = lastError();
  if (::close(fd) != 0 && !why) why = lastError();
  return why;
}

// Makes the rename itself durable. A failure here leaves the new file in place; it is not reported.
void syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool replaceFile(const fs::path& path, std::string_view text, std::error_code& why) {
  why.clear();
  fs::path target = path;
  std::error_code ec;
  if (fs::is_symlink(path, ec)) {
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (!ec) target = resolved;
  }
  struct stat existing {};
  const bool exists = ::stat(target.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) {
    why = std::make_error_code(std::errc::is_a_directory);
    return false;
  }
  fs::path temporary = target;
  temporary += ".tmp";
  why = writeTemporary(temporary, text, exists ? &existing : nullptr);
  if (!why && ::rename(temporary.c_str(), target.c_str()) != 0) why = lastError();
  if (why) {
    fs::remove(temporary, ec);
    return false;
  }
  syncFolder(target.parent_path());
  return true;
}

bool replaceFile(const fs::path& path, std::string_view text) {
  std::error_code why;
  return replaceFile(path, text, why);
}

}  // namespace wm::core
