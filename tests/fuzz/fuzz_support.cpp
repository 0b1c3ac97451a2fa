#include "fuzz_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace wm::fuzz {

void fail(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
  std::abort();
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, start)) {
    pieces.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

std::size_t argumentsUsed(std::string_view format) {
  std::size_t highest = 0, automatic = 0;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '{') continue;
    if (i + 1 < format.size() && format[i + 1] == '{') {  // "{{": a literal brace
      ++i;
      continue;
    }
    std::size_t index = 0, digits = 0;
    for (++i; i < format.size() && format[i] >= '0' && format[i] <= '9'; ++i, ++digits)
      index = index * 10 + static_cast<std::size_t>(format[i] - '0');
    if (digits > 0)
      highest = std::max(highest, index + 1);
    else
      ++automatic;
  }
  return std::max(highest, automatic);
}

void checkDiagnostics(const core::Diagnostics& problems) {
  for (const core::Diagnostic& d : problems.items()) {
    for (core::Lang lang : {core::Lang::En, core::Lang::Zh}) {
      WM_FUZZ_CHECK(d.args.size() >= argumentsUsed(core::text(d.msg, lang)));
      WM_FUZZ_CHECK(!core::formatDiagnostic(d, lang).empty());
    }
  }
}

}  // namespace wm::fuzz
