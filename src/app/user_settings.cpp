#include "app/user_settings.hpp"

#include <cstdlib>
#include <fstream>
#include <system_error>

#include "core/file_replace.hpp"

namespace wm::app {
namespace {

namespace fs = std::filesystem;

// An absolute directory from the environment, or nothing.
fs::path absoluteFromEnv(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return {};
  fs::path p(value);
  return p.is_absolute() ? p : fs::path();
}

// Connection strings and virtual paths are not files that can vanish.
bool isFileSource(const std::string& source) { return source.rfind("PG:", 0) != 0 && source.rfind("/vsi", 0) != 0; }

constexpr const char* kLastSources = "last-sources";
constexpr const char* kReportFolder = "report-folder";

}  // namespace

fs::path configDirectory() {
  if (fs::path dir = absoluteFromEnv("WORKSMAP_CONFIG_DIR"); !dir.empty()) return dir;
  if (fs::path xdg = absoluteFromEnv("XDG_CONFIG_HOME"); !xdg.empty()) return xdg / "worksmap";
  if (fs::path home = absoluteFromEnv("HOME"); !home.empty()) return home / ".config" / "worksmap";
  return {};
}

fs::path layoutFile(const fs::path& dir) { return dir.empty() ? fs::path() : dir / "desk-layout.ini"; }

std::vector<std::string> lastSources(const fs::path& dir) {
  if (dir.empty()) return {};
  std::ifstream in(dir / kLastSources);
  std::vector<std::string> sources;
  std::error_code ec;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    if (isFileSource(line) && !fs::exists(fs::path(line), ec)) return {};
    sources.push_back(line);
  }
  return sources;
}

bool rememberSources(const fs::path& dir, const std::vector<std::string>& sources) {
  if (dir.empty() || sources.empty()) return false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return false;
  std::string text;
  for (const std::string& s : sources) {
    std::string line = s;
    if (isFileSource(s)) {
      fs::path absolute = fs::absolute(fs::path(s), ec);
      if (!ec) line = absolute.lexically_normal().string();
    }
    if (line.find('\n') == std::string::npos) text += line + '\n';
  }
  return core::replaceFile(dir / kLastSources, text);
}

fs::path lastReportFolder(const fs::path& dir) {
  if (dir.empty()) return {};
  std::ifstream in(dir / kReportFolder);
  std::string line;
  std::error_code ec;
  if (!std::getline(in, line) || line.empty() || !fs::is_directory(fs::path(line), ec)) return {};
  return fs::path(line);
}

bool rememberReportFolder(const fs::path& dir, const fs::path& folder) {
  if (dir.empty() || folder.empty()) return false;
  std::error_code ec;
  fs::path absolute = fs::absolute(folder, ec);
  if (ec || absolute.string().find('\n') != std::string::npos) return false;
  fs::create_directories(dir, ec);
  if (ec) return false;
  return core::replaceFile(dir / kReportFolder, absolute.lexically_normal().string() + '\n');
}

ui::ReportFolder reportFolderSetting(const fs::path& dir) {
  ui::ReportFolder folder;
  folder.initial = lastReportFolder(dir);
  if (!dir.empty()) folder.remember = [dir](const fs::path& saved) { rememberReportFolder(dir, saved); };
  return folder;
}

}  // namespace wm::app
