#include "io/coded_values.hpp"

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include "io/layer_plan.hpp"

namespace wm::io {
namespace {

std::map<std::string, std::string> codesOf(const OGRFieldDomain& domain) {
  std::map<std::string, std::string> out;
  if (domain.GetDomainType() != OFDT_CODED) return out;
  const auto& coded = static_cast<const OGRCodedFieldDomain&>(domain);
  for (const OGRCodedValue* v = coded.GetEnumeration(); v && v->pszCode; ++v)
    if (v->pszValue) out.emplace(v->pszCode, v->pszValue);
  return out;
}

}  // namespace

void readCodedValues(GDALDataset& dataset, LayerPlan& plan) {
  OGRLayer* layer = dataset.GetLayer(plan.layerIndex);
  if (!layer) return;
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  auto resolve = [&](int column) -> std::map<std::string, std::string> {
    if (column < 0 || column >= defn->GetFieldCount()) return {};
    const std::string& name = defn->GetFieldDefn(column)->GetDomainName();
    if (name.empty()) return {};
    const OGRFieldDomain* domain = dataset.GetFieldDomain(name);
    return domain ? codesOf(*domain) : std::map<std::string, std::string>{};
  };
  for (std::size_t f = 0; f < plan.worksColumns.size(); ++f) plan.codedValues[f] = resolve(plan.worksColumns[f]);
  plan.labelCodedValues = resolve(plan.labelColumn);
}

}  // namespace wm::io
