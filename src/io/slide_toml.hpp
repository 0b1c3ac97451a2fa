#pragma once
// Slides written as the [[slide]] tables of a workspace file (docs/workspace.md, "[[slide]]"), in the keys the
// workspace reader (io/workspace.hpp) reads, so that writing and reading again gives the same slides.
#include <string>
#include <string_view>
#include <vector>

#include "domain/slide.hpp"

namespace wm::io {

/// The slide as it reads back once written: texts trimmed as the reader trims them (blanks, full-width spaces),
/// camera numbers clamped into the ranges a workspace accepts (a centre past the poles, a tilt of 90), a
/// non-finite number or opacity back at its default (dropped), a period's ends in order. Line numbers kept.
domain::Slide slideAsSaved(const domain::Slide& slide);

/// One [[slide]] table: the header and a `key = value` line for every field not at its default, each line
/// ended by `eol` ("\n" or "\r\n"). Numbers in their shortest form that reads back identical; texts as TOML
/// basic strings (Chinese as UTF-8, quotes, backslashes and control characters escaped; speaker notes that
/// span lines as a multi-line string, one line of the file per line of notes). A whole calendar year is
/// written `year = 2022`, another period `from`/`to`. Writes slideAsSaved(slide).
std::string slideToToml(const domain::Slide& slide, std::string_view eol = "\n");

/// Every slide's table, one blank line between two tables.
std::string slidesToToml(const std::vector<domain::Slide>& slides, std::string_view eol = "\n");

/// `text` as a TOML basic string in double quotes ("a\"b"), on one line.
std::string tomlQuoted(std::string_view text);

}  // namespace wm::io
