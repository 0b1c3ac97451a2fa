#pragma once
// The progress-by-district book made a page at a time (app/page_export): a county page (the whole map, the
// bureau's summary sentence, the table of districts), then a page per district, its map framed on it with the
// other districts dimmed, its figures and its overdue works. The maps are drawn offscreen by the same MapView as
// `render`. What `worksmap atlas` and District progress's Export atlas… share.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <osg/Program>

#include "analysis/district_progress.hpp"
#include "analysis/overdue_works.hpp"
#include "app/load_sources.hpp"
#include "app/map_view.hpp"
#include "app/page_export.hpp"
#include "publish/pdf_atlas.hpp"

namespace wm::app {

class AtlasExport final : public PageExport {
public:
  /// What the atlas is of: the sources, the view drawing them (the export sets its filters and camera), its
  /// program, all outliving the export; the date or period (the grouping is set to districts and kinds).
  struct Inputs {
    const Loaded& loaded;
    MapView& view;
    osg::Program* program;
    core::Lang lang;
    std::string title;  ///< the county's (the workspace's title)
    analysis::ProgressQuery query;
  };
  /// Computes the figures and opens the PDF's writer for `output`; fails with a message when the view has no
  /// font (the PDF embeds it) or the file cannot be opened.
  static core::Result<std::unique_ptr<AtlasExport>> open(Inputs inputs, const std::filesystem::path& output);
  ~AtlasExport() override;

  std::size_t steps() const override { return _pages.size(); }
  std::size_t stepsDone() const override { return _done; }
  core::Result<std::vector<WrittenPage>> next(core::Diagnostics& tiles) override;
  core::Result<bool> finish() override;
  int pages() const override { return _number - 1; }
  /// Whether the data has no districts (the atlas is then the county page alone).
  bool noDistricts() const { return _names.empty(); }

  struct Context;

private:
  AtlasExport(Inputs inputs, std::unique_ptr<publish::PdfAtlas> writer);

  std::unique_ptr<Context> _context;
  std::unique_ptr<publish::PdfAtlas> _writer;
  std::vector<std::string> _names;         ///< the districts, a page each after the county's
  std::vector<publish::AtlasPage> _pages;  ///< their text, the maps drawn step by step
  int _total = 0, _number = 1;
  std::size_t _done = 0;
};

}  // namespace wm::app
