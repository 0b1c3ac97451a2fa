#include "io/coded_values.hpp"

#include <cstring>
#include <memory>
#include <vector>

#include <cpl_minixml.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogrsf_frmts.h>

#include "io/gdal_dataset.hpp"
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

struct XmlCloser {
  void operator()(CPLXMLNode* n) const { CPLDestroyXMLNode(n); }
};

// A <Subtype>'s <FieldInfos>: each <SubtypeFieldInfo>'s <FieldName> and, where it has one, <DomainName>.
std::map<std::string, std::string> fieldDomainsOf(const CPLXMLNode* infos) {
  std::map<std::string, std::string> out;
  for (const CPLXMLNode* i = infos ? infos->psChild : nullptr; i; i = i->psNext) {
    if (i->eType != CXT_Element || !EQUAL(i->pszValue, "SubtypeFieldInfo")) continue;
    const char* field = CPLGetXMLValue(i, "FieldName", "");
    const char* domain = CPLGetXMLValue(i, "DomainName", "");
    if (*field && *domain) out.emplace(field, domain);
  }
  return out;
}

// <SubtypeFieldName> and each <Subtypes>/<Subtype>'s <SubtypeCode> and <SubtypeName> of a feature class's
// definition (the element after the <?xml?> declaration, its name carrying a namespace prefix).
Subtypes subtypesOf(const char* definition) {
  Subtypes out;
  std::unique_ptr<CPLXMLNode, XmlCloser> doc(CPLParseXMLString(definition));
  const CPLXMLNode* root = doc.get();
  while (root && (root->eType != CXT_Element || root->pszValue[0] == '?')) root = root->psNext;
  if (!root) return out;
  out.column = CPLGetXMLValue(root, "SubtypeFieldName", "");
  const CPLXMLNode* list = CPLGetXMLNode(root, "Subtypes");
  for (const CPLXMLNode* s = list ? list->psChild : nullptr; s; s = s->psNext) {
    if (s->eType != CXT_Element || !EQUAL(s->pszValue, "Subtype")) continue;
    const char* code = CPLGetXMLValue(s, "SubtypeCode", nullptr);
    const char* name = CPLGetXMLValue(s, "SubtypeName", nullptr);
    if (!code || !name) continue;
    out.names.emplace(code, name);
    out.domains.emplace(code, fieldDomainsOf(CPLGetXMLNode(s, "FieldInfos")));
  }
  return out;
}

}  // namespace

std::map<std::string, Subtypes> readSubtypes(const std::string& path) {
  std::map<std::string, Subtypes> out;
  const char* const drivers[] = {"OpenFileGDB", nullptr};
  const char* const options[] = {"LIST_ALL_TABLES=YES", nullptr};
  DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
  OGRLayer* items = ds ? ds->GetLayerByName("GDB_Items") : nullptr;
  if (!items) return out;
  const int name = items->GetLayerDefn()->GetFieldIndex("Name");
  const int definition = items->GetLayerDefn()->GetFieldIndex("Definition");
  if (name < 0 || definition < 0) return out;
  items->ResetReading();
  while (std::unique_ptr<OGRFeature> f{items->GetNextFeature()}) {
    const char* xml = f->GetFieldAsString(definition);
    if (!xml || !std::strstr(xml, "SubtypeFieldName")) continue;
    Subtypes subtypes = subtypesOf(xml);
    if (!subtypes.column.empty() && !subtypes.names.empty()) out.emplace(f->GetFieldAsString(name), subtypes);
  }
  return out;
}

void readCodedValues(GDALDataset& dataset, LayerPlan& plan, const Subtypes* subtypes) {
  OGRLayer* layer = dataset.GetLayer(plan.layerIndex);
  if (!layer) return;
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  auto codesNamed = [&](const std::string& name) {
    const OGRFieldDomain* domain = name.empty() ? nullptr : dataset.GetFieldDomain(name);
    return domain ? codesOf(*domain) : std::map<std::string, std::string>{};
  };
  auto resolve = [&](int column) -> std::map<std::string, std::string> {
    if (column < 0 || column >= defn->GetFieldCount()) return {};
    if (column == plan.subtypeColumn) return plan.subtypeNames;
    return codesNamed(defn->GetFieldDefn(column)->GetDomainName());
  };
  for (std::size_t f = 0; f < plan.worksColumns.size(); ++f) plan.codedValues[f] = resolve(plan.worksColumns[f]);
  plan.labelCodedValues = resolve(plan.labelColumn);
  if (!subtypes || plan.subtypeColumn < 0) return;
  std::vector<int> columns(plan.worksColumns.begin(), plan.worksColumns.end());
  columns.push_back(plan.labelColumn);
  for (const auto& [code, fields] : subtypes->domains)
    for (int column : columns) {
      if (column < 0 || column >= defn->GetFieldCount() || column == plan.subtypeColumn) continue;
      auto field = fields.find(defn->GetFieldDefn(column)->GetNameRef());
      if (field == fields.end()) continue;
      auto codes = codesNamed(field->second);
      if (!codes.empty()) plan.subtypeCodedValues[code][column] = std::move(codes);
    }
}

const std::map<std::string, std::string>& codesFor(const LayerPlan& plan, const OGRFeature& feature, int column,
                                                   const std::map<std::string, std::string>& own) {
  if (plan.subtypeCodedValues.empty() || !feature.IsFieldSetAndNotNull(plan.subtypeColumn)) return own;
  auto subtype = plan.subtypeCodedValues.find(feature.GetFieldAsString(plan.subtypeColumn));
  if (subtype == plan.subtypeCodedValues.end()) return own;
  auto codes = subtype->second.find(column);
  return codes == subtype->second.end() ? own : codes->second;
}

}  // namespace wm::io
