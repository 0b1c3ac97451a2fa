#pragma once
// The progress-by-district book as a PDF (cairo), on A4 landscape pages: a county page (the whole map, the
// bureau's summary sentence, the table of districts), then a page per district (its map with the others dimmed,
// its figures, the list of its overdue works). A table too long for its page goes on over further pages, its
// header repeated. All text is real text in the embedded CJK font.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "publish/deck_pages.hpp"
#include "publish/pdf_canvas.hpp"

namespace wm::publish {

/// What a county or district page says. `rows` is the table under the map: its column headers, then the rows
/// (the county's districts; a district's overdue works).
struct AtlasPage {
  std::string heading;    ///< the small line above the title ("城建项目分片区进度 · 某县")
  std::string title;      ///< the county's or the district's name
  std::string continued;  ///< the title of the pages the table goes on to ("东片（续）")
  std::string dateLine;
  std::vector<std::string> paragraphs;  ///< beside the map, under `figures`: the summary sentence, notes
  TextTable figures;                    ///< beside the map (a district's figures); no rows: none
  std::string rowsHeading;              ///< over the table ("各片区", "逾期项目：3 个")
  std::string noRows;                   ///< said instead of the table when it has no rows after the headers
  TextRows rows;
  std::size_t leftColumns = 1;  ///< RowStyle::leftColumns of the table
  Picture map;                  ///< kMapAspect high for its width
};

/// Writes into a temporary file beside `file`, renamed onto it in finish(): a failed or abandoned atlas leaves
/// nothing behind. Not thread-safe.
class PdfAtlas {
public:
  /// The map pictures' height over their width.
  static constexpr double kMapAspect = 0.75;
  /// The map's width on the page in points (so its picture's pixels per point can be chosen).
  static constexpr double kMapWidth = 400;

  /// Fails with a message when the font or the file cannot be opened (PdfCanvas::open).
  static core::Result<std::unique_ptr<PdfAtlas>> open(const std::filesystem::path& file, const std::string& fontFile,
                                                      int fontIndex);
  /// How many pages a page with `rows` table rows (headers included) takes.
  static int pagesFor(std::size_t rows);

  /// Draws the page (and the pages its table goes on to), numbered from `number` of `total`.
  void addPage(const AtlasPage& page, int number, int total);
  core::Result<bool> finish();

private:
  explicit PdfAtlas(std::unique_ptr<PdfCanvas> canvas);
  void band(const std::string& heading, const std::string& title, const std::string& dateLine);
  void pageNumber(int number, int total);
  void besideMap(const AtlasPage& page);
  std::vector<double> tableColumns(const TextRows& rows);
  std::unique_ptr<PdfCanvas> _canvas;
};

}  // namespace wm::publish
