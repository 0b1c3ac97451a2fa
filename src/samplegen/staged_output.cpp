#include "samplegen/staged_output.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <system_error>

#include <unistd.h>

namespace wm::samplegen {
namespace fs = std::filesystem;

namespace {

void removeStaleSiblings(const fs::path& target) {
  static const char* const shapefileParts[] = {".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj"};
  static const char* const sqliteParts[] = {"-wal", "-shm", "-journal"};
  std::error_code ignored;
  if (target.extension() == ".shp") {
    for (const char* ext : shapefileParts) {
      fs::path sibling = target;
      fs::remove(sibling.replace_extension(ext), ignored);
    }
  } else if (target.extension() == ".gpkg") {
    for (const char* suffix : sqliteParts) fs::remove(fs::path(target.string() + suffix), ignored);
  }
}

}  // namespace

StagedOutput::StagedOutput(fs::path outDir, fs::path staging)
    : _outDir(std::move(outDir)), _staging(std::move(staging)) {}

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : _outDir(std::move(other._outDir)), _staging(std::move(other._staging)) {
  other._staging.clear();
}

StagedOutput::~StagedOutput() {
  std::error_code ignored;
  if (!_staging.empty()) fs::remove_all(_staging, ignored);
}

Result<StagedOutput> StagedOutput::open(const fs::path& outDir) {
  std::error_code ec;
  fs::create_directories(outDir, ec);
  if (ec) return Failure{"cannot create " + outDir.string() + ": " + ec.message()};
  fs::path staging = outDir / (".gencounty-staging-" + std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  fs::create_directory(staging, ec);
  if (ec) return Failure{"cannot create " + staging.string() + ": " + ec.message()};
  return StagedOutput(outDir, staging);
}

Result<std::vector<fs::path>> StagedOutput::commit() {
  std::vector<fs::path> staged;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(_staging, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file()) staged.push_back(it->path());
  }
  if (ec) return Failure{"cannot list " + _staging.string() + ": " + ec.message()};
  std::sort(staged.begin(), staged.end());
  // First clear out the old versions of what is replaced, then move the new files in.
  for (const fs::path& file : staged) removeStaleSiblings(_outDir / fs::relative(file, _staging));
  std::vector<fs::path> written;
  for (const fs::path& file : staged) {
    fs::path target = _outDir / fs::relative(file, _staging);
    fs::create_directories(target.parent_path(), ec);
    fs::rename(file, target, ec);
    if (ec) return Failure{"cannot move " + file.string() + " to " + target.string() + ": " + ec.message()};
    written.push_back(target);
  }
  fs::remove_all(_staging, ec);
  _staging.clear();
  return written;
}

Result<GenerateSummary> finishSummary(StagedOutput& out, GenerateSummary summary,
                                      std::chrono::steady_clock::time_point started) {
  auto files = out.commit();
  if (!files) return files.error();
  summary.outDir = out.outDir();
  summary.files = std::move(*files);
  std::error_code ec;
  for (const fs::path& f : summary.files) {
    std::uintmax_t size = fs::file_size(f, ec);
    if (!ec) summary.bytes += size;
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace wm::samplegen
