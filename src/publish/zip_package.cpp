#include "publish/zip_package.hpp"

#include <system_error>

#include <zip.h>

namespace wm::publish {
namespace {

// libzip's reason for the archive's last failure, as a message argument.
std::string archiveError(zip_t* archive) {
  return core::libraryReasonArg("libzip", zip_error_strerror(zip_get_error(archive)));
}

core::Error cannotWrite(const std::filesystem::path& file, std::string reason) {
  return core::Error{core::Msg::CliCannotWrite, {file.string(), std::move(reason)}};
}

// Adds every entry; the archive reads the bytes (owned by `entries`) only when it is closed.
core::Result<bool> addEntries(zip_t* archive, const auto& entries, const std::filesystem::path& file) {
  for (const auto& e : entries) {
    zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    if (!source) return cannotWrite(file, archiveError(archive));
    const zip_int64_t index = zip_file_add(archive, e.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return cannotWrite(file, archiveError(archive));
    }
    if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 0) != 0)
      return cannotWrite(file, archiveError(archive));
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
    std::string reason = core::libraryReasonArg("libzip", zip_error_strerror(&error));
    zip_error_fini(&error);
    return cannotWrite(temporary, std::move(reason));
  }
  if (auto added = addEntries(archive, _entries, temporary); !added) {
    zip_discard(archive);
    return added.error();
  }
  if (zip_close(archive) != 0) {
    std::string reason = archiveError(archive);
    zip_discard(archive);
    std::filesystem::remove(temporary, ec);
    return cannotWrite(temporary, std::move(reason));
  }
  std::filesystem::rename(temporary, file, ec);
  if (ec) {
    std::string reason = core::systemReasonArg(ec);
    std::filesystem::remove(temporary, ec);
    return cannotWrite(file, std::move(reason));
  }
  return true;
}

}  // namespace wm::publish
