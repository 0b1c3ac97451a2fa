#include "io/workspace_save.hpp"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <optional>

#include "core/file_replace.hpp"
#include "core/text.hpp"
#include "io/encoding_detection.hpp"
#include "io/slide_tables.hpp"
#include "io/slide_toml.hpp"
#include "io/workspace.hpp"

namespace wm::io {
namespace {

namespace fs = std::filesystem;
using core::Msg;

// A [[slide]] table of the text being rewritten, and the slide it reads as on its own.
struct OldTable {
  SlideTableSpan span;
  std::optional<domain::Slide> slide;
  bool used = false;
};

std::vector<OldTable> oldTables(std::string_view text) {
  std::vector<OldTable> tables;
  for (const SlideTableSpan& span : findSlideTables(text)) {
    OldTable table{span, std::nullopt, false};
    WorkspaceLoad alone = parseWorkspace(text.substr(span.begin, span.end - span.begin), "slide.toml");
    if (alone.workspace && alone.workspace->slides.size() == 1) table.slide = alone.workspace->slides.front();
    tables.push_back(std::move(table));
  }
  return tables;
}

bool isBlank(std::string_view line) { return core::trim(line).empty(); }

// Where the last line of text[0, end) starts (a line break at `end - 1` ends it).
std::size_t lastLineStart(std::string_view text, std::size_t end) {
  const std::size_t contentEnd = end > 0 && text[end - 1] == '\n' ? end - 1 : end;
  const std::size_t lineBreak = contentEnd == 0 ? std::string_view::npos : text.rfind('\n', contentEnd - 1);
  return lineBreak == std::string_view::npos ? 0 : lineBreak + 1;
}

// The length of `chunk` without the blank lines at its end.
std::size_t withoutTrailingBlankLines(std::string_view chunk) {
  std::size_t end = chunk.size();
  while (end > 0) {
    const std::size_t begin = lastLineStart(chunk, end);
    if (!isBlank(chunk.substr(begin, end - begin))) break;
    end = begin;
  }
  return end;
}

// One slide's text in the rewritten file, and the blank lines that followed it there (empty: one is added).
struct Piece {
  std::string text;
  std::string after;
};

// The old table a slide comes from: one that reads as the same slide (at its own line first), else the one at
// its line; `verbatim` when the table's text can stay as it is.
OldTable* sourceTable(std::vector<OldTable>& tables, const domain::Slide& saved, bool& verbatim) {
  OldTable* same = nullptr;
  OldTable* atLine = nullptr;
  for (OldTable& table : tables) {
    if (table.used) continue;
    const bool equal = table.slide && domain::sameSlide(*table.slide, saved);
    const bool line = saved.line != 0 && table.span.line == saved.line;
    if (equal && line) {
      verbatim = true;
      return &table;
    }
    if (equal && !same) same = &table;
    if (line && !atLine) atLine = &table;
  }
  verbatim = same != nullptr;
  return same ? same : atLine;
}

Piece slidePiece(std::string_view text, std::vector<OldTable>& tables, const domain::Slide& slide,
                 std::string_view eol) {
  const domain::Slide saved = slideAsSaved(slide);
  bool verbatim = false;
  OldTable* table = sourceTable(tables, saved, verbatim);
  if (!table) return {slideToToml(saved, eol), ""};
  table->used = true;
  const SlideTableSpan& span = table->span;
  if (!verbatim) return {std::string(text.substr(span.begin, span.header - span.begin)) + slideToToml(saved, eol), ""};
  const std::string_view chunk = text.substr(span.begin, span.end - span.begin);
  const std::size_t body = withoutTrailingBlankLines(chunk);
  return {std::string(chunk.substr(0, body)), std::string(chunk.substr(body))};
}

std::string appendSlides(std::string_view text, const std::vector<domain::Slide>& slides, std::string_view eol) {
  std::string out(text);
  if (slides.empty()) return out;
  if (!out.empty() && out.back() != '\n') out += eol;
  if (!out.empty() && !isBlank(std::string_view(out).substr(lastLineStart(out, out.size())))) out += eol;
  return out + slidesToToml(slides, eol);
}

// A source as a workspace names it: relative to the workspace's folder where a relative path exists.
std::string workspaceSourcePath(const std::string& source, const fs::path& folder) {
  if (isConnectionString(source)) return source;
  std::error_code ec;
  const fs::path absolute = fs::absolute(source, ec).lexically_normal();
  const fs::path relative = absolute.lexically_relative(folder);
  return (relative.empty() ? absolute : relative).generic_string();
}

WorkspaceSave failure(const fs::path& file, Msg msg, std::vector<std::string> args = {}) {
  WorkspaceSave out;
  out.problem = core::Diagnostic::error(msg, std::move(args)).inFile(file.string());
  return out;
}

// The file's bytes as they are now on disk.
std::error_code readBytes(const fs::path& file, std::string& out) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) return std::make_error_code(std::errc::is_a_directory);
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (in) out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in.bad() && in.is_open()) return {};
  return {errno != 0 ? errno : EIO, std::generic_category()};
}

