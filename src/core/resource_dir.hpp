#pragma once
// Where WorksMap finds the files it ships beside its binary: the GLSL in shaders/, the map styles and icon in
// assets/, and the sample county in geodata/. One lookup serves all three, so a developer build, an installed
// package (unpacked into any root) and an explicit override are found the same way.
#include <filesystem>
#include <string>

namespace wm::core {

/// A folder of files shipped with WorksMap.
enum class Resource { Shaders, Assets, Geodata };

/// Which of the places searched held the folder.
enum class ResourceOrigin {
  Environment,  ///< the override variable ($WORKSMAP_SHADERS, …), taken as given
  Installed,    ///< <folder of the executable>/../share/worksmap/<name>, as a package installs it
  SourceTree,   ///< <source tree recorded at build time>/<name>, for developer builds
  Missing,      ///< none of them; `path` is then the source tree's, for the message that names it
};

struct ResourceDir {
  std::filesystem::path path;
  ResourceOrigin origin = ResourceOrigin::Missing;
};

/// What the lookup consults besides the disk, separate so tests can supply their own.
struct ResourceSearch {
  std::string environment;           ///< the override variable's value; empty: not set
  std::filesystem::path executable;  ///< this program's file, absolute; empty: unknown (then not searched)
  std::filesystem::path sourceTree;  ///< the source tree recorded at build time; empty: none
};

/// The override variable: "WORKSMAP_SHADERS", "WORKSMAP_ASSETS" or "WORKSMAP_GEODATA".
const char* resourceVariable(Resource resource);
/// The folder's name, the same in the source tree and under share/worksmap/: "shaders", "assets", "geodata".
const char* resourceFolder(Resource resource);
/// A file every complete copy of the folder holds (relative to it); a folder without it is passed over.
const char* resourceMarker(Resource resource);

/// The override when set (even if it does not exist: the user asked for it and will be told what is missing);
/// else the installed folder next to the executable when it holds the marker; else the source tree's when it
/// does; else Missing. Touches only the file system (a few stats); never throws.
ResourceDir findResourceDir(Resource resource, const ResourceSearch& search);

/// The same for this process: its environment, /proc/self/exe and the source tree recorded when core was built.
ResourceDir findResourceDir(Resource resource);

/// This program's file (/proc/self/exe, links resolved); empty when it cannot be read.
std::filesystem::path currentExecutable();

}  // namespace wm::core
