// The workspace file (io/workspace.hpp): the input is a *.worksmap.toml as a technician may write it, in any
// bytes (GBK from Notepad included). Its problems must format in both languages; a workspace that reads must be
// savable — its slides written back (io/workspace_save.hpp) read back as the same slides, both as they were
// and changed.
#include "core/text.hpp"
#include "domain/map_style.hpp"
#include "fuzz_support.hpp"
#include "io/slide_toml.hpp"
#include "io/workspace.hpp"
#include "io/workspace_save.hpp"

using namespace wm;

namespace {

// In a folder that does not exist, so sources and style files named relative to it are never there.
const std::filesystem::path kFile = "/nonexistent/worksmap-fuzz/county.worksmap.toml";

// Whether `text` reads as a workspace with exactly `slides`, each as saving makes it (slideAsSaved).
bool readsBackAs(std::string_view text, const std::vector<domain::Slide>& slides) {
  const io::WorkspaceLoad again = io::parseWorkspace(text, kFile);
  if (!again.workspace || again.workspace->slides.size() != slides.size()) return false;
  for (std::size_t i = 0; i < slides.size(); ++i)
    if (!domain::sameSlide(again.workspace->slides[i], io::slideAsSaved(slides[i]))) return false;
  return true;
}

void checkWorkspace(const io::Workspace& ws, std::string_view text, bool hasErrors) {
  for (const io::WorkspaceLayer& layer : ws.layers) WM_FUZZ_CHECK(!layer.source.empty() && layer.line > 0);
  for (const domain::Slide& slide : ws.slides) {
    WM_FUZZ_CHECK(slide.line > 0);
    if (slide.period) WM_FUZZ_CHECK(slide.period->first <= slide.period->second);
  }
  WM_FUZZ_CHECK(!ws.crs.empty());
  // A GBK file is saved as UTF-8 (saveSlides); that is the text rewritten then.
  if (!core::isValidUtf8(text)) return;
  WM_FUZZ_CHECK(readsBackAs(io::rewriteSlides(text, ws.slides), ws.slides));
  // A file with errors may keep new slides from reading back (`slide = 2024` and an added [[slide]] table):
  // saveSlides then refuses, which is its promise; a file without errors must take any slides.
  if (hasErrors) return;
  std::vector<domain::Slide> edited = ws.slides;
  for (domain::Slide& slide : edited) slide.title += " 改";
  edited.push_back(domain::Slide{});
  WM_FUZZ_CHECK(readsBackAs(io::rewriteSlides(text, edited), edited));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::asText(data, size);
  const io::WorkspaceLoad load = io::parseWorkspace(text, kFile, domain::builtInMapStyle());
  fuzz::checkDiagnostics(load.problems);
  if (load.workspace) checkWorkspace(*load.workspace, text, load.problems.count(core::Severity::Error) > 0);
  return 0;
}
