#include "publish/pdf_canvas.hpp"

#include <algorithm>
#include <system_error>

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include "publish/cairo_picture.hpp"
#include "publish/text_layout.hpp"

namespace wm::publish {
namespace {

const cairo_user_data_key_t kFaceKey{};
constexpr double kCellPad = 10;  // points between columns

// `utf8` shortened by whole code points, with "…", until `fits` accepts it.
template <typename Fits>
std::string shortened(const std::string& utf8, Fits fits) {
  if (fits(utf8)) return utf8;
  std::string cut = utf8;
  while (!cut.empty()) {
    std::size_t end = cut.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80) --end;
    cut.resize(end);
    if (fits(cut + "…")) return cut + "…";
  }
  return "…";
}

}  // namespace

struct PdfCanvas::Impl {
  std::filesystem::path file, temporary;
  double width = 0, height = 0;
  FT_Library freetype = nullptr;
  cairo_font_face_t* font = nullptr;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  bool finished = false;

  ~Impl() {
    if (cr) cairo_destroy(cr);
    if (surface) cairo_surface_destroy(surface);
    if (font) cairo_font_face_destroy(font);
    // The font's FreeType face is freed with the cairo face (its user data); cairo's caches are emptied first so
    // that nothing holds it when the FreeType library goes.
    cairo_debug_reset_static_data();
    if (freetype) FT_Done_FreeType(freetype);
    std::error_code ec;
    if (!finished && !temporary.empty()) std::filesystem::remove(temporary, ec);
  }
};

PdfCanvas::PdfCanvas(std::unique_ptr<Impl> impl) : _impl(std::move(impl)) {}
PdfCanvas::~PdfCanvas() = default;

core::Result<std::unique_ptr<PdfCanvas>> PdfCanvas::open(const std::filesystem::path& file, double width, double height,
                                                         const std::string& fontFile, int fontIndex) {
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  impl->temporary = file;
  impl->temporary += ".tmp";
  impl->width = width;
  impl->height = height;
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&impl->freetype) != 0 || FT_New_Face(impl->freetype, fontFile.c_str(), fontIndex, &face) != 0)
    return core::Error{core::Msg::FontUnreadable, {fontFile}};
  impl->font = cairo_ft_font_face_create_for_ft_face(face, 0);
  cairo_font_face_set_user_data(impl->font, &kFaceKey, face, [](void* f) { FT_Done_Face(static_cast<FT_Face>(f)); });
  impl->surface = cairo_pdf_surface_create(impl->temporary.c_str(), width, height);
  if (cairo_surface_status(impl->surface) != CAIRO_STATUS_SUCCESS)
    return core::Error{core::Msg::CliCannotWrite,
                       {impl->temporary.string(),
                        core::libraryReasonArg("cairo", cairo_status_to_string(cairo_surface_status(impl->surface)))}};
  cairo_pdf_surface_set_metadata(impl->surface, CAIRO_PDF_METADATA_CREATOR, "WorksMap");
  impl->cr = cairo_create(impl->surface);
  cairo_set_font_face(impl->cr, impl->font);
  return std::unique_ptr<PdfCanvas>(new PdfCanvas(std::move(impl)));
}

double PdfCanvas::pageWidth() const { return _impl->width; }
double PdfCanvas::pageHeight() const { return _impl->height; }

void PdfCanvas::text(const std::string& utf8, double size, double x, double y, double grey) {
  cairo_t* cr = _impl->cr;
  cairo_set_font_size(cr, size);
  cairo_set_source_rgb(cr, grey, grey, grey + 0.02);
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, utf8.c_str());
}

double PdfCanvas::width(const std::string& utf8, double size) {
  cairo_set_font_size(_impl->cr, size);
  cairo_text_extents_t e;
  cairo_text_extents(_impl->cr, utf8.c_str(), &e);
  return e.x_advance;
}

