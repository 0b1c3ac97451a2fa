// worksmap-bench render: the whole `worksmap render` process against QGIS rendering the same files headless
// (the reference script qgis_render.py, given with --qgis), 1920×1080 PNG of the whole county, each side a
// child process (wall time and peak RSS from wait4) in the same run.
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "bench_support.hpp"

namespace wm::bench {
void benchRender(const std::filesystem::path& dir, long works, const std::string& qgisScript) {
  ensureCounty(dir, works);
  ProcessRun ours = runProcess({WORKSMAP_BINARY, "render", dir.string(), "-o", "/tmp/worksmap-bench-render.png",
                                "--size", "1920x1080", "--as-of", "2023-06-30"});
  std::cout << fmt::format("| {} | worksmap render (whole process) | {:.2f} s | {:.0f} MiB | exit {} |\n", works,
                           ours.seconds, ours.peakMiB, ours.status);
  if (qgisScript.empty()) return;
  // Debian's interpreter: the one python3-qgis is installed for (a user's PATH may put another first).
  ProcessRun qgis = runProcess({"/usr/bin/python3", qgisScript, dir.string(), "--width", "1920", "--height", "1080",
                                "--out", "/tmp/worksmap-bench-qgis.png"});
  std::cout << fmt::format("| {} | QGIS headless (qgis_render.py, whole process) | {:.2f} s | {:.0f} MiB | exit {} |\n",
                           works, qgis.seconds, qgis.peakMiB, qgis.status);
  std::cout << fmt::format("| {} | QGIS / worksmap | {:.2f}× | | |\n", works, qgis.seconds / ours.seconds);
  std::cout.flush();
}

}  // namespace wm::bench
