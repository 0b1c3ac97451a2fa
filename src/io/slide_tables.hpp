#pragma once
// Where the [[slide]] tables stand in a workspace file's text, to the byte, so that saving can replace them and
// leave every other byte as it was. The rules (docs/workspace.md, "Saving slides"):
// - a slide's table runs from its `[[slide]]` header to the next header that is not `[[slide]]` or one of the
//   slide's own sub-tables (`[slide.opacity]`), or to the end of the file;
// - the comment lines directly above that next header (no blank line between) belong to it, not to the slide,
//   and so do the blank lines before them; at the end of the file only the trailing blank lines stay outside;
// - the comment lines directly above a `[[slide]]` header belong to that slide, except above the first one
//   in the file, where they usually introduce the briefing and stay where they are;
// - anything else between two slide headers (keys, comments, blank lines) belongs to the slide above.
#include <cstddef>
#include <string_view>
#include <vector>

namespace wm::io {

/// One [[slide]] table as byte offsets into the text.
struct SlideTableSpan {
  std::size_t begin = 0;   ///< its first byte: the comment lines above its header, else the header line
  std::size_t header = 0;  ///< the first byte of its `[[slide]]` header line
  std::size_t end = 0;     ///< one past its last byte (its trailing blank lines included, unless it ends a run)
  int line = 0;            ///< the header's line, 1-based (domain::Slide::line)
  bool endsRun = false;    ///< other text than a slide follows: another table, or the end of the file
};

/// The [[slide]] tables of a workspace text (valid TOML: a `[` in a multi-line string or array is not taken
/// for a header), in the order they stand. A UTF-8 signature at the start is skipped.
std::vector<SlideTableSpan> findSlideTables(std::string_view text);

/// The line ending of the text's first line: "\r\n" or "\n" (also when the text has no line break).
std::string_view lineEnding(std::string_view text);

}  // namespace wm::io
