#include "samplegen/readme_writer.hpp"

#include <fmt/format.h>

namespace wm::samplegen {
namespace {

const char* kIntro = R"(# 示例县 (Shili County) — sample data

**Everything here is fictional.** The county, its districts, roads, river, lake, railway and every project in
the works layers were invented by `worksmap-gencounty` for testing and demonstration. Names were chosen to look
like those of a county in Hunan so that the data feels real; any resemblance to real places, projects or figures
is for realism only and means nothing.

The county lies around 113.10°E, 29.15°N and measures about 30 km × 25 km. It has eight districts (片区/乡镇):
城区 (the town, about 5 km × 4 km, middle-west), 麻塘片区 (north of the town), 荣家湾镇, 新墙镇, 筻口镇 (east, with
南湖), 月田镇, 黄沙街镇 and 步仙乡 (western hills). The works register is recorded as of **2023-06-30**: statuses,
progress and "overdue" are true on that day (a project planned to start later in 2023 or in 2024 is `planned`).

## Files

| file | geometry | features | CRS | text encoding |
| --- | --- | ---: | --- | --- |
)";

const char* kNotes = R"(
`county.gpkg` holds the same layers with the same names, fields, values and geometries, all UTF-8, each layer in
the same CRS as its shapefile; reading `county/` or `county.gpkg` gives identical figures.

### Works layers and their conventions (deliberately different, as real registers are)

- `works_roads`: English field names `name, kind (road), status, start_date, plan_done, done_date, district,
  progress, invest`; statuses in Chinese (未开工, 施工中, 已竣工, 暂停); dates as text `YYYY-MM-DD`.
- `works_parks`: **GBK text with no `.cpg` and DBF language byte 0 on purpose** (the encoding must be detected);
  Chinese field names `项目名称, 类型 (游园), 状态 (规划/在建/已完工/停工), 开工日期, 计划完工, 竣工日期, 进度,
  投资额`; dates as text `YYYY年M月D日`; **no district field** (district comes from a spatial join); EPSG:4547.
- `works_parking`: `name, kind (停车场), status (planned, under_construction, completed, suspended),
  start_date, plan_done, done_date` (DBF date fields), `district, spaces, levels, progress, invest`.
- `works_sewer`: `name, kind (污水), status` (Chinese and English mixed), dates as text mixing `YYYYMMDD` and
  `YYYY/MM/DD`, `progress, invest`; **no district field**; EPSG:4526 (eastings carry the zone prefix 38).

`progress` is percent, `invest` is 万元. Empty `done_date` means not completed.

### Ledgers (台账) in `ledger/`

The same register as a bureau keeps it in Excel, for `worksmap report ledger/停车场台账.xlsx --year 2022`:

- `停车场台账.xlsx`: the parking projects on one sheet under a merged title and a unit line: 序号, 项目名称,
  所属乡镇, 状态 (未开工/在建/已完工/停工), 开工时间, 计划完工, 完工时间 (date cells, bare serial numbers, and
  month-end dates written as `2023年6月`), 泊位数, 投资（万元）, 经度, 纬度 (CGCS2000, the centre of each car park);
  a 合计 row at the bottom. Its 2022 figures equal those of `works_parking`.
- `城建项目台账.xlsx`: sheets 道路, 游园 and 污水 without coordinates; 长度（公里） and 面积（亩） as written by
  hand (rounded), so lengths and areas differ slightly from the geometry's; a 小计 row on each sheet.
- `ledger-join.worksmap.toml`: the 道路 sheet drawn with the lines of `county/works_roads.shp`, joined by name.

### Imagery basemap

`imagery.mbtiles` is a tile set as offices keep imagery for use offline: MBTiles, Web Mercator, JPEG tiles of
zoom levels 11 to 13, every tile whole. Its "imagery" is invented: field strips and woods shaded by the terrain
of `dem.tif`, villages, the town's blocks, 南湖, the rivers, roads and railway, painted from the same layout as
the layers so that they line up. `sample-county-imagery.worksmap.toml` is the sample workspace with
`basemap = "imagery.mbtiles"`: the map reads only the tiles of the view it shows.

## Regenerating

```
build/dev/src/samplegen/worksmap-gencounty --sample --out geodata
```

Regenerating gives byte-identical files: the generator uses its own random numbers, fixed dates in file headers
and rounded coordinates (1 mm, or 1e-9°), so other machines get the same data; a different GDAL or PROJ version
may still change a few bytes of the containers.
Benchmark counties of any size come from `worksmap-gencounty --works N --out DIR [--seed S]`.
)";

const char* geometryWord(const std::string& layer) {
  if (layer == "station") return "point";
  if (layer == "county_boundary" || layer == "districts" || layer == "lake" || layer == "works_parks" ||
      layer == "works_parking") {
    return "polygon";
  }
  return "line";
}

}  // namespace

std::string sampleReadme(const std::vector<LayerSummary>& shapefileLayers, const DemFacts& dem,
                         const ImageryFacts& imagery) {
  std::string text = kIntro;
  for (const LayerSummary& layer : shapefileLayers) {
    std::string encoding = layer.encoding == "UTF-8" ? "UTF-8 (`.cpg`)" : "GBK, no `.cpg`, LDID 0";
    text += fmt::format("| `county/{}.shp` | {} | {} | EPSG:{} | {} |\n", layer.layer, geometryWord(layer.layer),
                        layer.features, layer.epsg, encoding);
  }
  text += "| `county.gpkg` | all of the above | | per layer, as above | UTF-8 |\n";
  text += "| `ledger/*.xlsx` | ledgers (台账), points or none | | EPSG:4490 lon/lat columns | UTF-8 |\n";
  text += fmt::format(
      "| `dem.tif` | Float32 DEM, {} × {} cells of {:.0f} m, DEFLATE, nodata -9999, {:.0f}–{:.0f} m | "
      "| EPSG:4547 | |\n",
      dem.cols, dem.rows, dem.cellSize, dem.minElevation, dem.maxElevation);
  text += fmt::format(
      "| `imagery.mbtiles` | fictional imagery, {} JPEG tiles of 256 px, zoom levels {}–{} | | EPSG:3857 | |\n",
      imagery.tiles, imagery.minZoom, imagery.maxZoom);
  text += kNotes;
  return text;
}

}  // namespace wm::samplegen
