#pragma once
// The Problems panel: everything found while the sources were read (missing side files, encodings, CRS
// guesses, bad features, unknown statuses, impossible dates), as `worksmap check` would print it, in the
// desk's language. A problem about a works feature selects that project and zooms to it when clicked.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "ui/desk_context.hpp"
#include "ui/view_state.hpp"

namespace wm::ui {

/// The project (index into Catalog::projects) a problem is about: the works feature with the problem's file,
/// layer and feature id; -1 when it is about no feature, or about one that is not a loaded project.
class ProblemProjects {
public:
  explicit ProblemProjects(const domain::Catalog& catalog);
  std::int64_t find(const core::Diagnostic& problem) const;

private:
  const domain::Catalog& _catalog;
  std::map<std::pair<std::uint32_t, std::int64_t>, std::int64_t> _byLayerAndFid;  ///< (layer, fid) → project
};

class ProblemsPanel {
public:
  /// `problems`: everything the load reported, in the order it was reported.
  explicit ProblemsPanel(core::Diagnostics problems) : _problems(std::move(problems)) {}

  /// Draws the panel when state.panels.problems is set. Clicking a row about a project selects it and asks the
  /// app to zoom to it.
  void draw(ViewState& state, const DeskContext& context);
  const core::Diagnostics& problems() const { return _problems; }
  /// Problems met after the load (a basemap tile that cannot be read while the map is viewed), listed last.
  void add(const core::Diagnostics& more) {
    _problems.append(more);
    _filtered = false;
  }
  /// Warnings and errors (what the toolbar counts; notes are not problems to act on).
  std::size_t actionable() const;
  /// Indices into problems() of the rows that pass the panel's filters (as of the last frame drawn).
  const std::vector<std::size_t>& shown() const { return _shown; }

private:
  void filterRows(core::Lang lang);

  core::Diagnostics _problems;
  std::vector<ProblemProjects> _projects;  ///< built the first time the panel is drawn (0 or 1 element)
  bool _errors = true, _warnings = true, _notes = false;
  std::string _filter;  ///< UTF-8; rows whose text contains it
  std::string _filteredFor;
  core::Lang _filteredLang = core::Lang::En;
  bool _filtered = false;
  std::vector<std::size_t> _shown;
};

}  // namespace wm::ui
