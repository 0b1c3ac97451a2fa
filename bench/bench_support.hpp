#pragma once
// Shared by the benchmark commands: work measured in a child process (wall time and peak RSS alike for every
// side of a comparison), and the generated benchmark counties.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace wm::bench {

using Clock = std::chrono::steady_clock;

struct Measured {
  double seconds = 0;
  double peakMiB = 0;
  std::string detail;
};

/// Runs `work` in a forked child; it returns "SECONDS|DETAIL", which comes back through a pipe with the child's
/// peak RSS. Declared here, defined in bench_support.cpp for the std::function form.
Measured inChildProcess(const std::function<std::string()>& work);
template <typename Work>
Measured inChild(Work work) {
  return inChildProcess(std::function<std::string()>(work));
}

/// A command run to its end: wall time, the child's peak RSS and its exit status (-1: it did not exit).
struct ProcessRun {
  double seconds = -1;
  double peakMiB = 0;
  int status = -1;
};
/// Runs argv[0] (found on PATH) with its output thrown away: the commands' own lines are not part of the tables.
ProcessRun runProcess(const std::vector<std::string>& argv);

inline double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

/// Generates bench-data/works-N (worksmap-gencounty --works N, seed 42) unless it is there.
void ensureCounty(const std::filesystem::path& dir, long works);

/// `worksmap-bench render`: one table row per side (worksmap, QGIS when its script is given) and their ratio.
void benchRender(const std::filesystem::path& dir, long works, const std::string& qgisScript);

/// `worksmap-bench first-frame`: a table row of three runs of the window's time to its first frame.
void benchFirstFrame(const std::string& source, const std::string& label);

/// `worksmap-bench pick`: prints the works index's build time and pick latencies of one county.
void benchPick(const std::filesystem::path& dir, long works);

/// `worksmap-bench frames`: prints the scene build and frame-time table rows of one county; with `snapshots` (a
/// folder) non-empty, also writes the flight's destination there as flight-end-WORKS.png.
void benchFrames(const std::filesystem::path& dir, long works, const std::filesystem::path& snapshots);

/// `worksmap-bench video`: `worksmap animate` of a 12-month video at 1280×720 (whole process), and its frames'
/// parts (the date change, drawing and readback, encoding) timed one by one.
void benchVideo(const std::string& source, const std::string& label, const std::string& from, const std::string& to);

/// `worksmap-bench basemap`: the time to read one view of a workspace's tile-set basemap, at a few scales.
void benchBasemap(const std::string& workspace);

}  // namespace wm::bench