// The slides `text` reads back as, when they are `slides` as saved (slideAsSaved); nothing otherwise.
std::optional<std::vector<domain::Slide>> slidesReadBack(std::string_view text, const fs::path& file,
                                                         const std::vector<domain::Slide>& slides) {
  WorkspaceLoad load = parseWorkspace(text, file);
  if (!load.workspace || load.workspace->slides.size() != slides.size()) return std::nullopt;
  for (std::size_t i = 0; i < slides.size(); ++i)
    if (!domain::sameSlide(load.workspace->slides[i], slideAsSaved(slides[i]))) return std::nullopt;
  return std::move(load.workspace->slides);
}

// Checks what will be written, then writes it through a temporary file and a rename.
WorkspaceSave writeChecked(const fs::path& file, std::string text, const std::vector<domain::Slide>& slides) {
  std::optional<std::vector<domain::Slide>> readBack = slidesReadBack(text, file, slides);
  if (!readBack) return failure(file, Msg::WorkspaceSaveNotRewritable);
  std::error_code why;
  if (!core::replaceFile(file, text, why)) return failure(file, Msg::WorkspaceSaveFailed, {core::systemReasonArg(why)});
  WorkspaceSave out;
  out.saved = true;
  out.text = std::move(text);
  out.slides = std::move(*readBack);
  return out;
}

}  // namespace

std::string rewriteSlides(std::string_view text, const std::vector<domain::Slide>& slides) {
  const std::string_view eol = lineEnding(text);
  std::vector<OldTable> tables = oldTables(text);
  if (tables.empty()) return appendSlides(text, slides, eol);
  // The text after each run of slide tables, up to the next run (the last: to the end).
  std::string rest;
  for (std::size_t k = 0; k < tables.size(); ++k) {
    if (!tables[k].span.endsRun) continue;
    const std::size_t next = k + 1 < tables.size() ? tables[k + 1].span.begin : text.size();
    rest += text.substr(tables[k].span.end, next - tables[k].span.end);
  }
  std::string out(text.substr(0, tables.front().span.begin));
  for (std::size_t j = 0; j < slides.size(); ++j) {
    Piece piece = slidePiece(text, tables, slides[j], eol);
    const bool last = j + 1 == slides.size();
    out += piece.text;
    if (!out.ends_with('\n') && (!last || !rest.empty())) out += eol;
    if (!last) out += piece.after.empty() ? std::string(eol) : piece.after;
  }
  return out + rest;
}

std::string newWorkspaceText(const fs::path& file, const std::vector<std::string>& sources,
                             const std::vector<domain::Slide>& slides) {
  std::error_code ec;
  const fs::path folder = fs::absolute(file, ec).lexically_normal().parent_path();
  std::string out;
  for (const std::string& source : sources) {
    if (!out.empty()) out += '\n';
    out += "[[layer]]\nsource = " + tomlQuoted(workspaceSourcePath(source, folder)) + "\n";
  }
  return appendSlides(out, slides, "\n");
}

WorkspaceSave saveSlides(const fs::path& file, std::string_view openedText, const std::vector<domain::Slide>& slides) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return failure(file, Msg::WorkspaceSaveGone);
  std::string current;
  if (std::error_code why = readBytes(file, current))
    return failure(file, Msg::WorkspaceSaveUnreadable, {core::systemReasonArg(why)});
  if (current != openedText) return failure(file, Msg::WorkspaceSaveChanged);
  std::string_view body = current;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  // TOML is UTF-8: a file Notepad saved as GBK (read with a warning) is written back as UTF-8.
  if (!core::isValidUtf8(body)) current = decodeToUtf8(current, "GB18030").value_or(current);
  return writeChecked(file, rewriteSlides(current, slides), slides);
}

WorkspaceSave saveAsWorkspace(const fs::path& file, const std::vector<std::string>& sources,
                              const std::vector<domain::Slide>& slides, bool replaceExisting) {
  if (!looksLikeWorkspace(file)) return failure(file, Msg::WorkspaceSaveBadName);
  std::error_code ec;
  if (!replaceExisting && fs::exists(fs::symlink_status(file, ec))) return failure(file, Msg::WorkspaceSaveExists);
  return writeChecked(file, newWorkspaceText(file, sources, slides), slides);
}

}  // namespace wm::io
