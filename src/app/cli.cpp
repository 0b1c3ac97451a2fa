#include "app/cli.hpp"

#include <unistd.h>

#include <charconv>
#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/osg_messages.hpp"
#include "app/user_settings.hpp"
#include "core/date.hpp"
#include "core/resource_dir.hpp"
#include "core/text.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

struct DateOptions {
  std::string asOf, from, to;
  std::optional<int> year;  ///< given, even as 0 (refused then, never taken for "not given")
};

// A date given on the command line; nullopt after printing why it is not one.
std::optional<core::Date> cliDate(const std::string& text, const char* option, core::Lang lang) {
  auto p = core::parseDate(text);
  if (p.outcome == core::DateParse::Outcome::Ok) return p.date;
  std::cerr << tr(lang, Msg::CliBadDate, text, option) << "\n";
  return std::nullopt;
}

// Turns --as-of / --from --to / --year into a query; nullopt after printing why when they are invalid.
std::optional<analysis::ProgressQuery> queryFrom(const DateOptions& d, analysis::ProgressGrouping grouping,
                                                 core::Lang lang) {
  auto date = [&](const std::string& text, const char* option) { return cliDate(text, option, lang); };
  bool period = !d.from.empty() || !d.to.empty() || d.year;
  if ((period && !d.asOf.empty()) || (d.year && (!d.from.empty() || !d.to.empty())) ||
      (!d.from.empty() != !d.to.empty())) {
    std::cerr << tr(lang, Msg::CliConflictingPeriod) << "\n";
    return std::nullopt;
  }
  if (d.year) {
    auto q = analysis::yearQuery(*d.year, grouping);
    if (!q) std::cerr << tr(lang, Msg::CliBadDate, std::to_string(*d.year), "--year") << "\n";
    return q;
  }
  if (!d.from.empty()) {
    auto from = date(d.from, "--from");
    auto to = date(d.to, "--to");
    if (!from || !to) return std::nullopt;
    if (*from > *to) {  // a reversed period is a mistake, not an empty report
      std::cerr << tr(lang, Msg::CliFromAfterTo, from->iso(), to->iso()) << "\n";
      return std::nullopt;
    }
    return analysis::periodQuery(*from, *to, grouping);
  }
  if (!d.asOf.empty()) {
    auto t = date(d.asOf, "--as-of");
    if (!t) return std::nullopt;
    return analysis::asOfQuery(*t, grouping);
  }
  return analysis::asOfQuery(core::Date::today(), grouping);
}

// "1920x1080" → width and height, each 1..8192.
bool parseSize(const std::string& text, int& width, int& height) {
  auto x = text.find_first_of("xX");
  if (x == std::string::npos) return false;
  try {
    std::size_t used = 0;
    width = std::stoi(text.substr(0, x), &used);
    if (used != x) return false;
    height = std::stoi(text.substr(x + 1), &used);
    if (used != text.size() - x - 1) return false;
  } catch (const std::exception&) {
    return false;
  }
  return width >= 1 && width <= 8192 && height >= 1 && height <= 8192;
}

// `animate`'s options as typed: checked here, each with its own message.
struct AnimateText {
  std::string from, to, fps = "25", daysPerSecond = "30", size = "1280x720";
};

