#pragma once
// The Slides panel's Export deck… and District progress's Export atlas… as the desk sees them: the app makes the
// file (app/page_export_job; ui cannot draw the map), a map at a time between the window's frames; the desk asks
// for one, shows how far it has come and may cancel it. One such export runs at a time.
#include <cstdint>
#include <filesystem>
#include <functional>

#include "analysis/district_progress.hpp"
#include "ui/export_progress.hpp"

namespace wm::ui {

/// The briefing's deck: a cover, then a page per slide of the desk's slides as they are.
struct DeckExportRequest {
  std::filesystem::path file;       ///< the .pdf or .pptx (by its extension; replaced when it exists: the dialog asked)
  int width = 1920, height = 1080;  ///< the maps' pixels
};

/// The progress-by-district atlas, for a date or a period (the desk's, when asked).
struct AtlasExportRequest {
  std::filesystem::path file;  ///< the .pdf
  analysis::ProgressQuery query;
};

enum class PageExportKind : std::uint8_t { Deck, Atlas };

/// The app's side, passed in through DeskServices (empty: neither button is offered). Called on the desk's
/// thread while it draws: a start only queues the export, which the app begins before the next frame; one asked
/// for while another runs is ignored.
struct PageExporter {
  std::function<void(const DeckExportRequest&)> deck;
  std::function<void(const AtlasExportRequest&)> atlas;
  /// How the running or last export of `kind` stands; `busy` when one of the other kind runs.
  std::function<ExportStatus(PageExportKind kind)> status;
  std::function<void()> cancel;
  explicit operator bool() const { return deck && atlas && status && cancel; }
};

}  // namespace wm::ui
