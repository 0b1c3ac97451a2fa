#pragma once
// A briefing deck made a page at a time (app/page_export): a cover with the bureau's summary sentence, then each
// slide drawn offscreen by the same MapView as `render --slide`, its titles, figures and page number set as text
// in the PDF (or as text boxes and a table in the PPTX). What `worksmap deck` and the Slides panel's Export deck…
// share.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/page_export.hpp"
#include "app/slide_show.hpp"
#include "publish/deck_pages.hpp"

namespace wm::app {

class DeckExport final : public PageExport {
public:
  enum class Format { Pdf, Pptx };
  /// The output's format by its extension (any case): .pdf or .pptx; none for another.
  static std::optional<Format> formatOf(const std::filesystem::path& output);

  /// Opens the deck's writer for `output` (its format by the extension, which must be one of formatOf's) with
  /// maps `width` × `height` pixels. `context` (the sources, and the view the export sets slide by slide) must
  /// outlive the export; `slides` are copied (the desk may edit its own meanwhile); `title` is the cover's. Fails
  /// with a message when the view has no font (the PDF embeds it; the pictures' legends need it) or the writer
  /// cannot open the file.
  static core::Result<std::unique_ptr<DeckExport>> open(const SlideContext& context, std::vector<domain::Slide> slides,
                                                        const std::string& title, const std::filesystem::path& output,
                                                        int width, int height);
  ~DeckExport() override;

  std::size_t steps() const override { return _slides.size() + 1; }
  std::size_t stepsDone() const override { return _done; }
  core::Result<std::vector<WrittenPage>> next(core::Diagnostics& tiles) override;
  core::Result<bool> finish() override;
  int pages() const override { return static_cast<int>(_done); }

private:
  DeckExport(const SlideContext& context, std::vector<domain::Slide> slides, int width, int height);

  SlideContext _context;
  std::vector<domain::Slide> _slides;
  int _width, _height;
  std::string _title;
  std::unique_ptr<publish::DeckWriter> _writer;
  MapDrawer _drawer;
  std::size_t _done = 0;
};

}  // namespace wm::app
