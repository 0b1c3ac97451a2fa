// A PPTX slide's shapes: text boxes, the title placeholder, a filled rectangle, the map picture and a table
// (DrawingML's a:tbl in a graphic frame, so that PowerPoint and WPS edit it as a table).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "publish/pptx_parts.hpp"
#include "publish/text_layout.hpp"

namespace wm::publish::pptx {
namespace {

std::string hex(std::uint32_t rgb) {
  char text[8];
  std::snprintf(text, sizeof text, "%06X", rgb & 0xFFFFFFu);
  return text;
}

std::string number(std::int64_t n) { return std::to_string(n); }

std::string transform(Box b, const char* prefix = "a") {
  const std::string p = prefix;
  return "<" + p + ":xfrm><a:off x=\"" + number(emu(b.x)) + "\" y=\"" + number(emu(b.y)) + "\"/><a:ext cx=\"" +
         number(emu(b.w)) + "\" cy=\"" + number(emu(b.h)) + "\"/></" + p + ":xfrm>";
}

// Chinese text is marked zh-CN (spelling, line breaking), anything else en-US.
const char* language(const std::string& text) {
  std::size_t codePoints = 0;
  for (unsigned char c : text) codePoints += (c & 0xC0) != 0x80;
  return displayWidth(text) > static_cast<double>(codePoints) ? "zh-CN" : "en-US";
}

std::string runProperties(const std::string& text, RunStyle s, const char* element = "a:rPr") {
  return std::string("<") + element + " lang=\"" + language(text) + "\" sz=\"" + number(std::lround(s.size * 100)) +
         "\" b=\"" + (s.bold ? "1" : "0") + "\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"" + hex(s.rgb) +
         "\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/></" + element + ">";
}

std::string run(const std::string& text, RunStyle s) {
  return "<a:r>" + runProperties(text, s) + "<a:t>" + xmlText(text) + "</a:t></a:r>";
}

// A paragraph of one run (an empty paragraph keeps the size in its end mark).
std::string paragraph(const std::string& text, RunStyle s, bool right = false) {
  const std::string align = right ? "<a:pPr algn=\"r\"/>" : "";
  if (text.empty()) return "<a:p>" + align + runProperties(text, s, "a:endParaRPr") + "</a:p>";
  return "<a:p>" + align + run(text, s) + "</a:p>";
}

constexpr const char* kBodyNoInset =
    "<a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr>"
    "<a:lstStyle/>";

// A table cell: its text, alignment, padding and the white fill; `ruled` draws a line under it.
std::string cell(const std::string& text, RunStyle s, bool right, bool ruled, const std::string& merge = {}) {
  const std::string none = "<a:noFill/>";
  auto border = [](const char* side, const std::string& fill) {
    return std::string("<a:") + side + " w=\"9525\">" + fill + "</a:" + side + ">";
  };
  const std::string under = ruled ? "<a:solidFill><a:srgbClr val=\"4D4D4D\"/></a:solidFill>" : none;
  return "<a:tc" + merge + "><a:txBody><a:bodyPr/><a:lstStyle/>" + paragraph(text, s, right) +
         "</a:txBody><a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\" anchor=\"ctr\">" +
         border("lnL", none) + border("lnR", none) + border("lnT", none) + border("lnB", under) +
         "<a:solidFill><a:srgbClr val=\"FFFFFF\"><a:alpha val=\"90000\"/></a:srgbClr></a:solidFill></a:tcPr></a:tc>";
}

}  // namespace

void SlideShapes::title(const std::string& text, Box box, RunStyle style) {
  const int id = nextId();
  _shapes += "<p:sp><p:nvSpPr><p:cNvPr id=\"" + number(id) + "\" name=\"Title " + number(id) +
             "\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>"
             "<p:spPr>" +
             transform(box) + "</p:spPr><p:txBody>" +
             "<a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"><a:noAutofit/>"
             "</a:bodyPr><a:lstStyle/>" +
             paragraph(text, style) + "</p:txBody></p:sp>";
}

void SlideShapes::text(const std::string& text, Box box, RunStyle style, bool right, int pageNumberOf) {
  const int id = nextId();
  std::string body = paragraph(text, style, right);
  if (pageNumberOf > 0) {
    // The field's text is what readers show until they number the slide themselves.
    body = std::string(
               "<a:p><a:pPr algn=\"r\"/><a:fld id=\"{6F1B3C2E-4A5D-4E8F-9B21-7C3D5E6F8A90}\" "
               "type=\"slidenum\">") +
           runProperties(text, style) + "<a:t>" + xmlText(text) + "</a:t></a:fld>" +
           run(" / " + number(pageNumberOf), style) + "</a:p>";
  }
  _shapes += "<p:sp><p:nvSpPr><p:cNvPr id=\"" + number(id) + "\" name=\"Text " + number(id) +
             "\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>" + transform(box) +
             "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>" + kBodyNoInset + body +
             "</p:txBody></p:sp>";
}

void SlideShapes::rectangle(Box box, std::uint32_t rgb) {
  const int id = nextId();
  _shapes += "<p:sp><p:nvSpPr><p:cNvPr id=\"" + number(id) + "\" name=\"Rule " + number(id) +
             "\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>" + transform(box) +
             "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"" + hex(rgb) +
             "\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>";
}

void SlideShapes::picture(Box box, const std::string& description) {
  const int id = nextId();
  _shapes += "<p:pic><p:nvPicPr><p:cNvPr id=\"" + number(id) + "\" name=\"Map " + number(id) + "\" descr=\"" +
             xmlText(description) +
             "\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/>"
             "</p:nvPicPr><p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
             "<p:spPr>" +
             transform(box) + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>";
}

// Columns as wide as their widest cell (CJK characters a full em, others about half), at 11 points.
void SlideShapes::table(const std::string& heading, const std::vector<std::vector<std::string>>& rows, double right,
                        double top) {
  constexpr double kSize = 11, kRow = 18, kPad = 10;
  std::vector<double> columns;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (columns.size() <= i) columns.push_back(0);
      columns[i] = std::max(columns[i], displayWidth(row[i]) * kSize * 0.55 + kPad);
    }
  if (columns.empty()) return;
  double width = 0;
  for (double c : columns) width += c;
  if (const double wanted = displayWidth(heading) * 13 * 0.55 + kPad; wanted > width) columns.front() += wanted - width;
  width = std::max(width, displayWidth(heading) * 13 * 0.55 + kPad);
  std::string grid;
  for (double c : columns) grid += "<a:gridCol w=\"" + number(emu(c)) + "\"/>";
  const std::string rowOpen = "<a:tr h=\"" + number(emu(kRow)) + "\">";
  std::string body = rowOpen + cell(heading, {13, 0x1A1A1D, true}, false, false,
                                    " gridSpan=\"" + number(static_cast<std::int64_t>(columns.size())) + "\"");
  for (std::size_t i = 1; i < columns.size(); ++i) body += cell("", {13}, false, false, " hMerge=\"1\"");
  body += "</a:tr>";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    body += rowOpen;
    for (std::size_t c = 0; c < columns.size(); ++c)
      body += cell(c < rows[r].size() ? rows[r][c] : "", {kSize, r == 0 ? 0x595959u : 0x1A1A1Du}, c > 0, r == 0);
    body += "</a:tr>";
  }
  const int id = nextId();
  const Box box{right - width, top, width, kRow * static_cast<double>(rows.size() + 1)};
  _shapes += "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"" + number(id) + "\" name=\"Figures " + number(id) +
             "\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>"
             "</p:nvGraphicFramePr>" +
             transform(box, "p") +
             "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl>"
             "<a:tblPr firstRow=\"1\"/><a:tblGrid>" +
             grid + "</a:tblGrid>" + body + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
}

std::string SlideShapes::xml() const {
  return std::string(kDeclaration) + "<p:sld" + kNamespaces + "><p:cSld>" + kTreeStart + _shapes +
         "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
}

}  // namespace wm::publish::pptx
