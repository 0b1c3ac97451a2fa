#include "domain/catalog.hpp"

#include "core/text.hpp"

namespace wm::domain {

std::int32_t Catalog::findDistrict(const std::string& name) const {
  std::string_view wanted = core::trim(name);
  for (std::size_t i = 0; i < districts.size(); ++i)
    if (districts[i].name == wanted) return static_cast<std::int32_t>(i);
  return kNoDistrict;
}

}  // namespace wm::domain
