// Speaker notes in the PPTX: a notes master, and a notes page for each slide that has notes (the slide's picture
// above the notes, as PowerPoint's presenter view and printed notes pages show them).
#include <string>

#include "publish/pptx_parts.hpp"

namespace wm::publish::pptx {
namespace {

// The notes page's two placeholders: the slide's picture and the notes' body; a master gives them their places
// on a portrait page (7.5 × 10 inches), a notes page inherits them.
std::string placeholders(bool master, const std::string& body) {
  const std::string image = master ? "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" "
                                     "cy=\"3086100\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
                                     "<a:noFill/></p:spPr>"
                                   : "<p:spPr/>";
  const std::string notes = master ? "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" "
                                     "cy=\"3600450\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
                                     "</p:spPr>"
                                   : "<p:spPr/>";
  return std::string(kTreeStart) +
         "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" "
         "noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr>" +
         image +
         "</p:sp><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
         "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>" +
         notes + "<p:txBody><a:bodyPr/><a:lstStyle/>" + body + "</p:txBody></p:sp></p:spTree>";
}

// A paragraph a line of the notes.
std::string paragraphs(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out += line.empty() ? "<a:p><a:endParaRPr lang=\"zh-CN\"/></a:p>"
                        : "<a:p><a:r><a:rPr lang=\"zh-CN\" dirty=\"0\"/><a:t>" + xmlText(line) + "</a:t></a:r></a:p>";
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string notesMaster() {
  return std::string(kDeclaration) + "<p:notesMaster" + kNamespaces +
         "><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr>"
         "</p:bg>" +
         placeholders(true, "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>") + "</p:cSld>" + kColourMap +
         "<p:notesStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/>"
         "</a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/>"
         "</a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>";
}

std::string notesMasterRelationships() { return relationships(relationship(1, "theme", "../theme/theme2.xml")); }

std::string notesSlide(const std::string& text) {
  return std::string(kDeclaration) + "<p:notes" + kNamespaces + "><p:cSld>" + placeholders(false, paragraphs(text)) +
         "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
}

std::string notesSlideRelationships(int slide) {
  return relationships(relationship(1, "notesMaster", "../notesMasters/notesMaster1.xml") +
                       relationship(2, "slide", "../slides/slide" + std::to_string(slide) + ".xml"));
}

}  // namespace wm::publish::pptx
