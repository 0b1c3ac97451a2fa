#pragma once
// A PDF being drawn page by page with cairo, its text set in one embedded font (a CJK face such as Noto Sans
// CJK): what the briefing deck and the atlas draw with. Units are points (1/72 inch) from the page's top left.
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "publish/deck_pages.hpp"

namespace wm::publish {

using TextRows = std::vector<std::vector<std::string>>;

/// How a table's rows are set: the first row is the column headers (grey, a rule under it); the first
/// `leftColumns` columns are text set from the left (cut with "…" when too wide), the others numbers set from
/// the right.
struct RowStyle {
  double size = 11;       ///< points
  double rowHeight = 17;  ///< points, baseline to baseline
  std::size_t leftColumns = 1;
  bool header = true;  ///< false: row 0 is an ordinary row (a table continued on another page)
};

/// Writes into a temporary file beside `file`, renamed onto it in finish(): a canvas that fails or is abandoned
/// (destroyed before finish) leaves nothing behind. Not thread-safe; one at a time per thread.
class PdfCanvas {
public:
  /// Pages `width` × `height` points. Fails with a message when the font or the file cannot be opened.
  static core::Result<std::unique_ptr<PdfCanvas>> open(const std::filesystem::path& file, double width, double height,
                                                       const std::string& fontFile, int fontIndex);
  ~PdfCanvas();
  PdfCanvas(const PdfCanvas&) = delete;
  PdfCanvas& operator=(const PdfCanvas&) = delete;

  double pageWidth() const;
  double pageHeight() const;

  /// `utf8` with its baseline's left end at (x, y), `size` points, in a grey (0 black, 1 white).
  void text(const std::string& utf8, double size, double x, double y, double grey = 0.1);
  /// How far `utf8` advances at `size` points.
  double width(const std::string& utf8, double size);
  /// `utf8` broken into lines no wider than `maxWidth` at `size` (publish::wrapText).
  std::vector<std::string> wrap(const std::string& utf8, double size, double maxWidth);
  /// A filled rectangle; r, g, b, alpha 0..1.
  void rectangle(double x, double y, double w, double h, double r, double g, double b, double alpha = 1);
  /// The picture scaled into the rectangle.
  void picture(const Picture& p, double x, double y, double w, double h);

  /// Column widths for `rows` at `size` points: each column's widest cell plus padding.
  std::vector<double> columnWidths(const TextRows& rows, double size);
  /// The rows with their first baseline `style.rowHeight` under `top`, columns from `left`.
  void rows(const TextRows& rows, std::span<const double> columns, double left, double top, const RowStyle& style);
  /// A small table on a white panel whose top right corner is (right, top): its heading, then its rows.
  void panelTable(const TextTable& table, double right, double top);

  /// Ends the page; the next drawing starts a new one.
  void showPage();
  /// Completes the PDF and moves it onto the file; fails with a message (and removes the temporary).
  core::Result<bool> finish();

  struct Impl;

private:
  explicit PdfCanvas(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> _impl;
};

}  // namespace wm::publish