std::vector<std::string> PdfCanvas::wrap(const std::string& utf8, double size, double maxWidth) {
  return wrapText(utf8, maxWidth, [&](const std::string& s) { return width(s, size); });
}

void PdfCanvas::rectangle(double x, double y, double w, double h, double r, double g, double b, double alpha) {
  cairo_set_source_rgba(_impl->cr, r, g, b, alpha);
  cairo_rectangle(_impl->cr, x, y, w, h);
  cairo_fill(_impl->cr);
}

void PdfCanvas::picture(const Picture& p, double x, double y, double w, double h) {
  cairo_surface_t* image = imageSurface(p);
  if (!image) return;
  cairo_t* cr = _impl->cr;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, w / p.width, h / p.height);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

std::vector<double> PdfCanvas::columnWidths(const TextRows& rows, double size) {
  std::vector<double> columns;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (columns.size() <= i) columns.push_back(0);
      columns[i] = std::max(columns[i], width(row[i], size) + kCellPad * 1.5);
    }
  return columns;
}

void PdfCanvas::rows(const TextRows& rows, std::span<const double> columns, double left, double top,
                     const RowStyle& style) {
  double total = 0;
  for (double c : columns) total += c;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double rowTop = top + style.rowHeight * static_cast<double>(r);
    const double baseline = rowTop + 0.5 * (style.rowHeight + 0.72 * style.size);
    const bool header = style.header && r == 0;
    double x = left;
    for (std::size_t c = 0; c < rows[r].size() && c < columns.size(); ++c) {
      const double room = columns[c] - kCellPad;
      const std::string cell =
          shortened(rows[r][c], [&](const std::string& s) { return width(s, style.size) <= room; });
      const double at = c < style.leftColumns ? x : x + columns[c] - kCellPad / 2 - width(cell, style.size);
      text(cell, style.size, at, baseline, header ? 0.35 : 0.1);
      x += columns[c];
    }
    if (header) rectangle(left, rowTop + style.rowHeight - 1, total - kCellPad / 2, 0.8, 0.3, 0.3, 0.3);
  }
}

// The deck's figures: the heading, the header row over a rule, then the rows, numbers right aligned.
void PdfCanvas::panelTable(const TextTable& t, double right, double top) {
  constexpr double kSize = 11, kRow = 17;
  const std::vector<double> columns = columnWidths(t.rows, kSize);
  double tableWidth = 0;
  for (double c : columns) tableWidth += c;
  tableWidth = std::max(tableWidth, width(t.heading, 13) + kCellPad);
  const double left = right - tableWidth - kCellPad * 2;
  const double height = kCellPad * 2 + 20 + kRow * static_cast<double>(t.rows.size());
  rectangle(left, top, right - left, height, 1, 1, 1, 0.9);
  text(t.heading, 13, left + kCellPad, top + kCellPad + 12);
  rows(t.rows, columns, left + kCellPad, top + kCellPad + 20, RowStyle{kSize, kRow, 1, true});
}

void PdfCanvas::showPage() { cairo_show_page(_impl->cr); }

core::Result<bool> PdfCanvas::finish() {
  Impl& d = *_impl;
  cairo_destroy(d.cr);
  d.cr = nullptr;
  cairo_surface_finish(d.surface);
  const cairo_status_t status = cairo_surface_status(d.surface);
  cairo_surface_destroy(d.surface);
  d.surface = nullptr;
  if (status != CAIRO_STATUS_SUCCESS)
    return core::Error{core::Msg::CliCannotWrite,
                       {d.temporary.string(), core::libraryReasonArg("cairo", cairo_status_to_string(status))}};
  std::error_code ec;
  std::filesystem::rename(d.temporary, d.file, ec);
  if (ec) return core::Error{core::Msg::CliCannotWrite, {d.file.string(), core::systemReasonArg(ec)}};
  d.finished = true;
  return true;
}

}  // namespace wm::publish
