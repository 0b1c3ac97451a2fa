// A folder of tiles, {z}/{x}/{y}.png (or .jpg, .jpeg, .webp) as web-map tile downloaders and gdal2tiles write
// them. Rows count from the north (XYZ) unless gdal2tiles' tilemapresource.xml says the folder is a TMS one.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include <cpl_minixml.h>

#include "core/text.hpp"
#include "io/tile_store.hpp"

namespace wm::io {
namespace {

namespace fs = std::filesystem;
using core::Msg;

std::optional<int> smallNumber(const std::string& name) {
  if (name.empty() || name.size() > 9 ||
      !std::all_of(name.begin(), name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  return std::stoi(name);
}

bool isTileExtension(const std::string& ext) {
  const std::string e = core::asciiLower(ext);
  return e == ".png" || e == ".jpg" || e == ".jpeg" || e == ".webp";
}

// The numbered subfolders of `dir` (zoom levels, or columns), ascending.
std::vector<int> numberedFolders(const fs::path& dir, int largest) {
  std::vector<int> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code isDir;
    auto n = smallNumber(it->path().filename().string());
    if (n && *n <= largest && it->is_directory(isDir)) out.push_back(*n);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The tiles found at one zoom level: the range of their file columns and rows, and the first one's extension.
struct LevelScan {
  TileRange files;  ///< rows as named in the folder (TMS or XYZ)
  std::string extension;
  fs::path first;
};

// Looks at every tile of the level when `all`, else stops at the first one (to know that the level has tiles).
LevelScan scanLevel(const fs::path& root, int z, bool all) {
  LevelScan scan;
  scan.files = {z, 0, 0, -1, -1};
  const int last = static_cast<int>((1LL << z) - 1);
  for (int x : numberedFolders(root / std::to_string(z), last)) {
    std::error_code ec;
    for (fs::directory_iterator it(root / std::to_string(z) / std::to_string(x), ec), end; !ec && it != end;
         it.increment(ec)) {
      auto y = smallNumber(it->path().stem().string());
      if (!y || *y > last || !isTileExtension(it->path().extension().string())) continue;
      if (scan.extension.empty()) {
        scan.extension = it->path().extension().string();
        scan.first = it->path();
        scan.files = {z, x, *y, x, *y};
      }
      TileRange& r = scan.files;
      r.x0 = std::min(r.x0, x), r.x1 = std::max(r.x1, x), r.y0 = std::min(r.y0, *y), r.y1 = std::max(r.y1, *y);
      if (!all) return scan;
    }
  }
  return scan;
}

class FolderStore : public TileStore {
public:
  FolderStore(std::string path, TileSetFacts facts, std::string extension, bool tms)
      : _extension(std::move(extension)), _tms(tms) {
    _path = std::move(path);
    _facts = std::move(facts);
  }

  bool forEachTile(const TileRange& range, const std::function<void(const TileRef&)>& each, std::string&) override {
    const fs::path level = fs::path(_path) / std::to_string(range.z);
    for (int x = range.x0; x <= range.x1; ++x) {
      const fs::path column = level / std::to_string(x);
      std::error_code ec;
      if (!fs::is_directory(column, ec)) continue;
      for (int y = range.y0; y <= range.y1; ++y) {
        fs::path file = column / (std::to_string(_tms ? tmsRow(range.z, y) : y) + _extension);
        if (!fs::exists(file, ec)) continue;
        each({x, y, file.string(), file.string()});
      }
    }
    return true;
  }

private:
  std::string _extension;  ///< as the files spell it, dot included
  bool _tms;
};

// gdal2tiles writes tilemapresource.xml beside TMS tiles (not beside --xyz ones). Its SRS must be Web
// Mercator: a geodetic (lon/lat) tile set has other tiles. Returns the SRS when it is another one.
std::optional<std::string> otherSrs(const fs::path& xml) {
  CPLXMLNode* root = CPLParseXMLFile(xml.c_str());
  if (!root) return std::nullopt;
  std::string srs = CPLGetXMLValue(root, "=TileMap.SRS", "");
  CPLDestroyXMLNode(root);
  for (const char* mercator : {"3857", "900913", "3785", "41001"})
    if (srs.empty() || srs.find(mercator) != std::string::npos) return std::nullopt;
  return srs;
}

}  // namespace

bool looksLikeTileFolder(const std::string& path) {
  for (int z : numberedFolders(path, kMaxTileZoom))
    if (!numberedFolders(fs::path(path) / std::to_string(z), static_cast<int>((1LL << z) - 1)).empty()) return true;
  return false;
}

TileStoreOpen openFolderStore(const std::string& path) {
  TileStoreOpen out;
  auto fail = [&](Msg msg, std::vector<std::string> args) {
    out.problems.add(core::Diagnostic::error(msg, std::move(args)).inFile(path));
    return std::move(out);
  };
  const fs::path root(path);
  std::vector<int> zooms = numberedFolders(root, kMaxTileZoom);
  std::optional<LevelScan> lowest;
  for (int z : zooms)
    if (LevelScan scan = scanLevel(root, z, true); !scan.extension.empty()) {
      lowest = scan;
      break;
    }
  if (!lowest) return fail(Msg::BasemapFolderNoTiles, {});
  std::error_code ec;
  const bool tms = fs::exists(root / "tilemapresource.xml", ec);
  if (tms)
    if (auto srs = otherSrs(root / "tilemapresource.xml")) return fail(Msg::BasemapNotMercator, {*srs});
  TileSetFacts facts;
  facts.kind = tms ? "TMS" : "XYZ";
  facts.format = core::asciiLower(lowest->extension.substr(1));
  facts.minZoom = lowest->files.z;
  facts.maxZoom = facts.minZoom;
  for (auto z = zooms.rbegin(); z != zooms.rend() && *z > facts.minZoom; ++z)
    if (!scanLevel(root, *z, false).extension.empty()) {
      facts.maxZoom = *z;
      break;
    }
  facts.coverage = lowest->files;
  if (tms) {  // file rows count from the south
    facts.coverage.y0 = tmsRow(facts.minZoom, lowest->files.y1);
    facts.coverage.y1 = tmsRow(facts.minZoom, lowest->files.y0);
  }
  if (int width = probeTile(lowest->first.string()).width) facts.tileSize = width;
  out.store = std::make_unique<FolderStore>(path, std::move(facts), lowest->extension, tms);
  return out;
}

}  // namespace wm::io
