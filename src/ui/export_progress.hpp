#pragma once
// How a long export the app runs (a video, a deck, an atlas) stands, as the desk shows it: while it runs, a line
// naming it, a progress bar and a Cancel button; after, a line saying how it ended. The Timeline's Export video,
// the Slides panel's Export deck and District progress's Export atlas draw the same rows.
#include <cstddef>
#include <functional>
#include <string>

#include "core/translation.hpp"
#include "ui/desk_context.hpp"

namespace wm::ui {

/// How the app's export stands.
struct ExportStatus {
  bool running = false;
  std::size_t done = 0, total = 0;  ///< frames or maps; total 0 while the export prepares its map
  std::string file;                 ///< the running or last export's file name, for the messages
  std::string outcome;              ///< the last export's end, translated (saved, cancelled, failed); empty: none
  bool failed = false;              ///< the outcome is a failure
  bool busy = false;                ///< another export runs: a new one cannot start before it ends
};

/// While `status` runs: `running` ({0} the file, {1} done, {2} total) on a line, then a progress bar and Cancel
/// (which calls `cancel`), `width` pixels in all; returns true. Otherwise draws nothing and returns false. Click
/// targets: "<id>.status", "<id>.progress", "<id>.cancel".
bool exportRunningRows(const ExportStatus& status, core::Msg running, core::Lang lang, const DeskContext& context,
                       const std::string& id, float width, const std::function<void()>& cancel);
/// The last export's outcome (none: nothing), wrapped to `width`, red when it failed. Click target "<id>.outcome".
void exportOutcomeRow(const ExportStatus& status, const DeskContext& context, const std::string& id, float width);

}  // namespace wm::ui
