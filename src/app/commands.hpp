#pragma once
// The subcommands, each taking already-parsed options. Output goes to the given streams so tests can capture it.
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "app/exit_code.hpp"
#include "core/translation.hpp"
#include "report/report_format.hpp"

namespace wm::app {

struct ReportOptions {
  std::vector<std::string> sources;
  analysis::ProgressQuery query;
  report::Format format = report::Format::Markdown;
  std::string output;  ///< empty: standard output
};

struct Streams {
  std::ostream& out;
  std::ostream& err;
  core::Lang lang;
};

struct RenderOptions {
  std::vector<std::string> sources;
  std::string output;
  int width = 1920;
  int height = 1080;
  core::Date asOf = core::Date::today();
  std::string district;  ///< zoom to this district; empty: the whole county
  bool view3d = false;   ///< the 3D view (perspective, tilted) instead of the plan view
  /// A workspace slide to draw instead ("1" is the first) or "all" (output is then a folder); empty: none.
  std::string slide;
};

struct DeckOptions {
  std::vector<std::string> sources;  ///< a workspace with [[slide]] sections
  std::string output;                ///< the PDF or PPTX (by its extension, any case; another is refused)
  int width = 1920;                  ///< the maps' pixels (the page is 960 points wide whatever the size)
  int height = 1080;
};

struct AtlasOptions {
  std::vector<std::string> sources;
  std::string output;             ///< the PDF
  analysis::ProgressQuery query;  ///< as of a date (overdue works) or over a period (works completed late)
};

struct AnimateOptions {
  std::vector<std::string> sources;
  std::string output;   ///< the .mp4
  core::Date from, to;  ///< the first and the last frame's dates (from <= to)
  int fps = 25;
  double daysPerSecond = 30;  ///< calendar days per second of video: a year in about 12 s
  int width = 1280;           ///< pixels, even
  int height = 720;
  bool progressLine = false;  ///< a "frame i of n" line on io.err, rewritten in place (a terminal)
};

struct ViewerOptions {
  std::vector<std::string> sources;
  core::Date asOf = core::Date::today();
  std::string stateFile;   ///< when set, the view state is written there as JSON after every change (for tests)
  std::string stateProbe;  ///< a project name: the state file reports a window pixel where a click picks it (tests)
  std::string clockFile;   ///< when set, Play is timed by the seconds written in this file (app/play_clock, tests)
};

ExitCode runReport(const ReportOptions& options, Streams io);
/// Writes the map as a PNG. Once the image is written (or failed), it ends the process itself, streams flushed:
/// tearing down a large county's catalog, scene and GL context would take longer than drawing it did.
[[noreturn]] void runRender(const RenderOptions& options, Streams io);
/// Whether the folder an export writes `output` into exists and can be written to; when not, says so on
/// `io.err`. Exports check it before reading their sources, which may take long.
bool outputFolderWritable(const std::filesystem::path& output, Streams io);
/// Ends the process after an export with `code`, streams flushed, without tearing down what it built.
[[noreturn]] void endExport(ExitCode code, Streams io);
/// Writes the workspace's briefing as a PDF or a PPTX (a cover, a page per slide), a line per page on `io.out`;
/// ends the process itself like runRender.
[[noreturn]] void runDeck(const DeckOptions& options, Streams io);
/// Writes the progress-by-district atlas as a PDF (a county page, then a page per district, tables going on to
/// further pages when long), a line per page on `io.out`; ends the process itself like runRender.
[[noreturn]] void runAtlas(const AtlasOptions& options, Streams io);
/// Writes a video of the sources' works through [from, to] (publish::FrameSchedule), each frame the map as of its
/// date drawn offscreen like `render`; Ctrl+C or SIGTERM cancel it (the temporary removed, ExitCode::Cancelled).
/// Ends the process itself like runRender.
[[noreturn]] void runAnimate(const AnimateOptions& options, Streams io);
/// Opens the map window and returns when it is closed.
ExitCode runViewer(const ViewerOptions& options, Streams io);
ExitCode runCheck(const std::vector<std::string>& sources, Streams io);

/// The bundled sample county's workspace in the geodata/ folder: $WORKSMAP_GEODATA, else the installed copy,
/// else the source tree's (core::findResourceDir).
std::string sampleCountySource();

}  // namespace wm::app
