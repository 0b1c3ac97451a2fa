#include "io/source_discovery.hpp"

#include <algorithm>
#include <filesystem>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include "core/text.hpp"
#include "io/shapefile_sidecars.hpp"
#include "io/tile_store.hpp"

namespace wm::io {
namespace fs = std::filesystem;
namespace {

constexpr const char* kVectorExtensions[] = {".shp",    ".gpkg", ".geojson", ".json", ".kml", ".fgb", ".gml", ".zip",
                                             ".sqlite", ".tab",  ".mif",     ".xlsx", ".xls", ".ods", ".csv"};

core::Diagnostic problem(core::Msg msg, const std::string& file) { return core::Diagnostic::error(msg).inFile(file); }

bool isGeodatabaseName(const std::string& path) {
  std::string lower = core::asciiLower(path);
  while (lower.ends_with("/")) lower.pop_back();
  return lower.ends_with(".gdb");
}

// A file geodatabase is a folder of .gdbtable files; inside a zip its member files are not datasets of their own.
bool insideGeodatabase(const std::string& member) {
  return core::asciiLower(member).find(".gdb/") != std::string::npos;
}

// The geodatabase folders holding the given .gdbtable members: "x.gdb" for "x.gdb/a00000001.gdbtable", and ""
// (the zip itself) when the tables lie at the zip's top level, as when a .gdb folder's content was zipped.
std::vector<std::string> geodatabasesOf(const std::vector<std::string>& tables) {
  std::vector<std::string> out;
  for (const auto& table : tables) {
    std::size_t slash = table.find_last_of('/');
    std::string folder = slash == std::string::npos ? std::string() : table.substr(0, slash);
    if (std::find(out.begin(), out.end(), folder) == out.end()) out.push_back(folder);
  }
  return out;
}

// Members of a zip that are vector datasets: shapefiles and single-file formats (not .zip inside .zip).
void addZipMembers(const std::string& zip, Discovery& out) {
  std::string root = "/vsizip/" + zip;
  char** entries = VSIReadDirRecursive(root.c_str());
  std::vector<std::string> members, gdbTables;
  for (char** e = entries; e && *e; ++e) {
    std::string member = *e;
    if (hasVectorExtension(member) && !core::asciiLower(member).ends_with(".zip") && !insideGeodatabase(member))
      members.push_back(member);
    else if (core::asciiLower(member).ends_with(".gdbtable"))
      gdbTables.push_back(member);
  }
  CSLDestroy(entries);
  for (const auto& gdb : geodatabasesOf(gdbTables)) members.push_back(gdb);
  std::sort(members.begin(), members.end());
  if (members.empty()) {
    out.problems.add(problem(core::Msg::ZipWithoutShapefile, zip));
    out.anyUnreadable = true;
    return;
  }
  for (const auto& m : members)
    out.datasets.push_back(m.empty() ? DatasetRef{root, zip} : DatasetRef{root + "/" + m, zip + "/" + m});
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
    if (fs::is_directory(source, ec) && isGeodatabaseName(source)) {
      out.datasets.push_back({source, source});
    } else if (fs::is_directory(source, ec)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(source, ec))
        if ((entry.is_regular_file() && hasVectorExtension(entry.path().string())) ||
            (entry.is_directory() && isGeodatabaseName(entry.path().string())))
          files.push_back(entry.path().string());
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        // A folder of map tiles is a basemap, not a mistake in the data: say where it belongs.
        const bool tiles = looksLikeTileFolder(source);
        out.problems.add(problem(tiles ? core::Msg::SourceIsTileSet : core::Msg::DirectoryWithoutData, source));
        out.anyUnreadable = true;
      }
      for (const auto& f : files) addFile(f, out);
    } else if (fs::exists(source, ec) && core::asciiLower(source).ends_with(".mbtiles")) {
      out.problems.add(problem(core::Msg::SourceIsTileSet, source));
      out.anyUnreadable = true;
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
