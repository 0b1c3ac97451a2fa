#pragma once
// The desk's Save dialog (District progress's Save report, the Timeline's Export video): an ImGui window with the
// folder's path (editable), its subfolders then its files of the dialog's types, the file name, the file type
// (radio buttons when there are several), and Save / Cancel; an existing file is replaced only after the user
// confirms. The desktop may have no file dialog of its own (no portal under Xvfb or on a bare X server), so the
// desk draws one. Names are UTF-8 bytes as the file system gives them, so Chinese file and folder names work. The
// dialog lists folders itself; the writing is the caller's (SaveFile).
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/translation.hpp"
#include "ui/desk_context.hpp"
#include "ui/district_rows.hpp"

namespace wm::ui {

struct FolderEntry {
  std::string name;  ///< UTF-8, as the file system gives it
  bool folder = false;
  bool operator==(const FolderEntry&) const = default;
};

/// A type of file a save dialog offers.
struct SaveFileType {
  std::string_view extension;  ///< lower case, with the dot: ".csv"
  core::Msg label;             ///< its radio button
  const char* id;              ///< its click target: "savedialog.csv"
};

/// What a save dialog saves: its title, the types it offers (the first is the default) and what it says.
struct SaveFileKind {
  core::Msg title;
  const char* windowId;  ///< stays the same in every language (the remembered layout follows it)
  std::vector<SaveFileType> types;
  core::Msg badName;  ///< a name that cannot be a file here
  core::Msg empty;    ///< a folder with nothing to list
};
/// District progress's reports: CSV, Markdown, Excel (ReportFileType's order).
const SaveFileKind& reportFiles();
/// The Timeline's videos: MP4.
const SaveFileKind& videoFiles();
/// The Slides panel's decks: PDF, PowerPoint.
const SaveFileKind& deckFiles();
/// District progress's atlases: PDF.
const SaveFileKind& atlasFiles();

/// The entries of `folder` the dialog shows: subfolders, then files ending with one of kind's extensions (any case),
/// each group sorted by name (bytes); names starting with '.' left out. None when the folder cannot be read.
std::optional<std::vector<FolderEntry>> listSaveFolder(const std::filesystem::path& folder, const SaveFileKind& kind);
inline std::optional<std::vector<FolderEntry>> listReportFolder(const std::filesystem::path& folder) {
  return listSaveFolder(folder, reportFiles());
}

/// `name` ending with the extension of kind's type `type`: one of kind's extensions (any case) replaced, anything
/// else kept and the extension appended.
std::string withExtension(const std::string& name, const SaveFileKind& kind, std::size_t type);

enum class ReportFileType : std::uint8_t { Csv, Markdown, Excel };
/// "进度" → "进度.csv", "a.md" → "a.csv", "a.csv" → "a.xlsx" for Excel.
inline std::string withReportExtension(const std::string& name, ReportFileType type) {
  return withExtension(name, reportFiles(), static_cast<std::size_t>(type));
}

/// Where Save report (and Export video) start, and how the folder a file was saved in is remembered (the user's
/// settings are the app's: user_settings). Empty: the current directory, nothing remembered.
struct ReportFolder {
  std::filesystem::path initial;
  std::function<void(const std::filesystem::path&)> remember;
};

/// Writes the file to `path` (`overwrite`: replace an existing file) and says how that went.
using SaveFile = std::function<SaveOutcome(const std::filesystem::path& path, bool overwrite)>;

class SaveFileDialog {
public:
  /// A dialog for `kind`, which must outlive it (reportFiles() and the other kinds above do).
  explicit SaveFileDialog(const SaveFileKind& kind = reportFiles()) : _kind(&kind) {}
  /// Opens the dialog in `folder` (the current directory when empty or unreadable) with `fileName` suggested.
  void open(const std::filesystem::path& folder, const std::string& fileName);
  bool isOpen() const { return _open; }
  /// Draws the dialog while open; when the user saves and `save` succeeds, closes and returns what it said.
  /// Click targets: "savedialog.up", ".go", ".folder", ".name", each type's id (with several types), ".save",
  /// ".cancel", ".replace", and "savedialog.entry.<name>" for each listed entry.
  std::optional<SaveOutcome> draw(core::Lang lang, const DeskContext& context, const SaveFile& save);

  const std::filesystem::path& folder() const { return _folder; }
  const std::string& fileName() const { return _fileName; }
  const std::vector<FolderEntry>& entries() const { return _entries; }
  /// The last error shown in the dialog ("" when none).
  const std::string& message() const { return _message; }
  /// The path waiting for the user to confirm its replacement.
  const std::optional<std::filesystem::path>& confirming() const { return _confirm; }
  /// As if typed into the file name field (tests, and the panel's suggestion).
  void setFileName(std::string name) { _fileName = std::move(name); }

private:
  void enter(const std::filesystem::path& folder, core::Lang lang);
  void folderRow(core::Lang lang, const DeskContext& context);
  void listing(core::Lang lang, const DeskContext& context);
  void typeButtons(core::Lang lang, const DeskContext& context);
  std::optional<SaveOutcome> buttons(core::Lang lang, const DeskContext& context, const SaveFile& save);
  std::optional<SaveOutcome> trySave(core::Lang lang, const SaveFile& save, bool overwrite);

  const SaveFileKind* _kind;
  bool _open = false;
  std::filesystem::path _folder;
  std::string _folderText;  ///< the path field, as edited
  std::string _fileName;
  std::size_t _type = 0;  ///< into _kind->types
  std::vector<FolderEntry> _entries;
  std::optional<std::filesystem::path> _confirm;
  std::string _message;
};

}  // namespace wm::ui
