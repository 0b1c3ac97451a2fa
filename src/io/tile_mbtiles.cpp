// An MBTiles file: an SQLite database whose `tiles` table (or view) holds each tile's image bytes by zoom_level,
// tile_column and tile_row (TMS rows, from the south). Read through GDAL's SQLite driver, one query per range;
// each tile's bytes are handed over as a /vsimem/ file for GDAL's PNG/JPEG/WebP drivers to decode.
#include <optional>

#include <cpl_vsi.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "io/gdal_error_capture.hpp"
#include "io/tile_store.hpp"

namespace wm::io {
namespace {

using core::Msg;

struct DatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// The rows of one SQL query, released with it.
class QueryRows {
public:
  QueryRows(GDALDataset& db, const std::string& sql) : _db(db), _layer(db.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {}
  ~QueryRows() {
    if (_layer) _db.ReleaseResultSet(_layer);
  }
  QueryRows(const QueryRows&) = delete;
  QueryRows& operator=(const QueryRows&) = delete;
  OGRLayer* layer() const { return _layer; }
  /// The next row (null at the end).
  OGRFeatureUniquePtr next() { return OGRFeatureUniquePtr(_layer ? _layer->GetNextFeature() : nullptr); }

private:
  GDALDataset& _db;
  OGRLayer* _layer;
};

// Integers of the first row of a query; nothing when the query fails or a value is NULL.
std::optional<std::vector<long long>> firstRow(GDALDataset& db, const std::string& sql, int columns) {
  QueryRows rows(db, sql);
  OGRFeatureUniquePtr row = rows.next();
  if (!row) return std::nullopt;
  std::vector<long long> values;
  for (int i = 0; i < columns; ++i) {
    if (!row->IsFieldSetAndNotNull(i)) return std::nullopt;
    values.push_back(row->GetFieldAsInteger64(i));
  }
  return values;
}

std::string metadataValue(GDALDataset& db, const char* name) {
  GdalErrorCapture quiet;  // a file without a metadata table still has tiles
  QueryRows rows(db, fmt::format("SELECT value FROM metadata WHERE name = '{}'", name));
  OGRFeatureUniquePtr row = rows.next();
  return row && row->IsFieldSetAndNotNull(0) ? core::asciiLower(core::trim(row->GetFieldAsString(0))) : std::string();
}

// Hands the bytes of a tile (a blob of `row`'s column `column`) to `use` as an in-memory file GDAL opens.
template <typename Use>
void withTileFile(OGRFeature& row, int column, const std::string& name, Use use) {
  int bytes = 0;
  GByte* data = row.GetFieldAsBinary(column, &bytes);
  // The bytes stay the row's: the in-memory file only borrows them while the tile is decoded.
  VSILFILE* file = VSIFileFromMemBuffer(name.c_str(), data, static_cast<vsi_l_offset>(bytes), FALSE);
  if (!file) return;
  VSIFCloseL(file);
  use();
  VSIUnlink(name.c_str());
}

// The size and format of one tile of level z (nothing when it cannot be read).
TileProbe probeFirstTile(GDALDataset& db, int z) {
  QueryRows rows(db, fmt::format("SELECT tile_data FROM tiles WHERE zoom_level = {} LIMIT 1", z));
  OGRFeatureUniquePtr row = rows.next();
  TileProbe probe;
  const std::string name = fmt::format("/vsimem/worksmap_probe_{}.img", static_cast<const void*>(&db));
  if (row) withTileFile(*row, 0, name, [&] { probe = probeTile(name); });
  return probe;
}

class MbtilesStore : public TileStore {
public:
  MbtilesStore(std::string path, DatasetPtr db, TileSetFacts facts) : _db(std::move(db)) {
    _path = std::move(path);
    _facts = std::move(facts);
  }

  bool forEachTile(const TileRange& r, const std::function<void(const TileRef&)>& each, std::string& error) override {
    GdalErrorCapture errors;
    QueryRows rows(*_db, fmt::format("SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = {} AND "
                                     "tile_column BETWEEN {} AND {} AND tile_row BETWEEN {} AND {}",
                                     r.z, r.x0, r.x1, tmsRow(r.z, r.y1), tmsRow(r.z, r.y0)));
    if (!rows.layer()) {
      error = errors.take();
      return false;
    }
    while (OGRFeatureUniquePtr row = rows.next()) {
      const int x = row->GetFieldAsInteger(0), y = tmsRow(r.z, row->GetFieldAsInteger(1));
      const std::string name =
          fmt::format("/vsimem/worksmap_tile_{}_{}.img", static_cast<const void*>(this), _serial++);
      withTileFile(*row, 2, name, [&] { each({x, y, name, _path}); });
    }
    return true;
  }

private:
  DatasetPtr _db;
  unsigned long _serial = 0;
};

}  // namespace

TileStoreOpen openMbtilesStore(const std::string& path) {
  TileStoreOpen out;
  auto fail = [&](Msg msg, std::vector<std::string> args) {
    out.problems.add(core::Diagnostic::error(msg, std::move(args)).inFile(path));
    return std::move(out);
  };
  GdalErrorCapture errors;
  // The SQLITE: prefix makes GDAL's SQLite driver open what its MBTiles driver would otherwise claim.
  const char* const drivers[] = {"SQLite", nullptr};
  DatasetPtr db(GDALDataset::Open(("SQLITE:" + path).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                  drivers, nullptr, nullptr));
  if (!db)
    return fail(Msg::BasemapTilesUnreadable,
                {errors.last().empty() ? core::msgArg(Msg::ReasonNotSqlite) : errors.last()});
  TileSetFacts facts;
  facts.kind = "MBTiles";
  facts.format = metadataValue(*db, "format");
  if (facts.format == "pbf" || facts.format == "mvt") return fail(Msg::BasemapVectorTiles, {facts.format});
  auto zooms = firstRow(*db, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", 2);
  if (!zooms) {
    bool noTable = errors.take().find("no such table") != std::string::npos;
    return fail(noTable ? Msg::BasemapTilesNoTable : Msg::BasemapNoTiles, {});
  }
  facts.minZoom = static_cast<int>((*zooms)[0]), facts.maxZoom = static_cast<int>((*zooms)[1]);
  if (facts.minZoom < 0 || facts.maxZoom > kMaxTileZoom) return fail(Msg::BasemapNoTiles, {});
  auto cover = firstRow(*db,
                        fmt::format("SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) FROM "
                                    "tiles WHERE zoom_level = {}",
                                    facts.minZoom),
                        4);
  if (!cover) return fail(Msg::BasemapNoTiles, {});
  const int z = facts.minZoom;
  facts.coverage = {z, static_cast<int>((*cover)[0]), tmsRow(z, static_cast<int>((*cover)[3])),
                    static_cast<int>((*cover)[1]), tmsRow(z, static_cast<int>((*cover)[2]))};
  const TileProbe probe = probeFirstTile(*db, z);
  if (probe.width > 0) facts.tileSize = probe.width;
  if (facts.format.empty()) facts.format = probe.format;
  errors.take();
  out.store = std::make_unique<MbtilesStore>(path, std::move(db), std::move(facts));
  return out;
}

}  // namespace wm::io
