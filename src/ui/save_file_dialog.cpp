#include "ui/save_file_dialog.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>
#include <imgui_stdlib.h>

#include "core/text.hpp"

namespace wm::ui {
namespace {

namespace fs = std::filesystem;
using core::Msg;

bool endsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The type a file name's extension says (any case); nothing for another extension.
std::optional<std::size_t> typeOfName(const std::string& name, const SaveFileKind& kind) {
  const std::string lower = core::asciiLower(name);
  for (std::size_t type = 0; type < kind.types.size(); ++type)
    if (endsWith(lower, kind.types[type].extension)) return type;
  return std::nullopt;
}

const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);

}  // namespace

const SaveFileKind& reportFiles() {
  static const SaveFileKind kind{Msg::UiSaveReport,
                                 "savereport",
                                 {{".csv", Msg::UiFileTypeCsv, "savedialog.csv"},
                                  {".md", Msg::UiFileTypeMd, "savedialog.md"},
                                  {".xlsx", Msg::UiFileTypeXlsx, "savedialog.xlsx"}},
                                 Msg::UiSaveBadName,
                                 Msg::UiFileEmpty};
  return kind;
}

const SaveFileKind& videoFiles() {
  static const SaveFileKind kind{Msg::UiExportVideoTitle,
                                 "exportvideo",
                                 {{".mp4", Msg::UiFileTypeMp4, "savedialog.mp4"}},
                                 Msg::UiVideoBadName,
                                 Msg::UiVideoFolderEmpty};
  return kind;
}

const SaveFileKind& deckFiles() {
  static const SaveFileKind kind{
      Msg::UiExportDeckTitle,
      "exportdeck",
      {{".pdf", Msg::UiFileTypePdf, "savedialog.pdf"}, {".pptx", Msg::UiFileTypePptx, "savedialog.pptx"}},
      Msg::UiDeckBadName,
      Msg::UiDeckFolderEmpty};
  return kind;
}

const SaveFileKind& atlasFiles() {
  static const SaveFileKind kind{Msg::UiExportAtlasTitle,
                                 "exportatlas",
                                 {{".pdf", Msg::UiFileTypePdf, "savedialog.pdf"}},
                                 Msg::UiAtlasBadName,
                                 Msg::UiAtlasFolderEmpty};
  return kind;
}

std::optional<std::vector<FolderEntry>> listSaveFolder(const fs::path& folder, const SaveFileKind& kind) {
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) return std::nullopt;
  std::vector<FolderEntry> out;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return std::nullopt;
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code typeError;
    if (it->is_directory(typeError))
      out.push_back({std::move(name), true});
    else if (typeOfName(name, kind))
      out.push_back({std::move(name), false});
  }
  std::sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) {
    if (a.folder != b.folder) return a.folder;
    return a.name < b.name;
  });
  return out;
}

std::string withExtension(const std::string& name, const SaveFileKind& kind, std::size_t type) {
  std::string stem = name;
  if (std::optional<std::size_t> had = typeOfName(name, kind))
    stem.resize(name.size() - kind.types[*had].extension.size());
  return stem + std::string(kind.types[type].extension);
}

void SaveFileDialog::open(const fs::path& folder, const std::string& fileName) {
  _open = true;
  _confirm.reset();
  _message.clear();
  _fileName = fileName;
  _type = typeOfName(fileName, *_kind).value_or(0);
  std::error_code ec;
  fs::path start = folder;
  if (start.empty() || !fs::is_directory(start, ec)) start = fs::current_path(ec);
  enter(start, core::Lang::En);
  _message.clear();
}

void SaveFileDialog::enter(const fs::path& folder, core::Lang lang) {
  std::error_code ec;
  fs::path absolute = fs::absolute(folder, ec).lexically_normal();
  if (ec) absolute = folder;
  // "a/b/" normalises to "a/b/" with an empty filename; keep folders without the trailing separator.
  if (absolute.has_relative_path() && absolute.filename().empty()) absolute = absolute.parent_path();
  std::optional<std::vector<FolderEntry>> entries = listSaveFolder(absolute, *_kind);
  if (!entries) {
    _message = core::tr(lang, Msg::UiFileUnreadable, absolute.string());
    _folderText = _folder.string();
    return;
  }
  _folder = absolute;
  _folderText = _folder.string();
  _entries = std::move(*entries);
  _confirm.reset();
  _message.clear();
}

std::optional<SaveOutcome> SaveFileDialog::draw(core::Lang lang, const DeskContext& context, const SaveFile& save) {
  if (!_open) return std::nullopt;
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(620 * context.scale, 0), ImGuiCond_Always);
  // Opaque, unlike the panels: the listing sits over the table it saves.
  ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  background.w = 1.0f;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
  bool open = true;
  const bool shown = ImGui::Begin(windowTitle(lang, _kind->title, _kind->windowId).c_str(), &open,
                                  ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  if (!shown) {
    ImGui::End();
    _open = open;
    return std::nullopt;
  }
  folderRow(lang, context);
  listing(lang, context);
  std::optional<SaveOutcome> outcome = buttons(lang, context, save);
  if (!_message.empty()) ImGui::TextColored(kErrorColour, "%s", _message.c_str());
  ImGui::End();
  if (!open) _open = false;
  return outcome;
}

