#include "publish/pdf_atlas.hpp"

#include <algorithm>

namespace wm::publish {
namespace {

constexpr double kPageWidth = 842, kPageHeight = 595;  // A4 landscape, points
constexpr double kMargin = 28;
constexpr double kMapTop = 72, kMapHeight = PdfAtlas::kMapWidth * PdfAtlas::kMapAspect;
constexpr double kColumnLeft = kMargin + PdfAtlas::kMapWidth + 18;  // the column beside the map
constexpr double kColumnWidth = kPageWidth - kMargin - kColumnLeft;
constexpr double kTableWidth = kPageWidth - 2 * kMargin;
constexpr double kTableTop = kMapTop + kMapHeight + 28;  // under the map and the table's heading
constexpr double kContinuedTop = kMapTop + 8;            // a continuation page's table
constexpr double kTableBottom = kPageHeight - 28;
const RowStyle kRowStyle{9, 14, 1, true};

// Rows (headers included) a table holds from `top` down to the bottom margin.
std::size_t rowsFrom(double top) { return static_cast<std::size_t>((kTableBottom - top) / kRowStyle.rowHeight); }

}  // namespace

PdfAtlas::PdfAtlas(std::unique_ptr<PdfCanvas> canvas) : _canvas(std::move(canvas)) {}

core::Result<std::unique_ptr<PdfAtlas>> PdfAtlas::open(const std::filesystem::path& file, const std::string& fontFile,
                                                       int fontIndex) {
  auto canvas = PdfCanvas::open(file, kPageWidth, kPageHeight, fontFile, fontIndex);
  if (!canvas) return canvas.error();
  return std::unique_ptr<PdfAtlas>(new PdfAtlas(std::move(*canvas)));
}

int PdfAtlas::pagesFor(std::size_t rows) {
  const std::size_t data = rows > 0 ? rows - 1 : 0, first = rowsFrom(kTableTop) - 1, more = rowsFrom(kContinuedTop) - 1;
  if (data <= first) return 1;
  return 1 + static_cast<int>((data - first + more - 1) / more);
}

void PdfAtlas::band(const std::string& heading, const std::string& title, const std::string& dateLine) {
  PdfCanvas& c = *_canvas;
  c.text(heading, 10, kMargin, 28, 0.4);
  c.text(title, 22, kMargin, 54);
  c.text(dateLine, 11, kPageWidth - kMargin - c.width(dateLine, 11), 54, 0.3);
  c.rectangle(kMargin, 62, kPageWidth - 2 * kMargin, 0.8, 0.18, 0.49, 0.20);  // the completed works' green
}

void PdfAtlas::pageNumber(int number, int total) {
  const std::string text = std::to_string(number) + " / " + std::to_string(total);
  _canvas->text(text, 9, kPageWidth - kMargin - _canvas->width(text, 9), kPageHeight - 12, 0.4);
}

// The figures and paragraphs in the column beside the map.
void PdfAtlas::besideMap(const AtlasPage& page) {
  PdfCanvas& c = *_canvas;
  double y = kMapTop + 14;
  if (!page.figures.rows.empty()) {
    c.text(page.figures.heading, 12, kColumnLeft, y);
    const RowStyle style{10, 16, 1, true};
    std::vector<double> columns = c.columnWidths(page.figures.rows, style.size);
    c.rows(page.figures.rows, columns, kColumnLeft, y + 6, style);
    y += 6 + style.rowHeight * static_cast<double>(page.figures.rows.size()) + 24;
  }
  for (const std::string& paragraph : page.paragraphs) {
    for (const std::string& line : c.wrap(paragraph, 11, kColumnWidth)) {
      c.text(line, 11, kColumnLeft, y);
      y += 17;
    }
    y += 8;
  }
}

// Natural widths; a table wider than the page gives up width from its widest column, then from all alike.
std::vector<double> PdfAtlas::tableColumns(const TextRows& rows) {
  std::vector<double> columns = _canvas->columnWidths(rows, kRowStyle.size);
  double sum = 0;
  for (double c : columns) sum += c;
  if (sum <= kTableWidth || columns.empty()) return columns;
  auto widest = std::max_element(columns.begin(), columns.end());
  const double give = std::min(sum - kTableWidth, *widest * 0.5);
  *widest -= give;
  sum -= give;
  if (sum > kTableWidth)
    for (double& c : columns) c *= kTableWidth / sum;
  return columns;
}

void PdfAtlas::addPage(const AtlasPage& page, int number, int total) {
  PdfCanvas& c = *_canvas;
  band(page.heading, page.title, page.dateLine);
  c.picture(page.map, kMargin, kMapTop, kMapWidth, kMapHeight);
  c.rectangle(kMargin, kMapTop + kMapHeight, kMapWidth, 0.6, 0.5, 0.5, 0.5);
  besideMap(page);
  c.text(page.rowsHeading, 12, kMargin, kTableTop - 10);
  const std::size_t data = page.rows.empty() ? 0 : page.rows.size() - 1;
  if (data == 0) c.text(page.noRows, 10, kMargin, kTableTop + 14, 0.3);
  const std::vector<double> columns = tableColumns(page.rows);
  RowStyle style = kRowStyle;
  style.leftColumns = page.leftColumns;
  std::size_t next = 1, room = rowsFrom(kTableTop) - 1;
  double top = kTableTop;
  for (int n = number;; ++n) {
    if (data > 0) {
      TextRows part{page.rows.front()};
      for (std::size_t end = std::min(page.rows.size(), next + room); next < end; ++next)
        part.push_back(page.rows[next]);
      c.rows(part, columns, kMargin, top, style);
    }
    pageNumber(n, total);
    c.showPage();
    if (next >= page.rows.size()) break;
    band(page.heading, page.continued, page.dateLine);
    top = kContinuedTop;
    room = rowsFrom(kContinuedTop) - 1;
  }
}

core::Result<bool> PdfAtlas::finish() { return _canvas->finish(); }

}  // namespace wm::publish
