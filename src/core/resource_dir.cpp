#include "core/resource_dir.hpp"

#include <cstdlib>
#include <system_error>

namespace wm::core {
namespace {

namespace fs = std::filesystem;

// By Resource: the override variable, the folder's name, and a file every complete copy holds.
struct ResourceNames {
  const char* variable;
  const char* folder;
  const char* marker;
};
constexpr ResourceNames kNames[] = {
    {"WORKSMAP_SHADERS", "shaders", "map.vert"},
    {"WORKSMAP_ASSETS", "assets", "styles/default.toml"},
    {"WORKSMAP_GEODATA", "geodata", "sample-county.worksmap.toml"},
};

bool holdsMarker(const fs::path& dir, Resource resource) {
  std::error_code ec;
  return fs::is_regular_file(dir / resourceMarker(resource), ec);
}

}  // namespace

const char* resourceVariable(Resource resource) { return kNames[static_cast<int>(resource)].variable; }
const char* resourceFolder(Resource resource) { return kNames[static_cast<int>(resource)].folder; }
const char* resourceMarker(Resource resource) { return kNames[static_cast<int>(resource)].marker; }

ResourceDir findResourceDir(Resource resource, const ResourceSearch& search) {
  if (!search.environment.empty()) return {fs::path(search.environment), ResourceOrigin::Environment};
  // Relative to the executable rather than to CMAKE_INSTALL_PREFIX: a package unpacked into a scratch root (or
  // moved under /opt) still finds its own files, and never those of another installed version.
  if (!search.executable.empty()) {
    fs::path installed =
        search.executable.parent_path().parent_path() / "share" / "worksmap" / resourceFolder(resource);
    if (holdsMarker(installed, resource)) return {installed.lexically_normal(), ResourceOrigin::Installed};
  }
  fs::path source = search.sourceTree.empty() ? fs::path() : search.sourceTree / resourceFolder(resource);
  if (!source.empty() && holdsMarker(source, resource)) return {source, ResourceOrigin::SourceTree};
  return {source, ResourceOrigin::Missing};
}

ResourceDir findResourceDir(Resource resource) {
  ResourceSearch search;
  if (const char* env = std::getenv(resourceVariable(resource)); env && *env) search.environment = env;
  search.executable = currentExecutable();
  search.sourceTree = WORKSMAP_SOURCE_TREE;
  return findResourceDir(resource, search);
}

fs::path currentExecutable() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe;
}

}  // namespace wm::core
