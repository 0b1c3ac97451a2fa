#pragma once
// How each works layer spells a project: field names, status vocabulary, date format and CRS. The four sample
// layers deliberately differ, as registers kept by different sections of a bureau do.
#include <vector>

#include "samplegen/county_layout.hpp"
#include "samplegen/vector_file.hpp"
#include "samplegen/works_project.hpp"

namespace wm::samplegen {

/// Sample: the mixed conventions of the bundled county (GBK parks in EPSG:4547, sewer in EPSG:4526 …).
/// Benchmark: every layer UTF-8 in EPSG:4490; parks keep their Chinese values but take English field names,
/// because four-character Chinese names do not fit the DBF's 10 bytes in UTF-8.
enum class WorksFlavour { Sample, Benchmark };

const char* worksLayerName(WorksKind kind);
LayerSchema worksSchema(WorksKind kind, WorksFlavour flavour);

/// Fills record (reusing its storage) with the project's geometry and values in the order of worksSchema (the
/// values are the same in both flavours).
void fillWorksRecord(const WorksProject& project, const std::vector<District>& districts, FeatureRecord& record);

}  // namespace wm::samplegen
