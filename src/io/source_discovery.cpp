#include "io/source_discovery.hpp"

#include <algorithm>
#include <filesystem>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include "core/text.hpp"
#include "io/shapefile_sidecars.hpp"

namespace wm::io {
namespace fs = std::filesystem;
namespace {

constexpr const char* kVectorExtensions[] = {".shp", ".gpkg", ".geojson", ".json", ".kml", ".fgb",
                                             ".gml", ".zip", ".sqlite", ".tab", ".mif"};

core::Diagnostic problem(core::Msg msg, const std::string& file, std::vector<std::string> args = {}) {
  return core::Diagnostic{core::Severity::Error, msg, std::move(args), file, {}, -1};
}

// Members of a zip that are vector datasets: shapefiles and single-file formats (not .zip inside .zip).
void addZipMembers(const std::string& zip, Discovery& out) {
  std::string root = "/vsizip/" + zip;
  char** entries = VSIReadDirRecursive(root.c_str());
  std::vector<std::string> members;
  for (char** e = entries; e && *e; ++e) {
    std::string member = *e;
    if (hasVectorExtension(member) && !core::asciiLower(member).ends_with(".zip")) members.push_back(member);
  }
  CSLDestroy(entries);
  std::sort(members.begin(), members.end());
  if (members.empty()) {
    out.problems.add(problem(core::Msg::ZipWithoutShapefile, zip));
    out.anyUnreadable = true;
    return;
  }
  for (const auto& m : members) out.datasets.push_back({root + "/" + m, zip + "/" + m});
}

void addFile(const std::string& path, Discovery& out) {
  if (core::asciiLower(path).ends_with(".zip"))
    addZipMembers(path, out);
  else
    out.datasets.push_back({path, path});
}

// Connection strings go into messages and reports; their passwords must not.
std::string withoutPassword(const std::string& connection) {
  std::string out = connection;
  std::size_t at = core::asciiLower(out).find("password=");
  if (at == std::string::npos) return out;
  std::size_t end = out.find(' ', at);
  out.replace(at, (end == std::string::npos ? out.size() : end) - at, "password=***");
  return out;
}

}  // namespace

bool hasVectorExtension(const std::string& path) {
  std::string lower = core::asciiLower(path);
  return std::any_of(std::begin(kVectorExtensions), std::end(kVectorExtensions),
                     [&](const char* ext) { return lower.ends_with(ext); });
}

Discovery discoverSources(const std::vector<std::string>& sources) {
  Discovery out;
  for (const auto& source : sources) {
    if (source.starts_with("PG:") || source.starts_with("pg:")) {
      out.datasets.push_back({source, withoutPassword(source)});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(source, ec))
        if (entry.is_regular_file() && hasVectorExtension(entry.path().string()))
          files.push_back(entry.path().string());
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        out.problems.add(problem(core::Msg::DirectoryWithoutData, source));
        out.anyUnreadable = true;
      }
      for (const auto& f : files) addFile(f, out);
    } else if (fs::exists(source, ec)) {
      addFile(source, out);
    } else {
      out.problems.add(problem(core::Msg::SourceNotFound, source));
      out.anyUnreadable = true;
    }
  }
  return out;
}

}  // namespace wm::io
