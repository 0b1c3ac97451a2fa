#pragma once
// The worksmap command line (docs/design.md §4): parses arguments and dispatches to the commands.
namespace wm::app {

/// Runs worksmap with the given arguments; returns the process exit code (see exit_code.hpp).
int runCli(int argc, char** argv);

}  // namespace wm::app
