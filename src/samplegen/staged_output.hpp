#pragma once
// Output written first into a private staging folder and moved into place only when everything succeeded, so
// that a failed run never leaves a half-written county behind and a new run replaces the old files cleanly.
#include <chrono>
#include <filesystem>
#include <vector>

#include "samplegen/failure.hpp"
#include "samplegen/county_generator.hpp"

namespace wm::samplegen {

class StagedOutput {
public:
  /// Creates outDir when needed and an empty staging folder inside it (named after the process id).
  static Result<StagedOutput> open(const std::filesystem::path& outDir);

  StagedOutput(StagedOutput&& other) noexcept;
  StagedOutput& operator=(StagedOutput&&) = delete;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  /// Removes the staging folder with whatever is left in it.
  ~StagedOutput();

  const std::filesystem::path& staging() const { return _staging; }
  const std::filesystem::path& outDir() const { return _outDir; }

  /// Moves every staged file to the same relative place under outDir, replacing files there. A replaced
  /// shapefile loses all its old side files first (a stale .cpg or .qix would lie about the new data).
  /// Returns the final paths, sorted.
  Result<std::vector<std::filesystem::path>> commit();

private:
  StagedOutput(std::filesystem::path outDir, std::filesystem::path staging);
  std::filesystem::path _outDir;
  std::filesystem::path _staging;
};

/// Commits the staged files and completes the summary: final file list, total bytes, seconds since started.
Result<GenerateSummary> finishSummary(StagedOutput& out, GenerateSummary summary,
                                      std::chrono::steady_clock::time_point started);

}  // namespace wm::samplegen
