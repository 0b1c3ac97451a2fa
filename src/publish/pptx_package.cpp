// The fixed parts of the PPTX package: content types, relationships, the presentation, one slide master with
// one "title only" layout, the theme (colours and the fonts WPS and PowerPoint users in China have), and the
// small property parts PowerPoint expects.
#include <string>

#include "publish/pptx_parts.hpp"

namespace wm::publish::pptx {
namespace {

constexpr const char* kRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kContentType = "application/vnd.openxmlformats-officedocument.";

}  // namespace

std::string relationship(int id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"rId" + std::to_string(id) + "\" Type=\"" + kRelationshipType + type + "\" Target=\"" +
         target + "\"/>";
}

std::string relationships(const std::string& body) {
  return std::string(kDeclaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body +
         "</Relationships>";
}

namespace {

std::string overridePart(const std::string& part, const std::string& type) {
  return "<Override PartName=\"" + part + "\" ContentType=\"" + kContentType + type + "\"/>";
}

// The title placeholder of the master and the layout (slides give their own position).
std::string titlePlaceholder() {
  return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
         "<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"457200\" y=\"228600\"/>"
         "<a:ext cx=\"11277600\" cy=\"762000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
         "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>";
}

// A level-1 text style: its size in hundredths of a point, the theme's heading or body fonts.
std::string levelStyle(const char* element, int size, bool major) {
  const std::string font = major ? "+mj-" : "+mn-";
  return std::string("<p:") + element + "><a:lvl1pPr algn=\"l\"><a:buNone/><a:defRPr sz=\"" + std::to_string(size) +
         "\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"" + font +
         "lt\"/><a:ea typeface=\"" + font + "ea\"/><a:cs typeface=\"" + font +
         "cs\"/></a:defRPr></a:lvl1pPr></p:" + element + ">";
}

std::string colour(const char* name, const char* rgb) {
  return std::string("<a:") + name + "><a:srgbClr val=\"" + rgb + "\"/></a:" + name + ">";
}

// Latin text in Arial, Chinese in Microsoft YaHei (微软雅黑), as Chinese Office and WPS decks are set;
// LibreOffice substitutes what it has (Noto Sans CJK on Debian).
std::string fonts(const char* element) {
  return std::string("<a:") + element +
         "><a:latin typeface=\"Arial\"/><a:ea typeface=\"Microsoft YaHei\"/><a:cs typeface=\"Arial\"/></a:" + element +
         ">";
}

std::string threeTimes(const std::string& item) { return item + item + item; }

}  // namespace

std::string contentTypes(int slides, const std::vector<int>& notes) {
  std::string body =
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Default Extension=\"png\" ContentType=\"image/png\"/>";
  body += overridePart("/ppt/presentation.xml", "presentationml.presentation.main+xml");
  body += overridePart("/ppt/slideMasters/slideMaster1.xml", "presentationml.slideMaster+xml");
  body += overridePart("/ppt/slideLayouts/slideLayout1.xml", "presentationml.slideLayout+xml");
  for (int i = 1; i <= slides; ++i)
    body += overridePart("/ppt/slides/slide" + std::to_string(i) + ".xml", "presentationml.slide+xml");
  body += overridePart("/ppt/notesMasters/notesMaster1.xml", "presentationml.notesMaster+xml");
  for (int n : notes)
    body += overridePart("/ppt/notesSlides/notesSlide" + std::to_string(n) + ".xml", "presentationml.notesSlide+xml");
  body += overridePart("/ppt/theme/theme1.xml", "theme+xml");
  body += overridePart("/ppt/theme/theme2.xml", "theme+xml");
  body += overridePart("/ppt/presProps.xml", "presentationml.presProps+xml");
  body += overridePart("/ppt/viewProps.xml", "presentationml.viewProps+xml");
  body += overridePart("/ppt/tableStyles.xml", "presentationml.tableStyles+xml");
  body += overridePart("/docProps/app.xml", "extended-properties+xml");
  body +=
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
  return std::string(kDeclaration) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
         body + "</Types>";
}

std::string packageRelationships() {
  return relationships(
      relationship(1, "officeDocument", "ppt/presentation.xml") +
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      "core-properties\" Target=\"docProps/core.xml\"/>" +
      relationship(3, "extended-properties", "docProps/app.xml"));
}

// Relationship ids: the master rId1, slide i rId(1 + i), then the properties, theme and table styles.
std::string presentation(int slides, double width, double height) {
  std::string list;
  for (int i = 1; i <= slides; ++i)
    list += "<p:sldId id=\"" + std::to_string(255 + i) + "\" r:id=\"rId" + std::to_string(1 + i) + "\"/>";
  return std::string(kDeclaration) + "<p:presentation" + kNamespaces + " saveSubsetFonts=\"1\">" +
         "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>" +
         "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId" + std::to_string(slides + 6) +
         "\"/></p:notesMasterIdLst><p:sldIdLst>" + list + "</p:sldIdLst><p:sldSz cx=\"" + std::to_string(emu(width)) +
         "\" cy=\"" + std::to_string(emu(height)) + "\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>";
}

std::string presentationRelationships(int slides) {
  std::string body = relationship(1, "slideMaster", "slideMasters/slideMaster1.xml");
  for (int i = 1; i <= slides; ++i) body += relationship(1 + i, "slide", "slides/slide" + std::to_string(i) + ".xml");
  body += relationship(slides + 2, "presProps", "presProps.xml");
  body += relationship(slides + 3, "viewProps", "viewProps.xml");
  body += relationship(slides + 4, "theme", "theme/theme1.xml");
  body += relationship(slides + 5, "tableStyles", "tableStyles.xml");
  body += relationship(slides + 6, "notesMaster", "notesMasters/notesMaster1.xml");
  return relationships(body);
}

std::string slideMaster() {
  return std::string(kDeclaration) + "<p:sldMaster" + kNamespaces + ">" +
         "<p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>" +
         kTreeStart + titlePlaceholder() + "</p:spTree></p:cSld>" + kColourMap +
         "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst><p:txStyles>" +
         levelStyle("titleStyle", 2800, true) + levelStyle("bodyStyle", 1800, false) +
         levelStyle("otherStyle", 1800, false) + "</p:txStyles></p:sldMaster>";
}

std::string slideMasterRelationships() {
  return relationships(relationship(1, "slideLayout", "../slideLayouts/slideLayout1.xml") +
                       relationship(2, "theme", "../theme/theme1.xml"));
}

std::string slideLayout() {
  return std::string(kDeclaration) + "<p:sldLayout" + kNamespaces + " type=\"titleOnly\" preserve=\"1\">" +
         "<p:cSld name=\"Title Only\">" + kTreeStart + titlePlaceholder() + "</p:spTree></p:cSld>" +
         "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
}

std::string slideLayoutRelationships() {
  return relationships(relationship(1, "slideMaster", "../slideMasters/slideMaster1.xml"));
}

// Dark grey text on white; the accents are the map's status colours (completed green first).
std::string theme() {
  const std::string fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
  const std::string line = "<a:ln w=\"9525\">" + fill + "</a:ln>";
  return std::string(kDeclaration) +
         "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"WorksMap\">"
         "<a:themeElements><a:clrScheme name=\"WorksMap\">" +
         colour("dk1", "1A1A1D") + colour("lt1", "FFFFFF") + colour("dk2", "2F3E4E") + colour("lt2", "F7F7F2") +
         colour("accent1", "2E7D32") + colour("accent2", "F9A825") + colour("accent3", "1565C0") +
         colour("accent4", "C62828") + colour("accent5", "6A1B9A") + colour("accent6", "00838F") +
         colour("hlink", "1565C0") + colour("folHlink", "6A1B9A") + "</a:clrScheme><a:fontScheme name=\"WorksMap\">" +
         fonts("majorFont") + fonts("minorFont") + "</a:fontScheme><a:fmtScheme name=\"WorksMap\"><a:fillStyleLst>" +
         threeTimes(fill) + "</a:fillStyleLst><a:lnStyleLst>" + threeTimes(line) + "</a:lnStyleLst><a:effectStyleLst>" +
         threeTimes("<a:effectStyle><a:effectLst/></a:effectStyle>") + "</a:effectStyleLst><a:bgFillStyleLst>" +
         threeTimes(fill) +
         "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
}

std::string presentationProperties() { return std::string(kDeclaration) + "<p:presentationPr" + kNamespaces + "/>"; }

std::string viewProperties() { return std::string(kDeclaration) + "<p:viewPr" + kNamespaces + "/>"; }

// The default table style named is PowerPoint's built-in "Medium Style 2 - Accent 1"; our tables set their own
// look on every cell.
std::string tableStyles() {
  return std::string(kDeclaration) +
         "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
         "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>";
}

std::string coreProperties(const std::string& title) {
  return std::string(kDeclaration) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
         xmlText(title) + "</dc:title><dc:creator>WorksMap</dc:creator></cp:coreProperties>";
}

std::string appProperties(int slides) {
  return std::string(kDeclaration) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>WorksMap</Application><Slides>" +
         std::to_string(slides) + "</Slides></Properties>";
}

std::string slideRelationships(int number, const std::string& image, bool notes) {
  std::string body = relationship(1, "slideLayout", "../slideLayouts/slideLayout1.xml");
  if (!image.empty()) body += relationship(2, "image", "../media/" + image);
  if (notes) body += relationship(3, "notesSlide", "../notesSlides/notesSlide" + std::to_string(number) + ".xml");
  return relationships(body);
}

}  // namespace wm::publish::pptx