// A whole number, or a number, that is all of `text`.
template <typename T>
std::optional<T> numberIn(const std::string& text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool endsWithMp4(const std::string& name) { return core::asciiLower(name).ends_with(".mp4"); }

// Fills the options from what was typed; false after printing why it cannot be a video.
bool animateFrom(const AnimateText& text, AnimateOptions& options, core::Lang lang) {
  auto from = cliDate(text.from, "--from", lang), to = cliDate(text.to, "--to", lang);
  if (!from || !to) return false;
  options.from = *from, options.to = *to;
  auto fail = [&](Msg msg, const std::string& a, const std::string& b = {}) {
    std::cerr << tr(lang, msg, a, b) << "\n";
    return false;
  };
  if (*from > *to) return fail(Msg::CliFromAfterTo, from->iso(), to->iso());
  const std::optional<int> fps = numberIn<int>(text.fps);
  if (!fps || *fps < 1 || *fps > 60) return fail(Msg::CliAnimateBadFps, text.fps);
  options.fps = *fps;
  const std::optional<double> speed = numberIn<double>(text.daysPerSecond);
  if (!speed || !(*speed > 0) || *speed > 3650) return fail(Msg::CliAnimateBadSpeed, text.daysPerSecond);
  options.daysPerSecond = *speed;
  int w = 0, h = 0;
  if (!parseSize(text.size, w, h) || w % 2 != 0 || h % 2 != 0 || w < 16 || h < 16 || w > 4096 || h > 4096)
    return fail(Msg::CliAnimateBadSize, text.size);
  options.width = w, options.height = h;
  if (!endsWithMp4(options.output)) return fail(Msg::CliAnimateNotMp4, options.output);
  return true;
}

// "worksmap 0.1.0" and where its shaders, assets and sample county were found, so a user (and the package test)
// can tell an installed copy from a developer build.
std::string versionText(core::Lang lang) {
  std::string text = std::string("worksmap ") + WORKSMAP_VERSION;
  for (auto resource : {core::Resource::Shaders, core::Resource::Assets, core::Resource::Geodata}) {
    auto found = core::findResourceDir(resource);
    std::string origin;
    switch (found.origin) {
      case core::ResourceOrigin::Environment:
        origin = tr(lang, Msg::ResourceFromVariable, core::resourceVariable(resource));
        break;
      case core::ResourceOrigin::Installed:
        origin = tr(lang, Msg::ResourceInstalled);
        break;
      case core::ResourceOrigin::SourceTree:
        origin = tr(lang, Msg::ResourceSourceTree);
        break;
      case core::ResourceOrigin::Missing:  // without a shader folder the copies built into the program draw
        origin = tr(lang, resource == core::Resource::Shaders ? Msg::ResourceShadersBuiltIn : Msg::ResourceMissing);
        break;
    }
    text += "\n" + tr(lang, Msg::VersionFolder, core::resourceFolder(resource), found.path.string(), origin);
  }
  return text;
}

// --as-of, --from, --to and --year, read by queryFrom.
void addDateOptions(CLI::App& app, DateOptions& dates, core::Lang lang) {
  app.add_option("--as-of", dates.asOf, tr(lang, Msg::CliAsOf));
  app.add_option("--from", dates.from, tr(lang, Msg::CliFrom));
  app.add_option("--to", dates.to, tr(lang, Msg::CliTo));
  app.add_option("--year", dates.year, tr(lang, Msg::CliYear));
}

// --size as parseSize reads it; false after printing why it is not a size.
bool sizeFrom(const std::string& size, int& width, int& height, core::Lang lang) {
  if (parseSize(size, width, height)) return true;
  std::cerr << tr(lang, Msg::CliBadSize, size) << "\n";
  return false;
}

// Each subcommand: its options added to the command line, then what runs when it was given. The options are
// bound to the members, so an object stays where it is from add() to run().
struct ReportCommand {
  CLI::App* app = nullptr;
  ReportOptions options;
  DateOptions dates;
  std::string by = "district", format = "md";

  void add(CLI::App& cli, core::Lang lang) {
    app = cli.add_subcommand("report", tr(lang, Msg::CliReport));
    app->add_option("SOURCE", options.sources, tr(lang, Msg::CliSources))->required();
    addDateOptions(*app, dates, lang);
    app->add_option("--by", by, tr(lang, Msg::CliBy))->check(CLI::IsMember({"district", "kind"}));
    app->add_option("--format", format, tr(lang, Msg::CliFormat))->check(CLI::IsMember({"md", "csv", "json", "xlsx"}));
    app->add_option("-o,--output", options.output, tr(lang, Msg::CliOutput));
  }
  int run(const Streams& io) {
    auto grouping = by == "kind" ? analysis::ProgressGrouping::Kind : analysis::ProgressGrouping::DistrictAndKind;
    auto query = queryFrom(dates, grouping, io.lang);
    if (!query) return toInt(ExitCode::Usage);
    options.query = *query;
    options.format = *report::parseFormat(format);
    return toInt(runReport(options, io));
  }
};

struct RenderCommand {
  CLI::App* app = nullptr;
  RenderOptions options;
  std::string size = "1920x1080", view = "2d", asOf;

  void add(CLI::App& cli, core::Lang lang) {
    app = cli.add_subcommand("render", tr(lang, Msg::CliRender));
    app->add_option("SOURCE", options.sources, tr(lang, Msg::CliSources))->required();
    app->add_option("-o,--output", options.output, tr(lang, Msg::CliOutput))->required();
    app->add_option("--size", size, tr(lang, Msg::CliSize));
    app->add_option("--as-of", asOf, tr(lang, Msg::CliAsOf));
    app->add_option("--view", view, tr(lang, Msg::CliView))->check(CLI::IsMember({"2d", "3d"}));
    app->add_option("--district", options.district, tr(lang, Msg::CliDistrict));
    app->add_option("--slide", options.slide, tr(lang, Msg::CliSlide));
  }
  // Ends the process once the options are good (runRender).
  int run(const Streams& io) {
    if (!sizeFrom(size, options.width, options.height, io.lang)) return toInt(ExitCode::Usage);
    options.view3d = view == "3d";
    if (!asOf.empty()) {
      auto t = cliDate(asOf, "--as-of", io.lang);
      if (!t) return toInt(ExitCode::Usage);
      options.asOf = *t;
    }
    runRender(options, io);
  }
};

struct DeckCommand {
  CLI::App* app = nullptr;
  DeckOptions options;
  std::string size = "1920x1080";

  void add(CLI::App& cli, core::Lang lang) {
    app = cli.add_subcommand("deck", tr(lang, Msg::CliDeck));
    app->add_option("WORKSPACE", options.sources, tr(lang, Msg::CliSources))->required();
    app->add_option("-o,--output", options.output, tr(lang, Msg::CliDeckOutput))->required();
    app->add_option("--size", size, tr(lang, Msg::CliSize));
  }
  int run(const Streams& io) {
    if (!sizeFrom(size, options.width, options.height, io.lang)) return toInt(ExitCode::Usage);
    runDeck(options, io);
  }
};

struct AtlasCommand {
  CLI::App* app = nullptr;
  AtlasOptions options;
  DateOptions dates;

  void add(CLI::App& cli, core::Lang lang) {
    app = cli.add_subcommand("atlas", tr(lang, Msg::CliAtlas));
    app->add_option("SOURCE", options.sources, tr(lang, Msg::CliSources))->required();
    app->add_option("-o,--output", options.output, tr(lang, Msg::CliAtlasOutput))->required();
    addDateOptions(*app, dates, lang);
  }
  int run(const Streams& io) {
    auto query = queryFrom(dates, analysis::ProgressGrouping::DistrictAndKind, io.lang);
    if (!query) return toInt(ExitCode::Usage);
    options.query = *query;
    runAtlas(options, io);
  }
};

struct AnimateCommand {
  CLI::App* app = nullptr;
  AnimateOptions options;
  AnimateText text;

  void add(CLI::App& cli, core::Lang lang) {
    app = cli.add_subcommand("animate", tr(lang, Msg::CliAnimate));
    app->add_option("SOURCE", options.sources, tr(lang, Msg::CliSources))->required();
    app->add_option("-o,--output", options.output, tr(lang, Msg::CliAnimateOutput))->required();
    app->add_option("--from", text.from, tr(lang, Msg::CliAnimateFrom))->required();
    app->add_option("--to", text.to, tr(lang, Msg::CliAnimateTo))->required();
    app->add_option("--fps", text.fps, tr(lang, Msg::CliAnimateFps));
    app->add_option("--days-per-second", text.daysPerSecond, tr(lang, Msg::CliAnimateDaysPerSecond));
    app->add_option("--size", text.size, tr(lang, Msg::CliAnimateSize));
  }
  int run(const Streams& io) {
    if (!animateFrom(text, options, io.lang)) return toInt(ExitCode::Usage);
    options.progressLine = ::isatty(STDERR_FILENO) == 1;
    runAnimate(options, io);
  }
};

// Without a subcommand: the viewer window.
struct ViewerCommand {
  ViewerOptions options;
  std::string asOf;

  void add(CLI::App& cli, core::Lang lang) {
    cli.add_option("SOURCE", options.sources, tr(lang, Msg::CliSources));
    cli.add_option("--as-of", asOf, tr(lang, Msg::CliAsOf));
    cli.add_option("--state-file", options.stateFile)->group("");    // for GUI tests: not in --help
    cli.add_option("--state-probe", options.stateProbe)->group("");  // for GUI tests: not in --help
    cli.add_option("--clock-file", options.clockFile)->group("");    // for GUI tests: not in --help
  }
  int run(const Streams& io) {
    // No source: the last ones opened in the viewer if they still exist, else the sample county.
    if (options.sources.empty()) options.sources = lastSources(configDirectory());
    if (options.sources.empty()) options.sources = {sampleCountySource()};
    if (!asOf.empty()) {
      auto t = cliDate(asOf, "--as-of", io.lang);
      if (!t) return toInt(ExitCode::Usage);
      options.asOf = *t;
    }
    return toInt(runViewer(options, io));
  }
};

}  // namespace

