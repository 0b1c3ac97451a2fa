#pragma once
// The README.md that travels with the sample county.
#include <string>
#include <vector>

#include "samplegen/county_generator.hpp"
#include "samplegen/dem_writer.hpp"
#include "samplegen/imagery_writer.hpp"

namespace wm::samplegen {

/// Markdown describing the (fictional) county, its files, CRSs, encodings and how to regenerate it. Contains
/// no timestamps, so regenerating gives the same file.
std::string sampleReadme(const std::vector<LayerSummary>& shapefileLayers, const DemFacts& dem,
                         const ImageryFacts& imagery);

}  // namespace wm::samplegen