void SaveFileDialog::folderRow(core::Lang lang, const DeskContext& context) {
  ImGui::TextUnformatted(uiText(lang, Msg::UiFileFolder));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(400 * context.scale);
  const bool entered = ImGui::InputText("##savedialog.folder", &_folderText, ImGuiInputTextFlags_EnterReturnsTrue);
  context.targets.addLastItem("savedialog.folder");
  ImGui::SameLine();
  const bool go = ImGui::Button(fmt::format("{}##savedialog.go", uiText(lang, Msg::UiFileGo)).c_str());
  context.targets.addLastItem("savedialog.go");
  if (entered || go) enter(fs::path(_folderText), lang);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{}##savedialog.up", uiText(lang, Msg::UiFileUp)).c_str()) && _folder.has_parent_path())
    enter(_folder.parent_path(), lang);
  context.targets.addLastItem("savedialog.up");
}

void SaveFileDialog::listing(core::Lang lang, const DeskContext& context) {
  const float height = 12 * ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginChild("##savedialog.list", ImVec2(0, height), true);
  if (_entries.empty()) ImGui::TextDisabled("%s", uiText(lang, _kind->empty));
  std::optional<fs::path> into;
  for (const FolderEntry& e : _entries) {
    // Folders end with a separator, as file managers show them; one click opens a folder or picks a file.
    const std::string label = e.folder ? e.name + "/" : e.name;
    if (ImGui::Selectable(fmt::format("{}##{}", label, e.name).c_str(), !e.folder && e.name == _fileName)) {
      if (e.folder) {
        into = _folder / e.name;
      } else {
        _fileName = e.name;
        _type = typeOfName(e.name, *_kind).value_or(0);
      }
    }
    context.targets.addLastItem("savedialog.entry." + e.name);
  }
  ImGui::EndChild();
  if (into) enter(*into, lang);  // after the loop: entering replaces the entries being drawn
}

// A radio button a type, when there is a choice.
void SaveFileDialog::typeButtons(core::Lang lang, const DeskContext& context) {
  if (_kind->types.size() < 2) return;
  for (std::size_t type = 0; type < _kind->types.size(); ++type) {
    const SaveFileType& t = _kind->types[type];
    if (type > 0) ImGui::SameLine();
    if (ImGui::RadioButton(fmt::format("{}##{}", uiText(lang, t.label), t.id).c_str(), _type == type)) {
      _type = type;
      if (!_fileName.empty()) _fileName = withExtension(_fileName, *_kind, type);
    }
    context.targets.addLastItem(t.id);
  }
}

std::optional<SaveOutcome> SaveFileDialog::buttons(core::Lang lang, const DeskContext& context, const SaveFile& save) {
  ImGui::TextUnformatted(uiText(lang, Msg::UiFileName));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(300 * context.scale);
  const bool entered = ImGui::InputText("##savedialog.name", &_fileName, ImGuiInputTextFlags_EnterReturnsTrue);
  context.targets.addLastItem("savedialog.name");
  typeButtons(lang, context);
  std::optional<SaveOutcome> outcome;
  if (_confirm) {
    ImGui::TextUnformatted(core::tr(lang, Msg::UiFileReplace, _confirm->filename().string()).c_str());
    if (ImGui::Button(fmt::format("{}##savedialog.replace", uiText(lang, Msg::UiFileReplaceYes)).c_str()))
      outcome = trySave(lang, save, true);
    context.targets.addLastItem("savedialog.replace");
    ImGui::SameLine();
  } else {
    if (ImGui::Button(fmt::format("{}##savedialog.save", uiText(lang, Msg::UiFileSave)).c_str()) || entered)
      outcome = trySave(lang, save, false);
    context.targets.addLastItem("savedialog.save");
    ImGui::SameLine();
  }
  if (ImGui::Button(fmt::format("{}##savedialog.cancel", uiText(lang, Msg::UiFileCancel)).c_str())) {
    if (_confirm)
      _confirm.reset();  // back to choosing a name
    else
      _open = false;
  }
  context.targets.addLastItem("savedialog.cancel");
  return outcome;
}

std::optional<SaveOutcome> SaveFileDialog::trySave(core::Lang lang, const SaveFile& save, bool overwrite) {
  if (_fileName.empty() || _fileName.find('/') != std::string::npos) {
    _message = core::tr(lang, _kind->badName);
    return std::nullopt;
  }
  if (!typeOfName(_fileName, *_kind)) _fileName = withExtension(_fileName, *_kind, _type);
  const fs::path path = _folder / _fileName;
  std::error_code ec;
  if (!overwrite && fs::exists(path, ec)) {
    _confirm = path;
    _message.clear();
    return std::nullopt;
  }
  SaveOutcome outcome =
      save ? save(path, overwrite) : SaveOutcome{false, core::tr(lang, Msg::UiSaveFailed, path.string())};
  _confirm.reset();
  if (!outcome.saved) {
    _message = outcome.message;
    return std::nullopt;
  }
  _open = false;
  return outcome;
}

}  // namespace wm::ui
