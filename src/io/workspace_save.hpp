#pragma once
// Saving a briefing's slides (the desk's Slides panel, issue 14): into the workspace file they came from,
// rewriting its [[slide]] tables and nothing else, or as a new workspace for a session opened from plain data
// files. What users see of it: docs/workspace.md, "Saving slides".
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "domain/slide.hpp"

namespace wm::io {

/// `text` (a workspace file's content: UTF-8, valid TOML) with its [[slide]] tables (io/slide_tables.hpp says
/// to the byte where each begins and ends) replaced by `slides`, written where the first one stood; every
/// other byte stays as it was. A slide equal (domain::sameSlide) to one already in the text keeps that table's
/// text as the user wrote it, comments and all; a changed slide whose `line` is an old table's header line keeps
/// the comment lines above that header and has the rest written anew (io/slide_toml.hpp); other slides are
/// written anew. Tables of slides no longer there go, with their comments. With no [[slide]] table in the text,
/// the slides are appended after one blank line. New lines take the text's line ending. Pure.
std::string rewriteSlides(std::string_view text, const std::vector<domain::Slide>& slides);

/// The text of a new workspace file at `file` for a session opened from plain sources: a [[layer]] table for
/// each source (a file, folder or .zip given relative to the current directory or absolute, written relative
/// to `file`'s folder with '/' between folders; a connection string as it is), then the slides. The sources
/// are data, as io::requestFromSources takes them, not workspace files (a session that has a workspace saves
/// into it). Pure apart from reading the current directory.
std::string newWorkspaceText(const std::filesystem::path& file, const std::vector<std::string>& sources,
                             const std::vector<domain::Slide>& slides);

/// What came of a save. On success `text` is the file's new content — pass it as `openedText` to the next
/// saveSlides — and `slides` the slides as they read back from it, with their new line numbers (keep them, so
/// the next save knows which table each came from). On failure nothing on disk changed and `problem` says why:
/// a Severity::Error naming the file in Diagnostic::file (core::formatDiagnostic gives "FILE: reason"); none on
/// success.
struct WorkspaceSave {
  bool saved = false;
  std::string text;
  std::vector<domain::Slide> slides;
  std::optional<core::Diagnostic> problem;
};

/// Writes `slides` into the workspace file `file` (rewriteSlides), atomically (core::replaceFile: a temporary
/// beside it, flushed, then renamed over it). Refuses, changing nothing, when the file on disk is no longer
/// `openedText` (the bytes read when it was opened: Workspace::text, SourcesRequest::workspaceText), so
/// another program's edit is never overwritten; when it is gone; when the rewritten text would not read back
/// as these slides (slideAsSaved); or when the folder cannot be written. A file saved as GBK is written back
/// as UTF-8. Never throws (std::bad_alloc aside).
WorkspaceSave saveSlides(const std::filesystem::path& file, std::string_view openedText,
                         const std::vector<domain::Slide>& slides);

/// *Save as workspace…*: writes newWorkspaceText to `file`, atomically. Refuses, changing nothing, a name that
/// does not end in .toml (it would not open as a workspace), an existing file unless `replaceExisting`, and a
/// folder that cannot be written. Never throws (std::bad_alloc aside).
WorkspaceSave saveAsWorkspace(const std::filesystem::path& file, const std::vector<std::string>& sources,
                              const std::vector<domain::Slide>& slides, bool replaceExisting);

}  // namespace wm::io
