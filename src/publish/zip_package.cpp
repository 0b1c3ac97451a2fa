#include "publish/zip_package.hpp"

#include <system_error>

#include <zip.h>

namespace wm::publish {
namespace {

std::string archiveError(zip_t* archive) { return zip_error_strerror(zip_get_error(archive)); }

// Adds every entry; the archive reads the bytes (owned by `entries`) only when it is closed.
core::Result<bool> addEntries(zip_t* archive, const auto& entries) {
  for (const auto& e : entries) {
    zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    if (!source) return core::Error{archiveError(archive)};
    const zip_int64_t index = zip_file_add(archive, e.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return core::Error{archiveError(archive)};
    }
    if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 0) != 0)
      return core::Error{archiveError(archive)};
  }
  return true;
}

}  // namespace

void ZipPackage::add(std::string name, std::string bytes, bool compress) {
  _entries.push_back({std::move(name), std::move(bytes), compress});
}

core::Result<bool> ZipPackage::write(const std::filesystem::path& file) const {
  std::filesystem::path temporary = file;
  temporary += ".tmp";
  std::error_code ec;
  std::filesystem::remove(temporary, ec);
  int code = 0;
  zip_t* archive = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = temporary.string() + ": " + zip_error_strerror(&error);
    zip_error_fini(&error);
    return core::Error{message};
  }
  if (auto added = addEntries(archive, _entries); !added) {
    zip_discard(archive);
    return added.error();
  }
  if (zip_close(archive) != 0) {
    std::string message = temporary.string() + ": " + archiveError(archive);
    zip_discard(archive);
    std::filesystem::remove(temporary, ec);
    return core::Error{message};
  }
  std::filesystem::rename(temporary, file, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return core::Error{file.string() + ": " + ec.message()};
  }
  return true;
}

}  // namespace wm::publish
