#include "domain/slide.hpp"

#include <filesystem>

#include "core/text.hpp"
#include "domain/catalog.hpp"

namespace wm::domain {

bool sameSlide(const Slide& a, const Slide& b) {
  const SlideCamera& p = a.camera;
  const SlideCamera& q = b.camera;
  const bool sameCamera = p.threeD == q.threeD && p.center == q.center && p.scale == q.scale &&
                          p.headingDegrees == q.headingDegrees && p.tiltDegrees == q.tiltDegrees &&
                          p.rangeMetres == q.rangeMetres;
  return sameCamera && a.title == b.title && a.subtitle == b.subtitle && a.notes == b.notes && a.asOf == b.asOf &&
         a.period == b.period && a.layers == b.layers && a.opacity == b.opacity && a.kinds == b.kinds &&
         a.statuses == b.statuses && a.overdueOnly == b.overdueOnly && a.district == b.district &&
         a.project == b.project && a.figures == b.figures;
}

std::int32_t findSlideLayer(const Catalog& catalog, const std::string& name) {
  const std::string_view wanted = core::trim(name);
  for (std::size_t i = 0; i < catalog.layers.size(); ++i)
    if (catalog.layers[i].info.name == wanted) return static_cast<std::int32_t>(i);
  for (std::size_t i = 0; i < catalog.layers.size(); ++i)
    if (std::filesystem::path(catalog.layers[i].info.file).stem().string() == wanted)
      return static_cast<std::int32_t>(i);
  return -1;
}

std::int64_t findProjectByName(const Catalog& catalog, const std::string& name) {
  const std::string_view wanted = core::trim(name);
  for (std::size_t i = 0; i < catalog.projects.size(); ++i)
    if (catalog.projects[i].name == wanted) return static_cast<std::int64_t>(i);
  return -1;
}

core::Diagnostics slideProblems(const std::vector<Slide>& slides, const Catalog& catalog, const std::string& file) {
  core::Diagnostics out;
  auto problem = [&](core::Msg msg, int line, std::size_t slide, const std::string& name) {
    out.add(core::Diagnostic::error(msg, {file, std::to_string(line), std::to_string(slide + 1), name}));
  };
  for (std::size_t s = 0; s < slides.size(); ++s) {
    const Slide& slide = slides[s];
    for (const std::string& layer : slide.layers)
      if (findSlideLayer(catalog, layer) < 0) problem(core::Msg::SlideUnknownLayer, slide.layersLine, s, layer);
    for (const auto& [layer, opacity] : slide.opacity)
      if (findSlideLayer(catalog, layer) < 0) problem(core::Msg::SlideUnknownLayer, slide.line, s, layer);
    if (!slide.district.empty()) {
      const std::int32_t d = catalog.findDistrict(slide.district);
      if (d == kNoDistrict || !catalog.districts[static_cast<std::size_t>(d)].hasGeometry)
        problem(core::Msg::SlideUnknownDistrict, slide.districtLine, s, slide.district);
    } else if (slide.figures == SlideFigures::District) {
      problem(core::Msg::SlideDistrictFiguresWithoutDistrict, slide.figuresLine, s, "");
    }
    if (!slide.project.empty() && findProjectByName(catalog, slide.project) < 0)
      problem(core::Msg::SlideUnknownProject, slide.projectLine, s, slide.project);
  }
  return out;
}

}  // namespace wm::domain
