#include "bare_scan.hpp"

#include <memory>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace wm::bench {
namespace {

void countVertices(const OGRGeometry& g, ScanCount& c) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
      c.vertices += 1;
      c.checksum += g.toPoint()->getX();
      break;
    case wkbLineString:
    case wkbLinearRing: {
      const auto* line = g.toSimpleCurve();
      c.vertices += line->getNumPoints();
      if (line->getNumPoints() > 0) c.checksum += line->getX(0);
      break;
    }
    case wkbPolygon:
      for (const auto* ring : *g.toPolygon()) countVertices(*ring, c);
      break;
    default:
      if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection))
        for (const auto* part : *g.toGeometryCollection()) countVertices(*part, c);
  }
}

}  // namespace

ScanCount bareOgrScan(const std::vector<std::string>& files, int workingEpsg) {
  ScanCount count;
  OGRSpatialReference working;
  working.importFromEPSG(workingEpsg);
  working.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  for (const auto& file : files) {
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) continue;
    for (auto* layer : ds->GetLayers()) {
      std::unique_ptr<OGRCoordinateTransformation> ct;
      if (const auto* srs = layer->GetSpatialRef()) ct.reset(OGRCreateCoordinateTransformation(srs, &working));
      const int fields = layer->GetLayerDefn()->GetFieldCount();
      for (auto& feature : *layer) {
        for (int i = 0; i < fields; ++i) {
          switch (feature->GetFieldDefnRef(i)->GetType()) {
            case OFTInteger:
              count.checksum += feature->GetFieldAsInteger(i);
              break;
            case OFTReal:
              count.checksum += feature->GetFieldAsDouble(i);
              break;
            default:
              count.checksum += static_cast<double>(std::char_traits<char>::length(feature->GetFieldAsString(i)));
          }
        }
        if (OGRGeometry* g = feature->GetGeometryRef()) {
          if (ct) g->transform(ct.get());
          countVertices(*g, count);
        }
        ++count.features;
      }
    }
  }
  return count;
}

}  // namespace wm::bench
