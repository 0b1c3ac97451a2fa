#include "publish/pdf_deck.hpp"

#include <algorithm>
#include <cmath>
#include <system_error>

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include "publish/text_layout.hpp"

namespace wm::publish {
namespace {

constexpr double kPageWidth = 960;  // points: a 13.33 × 7.5 inch (16:9) slide at 72 points an inch
constexpr double kBand = 84;        // the title band above the map
constexpr double kMargin = 36;

const cairo_user_data_key_t kFaceKey{};

}  // namespace

struct PdfDeck::Impl {
  std::filesystem::path file, temporary;
  double mapHeight = 0;
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

  void text(const std::string& utf8, double size, double x, double y, double grey = 0.1) {
    cairo_set_font_size(cr, size);
    cairo_set_source_rgb(cr, grey, grey, grey + 0.02);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, utf8.c_str());
  }
  double width(const std::string& utf8, double size) {
    cairo_set_font_size(cr, size);
    cairo_text_extents_t e;
    cairo_text_extents(cr, utf8.c_str(), &e);
    return e.x_advance;
  }
  void picture(const Picture& p, double x, double y, double w, double h);
  void table(const TextTable& t, double right, double top);
};

PdfDeck::PdfDeck(std::unique_ptr<Impl> impl) : _impl(std::move(impl)) {}
PdfDeck::~PdfDeck() = default;

core::Result<std::unique_ptr<PdfDeck>> PdfDeck::open(const std::filesystem::path& file, double mapAspect,
                                                     const std::string& fontFile, int fontIndex) {
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  impl->temporary = file;
  impl->temporary += ".tmp";
  impl->mapHeight = std::round(kPageWidth * mapAspect);
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&impl->freetype) != 0 || FT_New_Face(impl->freetype, fontFile.c_str(), fontIndex, &face) != 0)
    return core::Error{"cannot read the font " + fontFile};
  impl->font = cairo_ft_font_face_create_for_ft_face(face, 0);
  cairo_font_face_set_user_data(impl->font, &kFaceKey, face, [](void* f) { FT_Done_Face(static_cast<FT_Face>(f)); });
  impl->surface = cairo_pdf_surface_create(impl->temporary.c_str(), kPageWidth, kBand + impl->mapHeight);
  if (cairo_surface_status(impl->surface) != CAIRO_STATUS_SUCCESS)
    return core::Error{impl->temporary.string() + ": " + cairo_status_to_string(cairo_surface_status(impl->surface))};
  cairo_pdf_surface_set_metadata(impl->surface, CAIRO_PDF_METADATA_CREATOR, "WorksMap");
  impl->cr = cairo_create(impl->surface);
  cairo_set_font_face(impl->cr, impl->font);
  return std::unique_ptr<PdfDeck>(new PdfDeck(std::move(impl)));
}

void PdfDeck::addCover(const DeckCover& cover) {
  Impl& d = *_impl;
  const double height = kBand + d.mapHeight, top = height * 0.3;
  d.text(cover.heading, 20, kMargin * 2, top, 0.35);
  d.text(cover.title, 36, kMargin * 2, top + 52);
  d.text(cover.dateLine, 18, kMargin * 2, top + 90, 0.3);
  cairo_set_source_rgb(d.cr, 0.18, 0.49, 0.20);  // the completed works' green, as a rule under the title
  cairo_rectangle(d.cr, kMargin * 2, top + 106, 120, 3);
  cairo_fill(d.cr);
  double y = top + 146;
  for (const std::string& line : wrapText(cover.sentence, kPageWidth - kMargin * 4,
                                          [&](const std::string& s) { return d.width(s, 20); })) {
    d.text(line, 20, kMargin * 2, y);
    y += 32;
  }
  cairo_show_page(d.cr);
}

void PdfDeck::addPage(const DeckPage& page, int number, int total) {
  Impl& d = *_impl;
  d.text(page.title, 28, kMargin, 42);
  std::string second = page.subtitle.empty() ? page.dateLine : page.subtitle + " · " + page.dateLine;
  d.text(second, 15, kMargin, 68, 0.3);
  const std::string pageNumber = std::to_string(number) + " / " + std::to_string(total);
  d.text(pageNumber, 14, kPageWidth - kMargin - d.width(pageNumber, 14), 42, 0.4);
  d.picture(page.map, 0, kBand, kPageWidth, d.mapHeight);
  // Under the map's north arrow, whose panel ends 5.8 overlay units (a unit is 1/40 of the height) from the top.
  if (!page.figures.rows.empty()) d.table(page.figures, kPageWidth - 12, kBand + d.mapHeight * 0.16);
  cairo_show_page(d.cr);
}

core::Result<bool> PdfDeck::finish() {
  Impl& d = *_impl;
  cairo_destroy(d.cr);
  d.cr = nullptr;
  cairo_surface_finish(d.surface);
  const cairo_status_t status = cairo_surface_status(d.surface);
  cairo_surface_destroy(d.surface);
  d.surface = nullptr;
  if (status != CAIRO_STATUS_SUCCESS) return core::Error{cairo_status_to_string(status)};
  std::error_code ec;
  std::filesystem::rename(d.temporary, d.file, ec);
  if (ec) return core::Error{ec.message()};
  d.finished = true;
  return true;
}

void PdfDeck::Impl::picture(const Picture& p, double x, double y, double w, double h) {
  if (p.width <= 0 || p.height <= 0 || !p.rgba) return;
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, p.width, p.height);
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  const int stride = cairo_image_surface_get_stride(image);
  for (int row = 0; row < p.height; ++row) {
    auto* out = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(row) * stride);
    const std::uint8_t* in = p.rgba + static_cast<std::size_t>(row) * p.width * 4;
    for (int col = 0; col < p.width; ++col, in += 4) out[col] = std::uint32_t{in[0]} << 16 | in[1] << 8 | in[2];
  }
  cairo_surface_mark_dirty(image);
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, w / p.width, h / p.height);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

// The table on a white panel whose top right corner is (right, top): the heading, the header row over a rule,
// then the rows, numbers (every column after the first) right aligned.
void PdfDeck::Impl::table(const TextTable& t, double right, double top) {
  constexpr double kSize = 11, kRow = 17, kPad = 10;
  std::vector<double> columns;
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (columns.size() <= i) columns.push_back(0);
      columns[i] = std::max(columns[i], width(row[i], kSize) + kPad * 1.5);
    }
  double tableWidth = 0;
  for (double c : columns) tableWidth += c;
  tableWidth = std::max(tableWidth, width(t.heading, 13) + kPad);
  const double left = right - tableWidth - kPad * 2;
  const double height = kPad * 2 + 20 + kRow * static_cast<double>(t.rows.size());
  cairo_set_source_rgba(cr, 1, 1, 1, 0.9);
  cairo_rectangle(cr, left, top, right - left, height);
  cairo_fill(cr);
  text(t.heading, 13, left + kPad, top + kPad + 12);
  double y = top + kPad + 20 + kRow - 4;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    double x = left + kPad;
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      const std::string& cell = t.rows[r][c];
      text(cell, kSize, c == 0 ? x : x + columns[c] - kPad / 2 - width(cell, kSize), y, r == 0 ? 0.35 : 0.1);
      x += columns[c];
    }
    if (r == 0) {
      cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
      cairo_rectangle(cr, left + kPad, y + 4, tableWidth, 0.8);
      cairo_fill(cr);
    }
    y += kRow;
  }
}

}  // namespace wm::publish