int runCli(int argc, char** argv) {
  quietOsgMessages();
  core::Lang lang = core::langFromEnvironment();
  CLI::App cli{tr(lang, Msg::CliDescription), "worksmap"};
  cli.footer(tr(lang, Msg::CliExitCodes));
  cli.set_version_flag("--version", [lang] { return versionText(lang); });
  ViewerCommand viewer;
  viewer.add(cli, lang);
  ReportCommand report;
  report.add(cli, lang);
  auto* check = cli.add_subcommand("check", tr(lang, Msg::CliCheck));
  std::vector<std::string> checkSources;
  check->add_option("SOURCE", checkSources, tr(lang, Msg::CliSources))->required();
  RenderCommand render;
  render.add(cli, lang);
  DeckCommand deck;
  deck.add(cli, lang);
  AtlasCommand atlas;
  atlas.add(cli, lang);
  AnimateCommand animate;
  animate.add(cli, lang);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = cli.exit(e);
    return code == 0 ? toInt(ExitCode::Ok) : toInt(ExitCode::Usage);
  }

  Streams io{std::cout, std::cerr, lang};
  if (*report.app) return report.run(io);
  if (*check) return toInt(runCheck(checkSources, io));
  if (*render.app) return render.run(io);
  if (*deck.app) return deck.run(io);
  if (*atlas.app) return atlas.run(io);
  if (*animate.app) return animate.run(io);
  return viewer.run(io);
}

}  // namespace wm::app
