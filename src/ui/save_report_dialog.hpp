#pragma once
// The Save report dialog (District progress): an ImGui window with the folder's path (editable), its subfolders
// then its .csv, .md and .xlsx files, the file name, the file type (CSV for Excel, Markdown, Excel workbook), and
// Save / Cancel; an existing file is replaced only after the user confirms. The desktop may have no file dialog of
// its own (no portal under Xvfb or on a bare X server), so the desk draws one. Names are UTF-8 bytes as the file system
// gives them, so Chinese file and folder names work. The dialog lists folders itself; the writing is the
// caller's (SaveFile).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
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

/// The entries of `folder` the dialog shows: subfolders, then files ending .csv, .md or .xlsx (any case), each group
/// sorted by name (bytes); names starting with '.' left out. None when the folder cannot be read.
std::optional<std::vector<FolderEntry>> listReportFolder(const std::filesystem::path& folder);

enum class ReportFileType : std::uint8_t { Csv, Markdown, Excel };

/// `name` ending with the type's extension: ".csv"/".md"/".xlsx" (any case) replaced, anything else kept and
/// the extension appended ("进度" → "进度.csv", "a.md" → "a.csv", "a.csv" → "a.xlsx" for Excel).
std::string withReportExtension(const std::string& name, ReportFileType type);

/// Writes the report to `path` (`overwrite`: replace an existing file) and says how that went.
using SaveFile = std::function<SaveOutcome(const std::filesystem::path& path, bool overwrite)>;

class SaveReportDialog {
public:
  /// Opens the dialog in `folder` (the current directory when empty or unreadable) with `fileName` suggested.
  void open(const std::filesystem::path& folder, const std::string& fileName);
  bool isOpen() const { return _open; }
  /// Draws the dialog while open; when the user saves and `save` succeeds, closes and returns what it said.
  /// Click targets: "savedialog.up", ".go", ".folder", ".name", ".csv", ".md", ".xlsx", ".save", ".cancel",
  /// ".replace",
  /// and "savedialog.entry.<name>" for each listed entry.
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
  std::optional<SaveOutcome> buttons(core::Lang lang, const DeskContext& context, const SaveFile& save);
  std::optional<SaveOutcome> trySave(core::Lang lang, const SaveFile& save, bool overwrite);

  bool _open = false;
  std::filesystem::path _folder;
  std::string _folderText;  ///< the path field, as edited
  std::string _fileName;
  ReportFileType _type = ReportFileType::Csv;
  std::vector<FolderEntry> _entries;
  std::optional<std::filesystem::path> _confirm;
  std::string _message;
};

}  // namespace wm::ui
