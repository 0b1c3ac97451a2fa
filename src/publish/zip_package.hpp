#pragma once
// A ZIP file put together in memory and written at once (libzip): the container of an Office Open XML file.
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace wm::publish {

class ZipPackage {
public:
  /// Adds a file at `name` (a path inside the package, '/'-separated), deflated unless `compress` is false
  /// (for what is compressed already, such as PNG). Files are written in the order they are added.
  void add(std::string name, std::string bytes, bool compress = true);
  /// Writes the package to `file` through `<file>.tmp` and a rename: a failed write leaves neither behind.
  /// Fails with libzip's or the file system's message.
  core::Result<bool> write(const std::filesystem::path& file) const;

private:
  struct Entry {
    std::string name, bytes;
    bool compress = true;
  };
  std::vector<Entry> _entries;
};

}  // namespace wm::publish
