#pragma once
// Process exit codes of the worksmap command (documented in --help and the README).
namespace wm::app {

enum class ExitCode : int {
  Ok = 0,
  ProblemsFound = 1,    ///< check: data problems were reported
  InputUnreadable = 2,  ///< some source could not be read (what could be read is still used)
  Usage = 3,            ///< invalid command line
  OutputFailed = 4,     ///< the output file could not be written
  Cancelled = 5,        ///< a long export was cancelled (Ctrl+C, SIGTERM); nothing was written
};

constexpr int toInt(ExitCode c) { return static_cast<int>(c); }

}  // namespace wm::app
