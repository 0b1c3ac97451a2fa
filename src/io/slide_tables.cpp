#include "io/slide_tables.hpp"

#include <string>
#include <utility>

namespace wm::io {
namespace {

// One statement of a TOML text: a line, or the lines of a value that spans several (a multi-line string or
// array), with its line break.
struct Statement {
  enum class Kind { Blank, Comment, Header, Value };
  Kind kind = Kind::Blank;
  std::size_t begin = 0;
  int line = 0;
  std::vector<std::string> path;  ///< a header's dotted key: [slide.opacity] → {"slide", "opacity"}
  bool array = false;             ///< [[...]]
};

bool isBareKeyChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Reads statements the way a TOML parser splits them, without checking anything else: the text is known to
// be valid TOML (it was read as a workspace).
class StatementScanner {
public:
  explicit StatementScanner(std::string_view text) : _text(text) {
    if (text.starts_with("\xEF\xBB\xBF")) _pos = 3;
  }

  std::vector<Statement> all() {
    std::vector<Statement> out;
    while (_pos < _text.size()) out.push_back(next());
    return out;
  }

  std::size_t size() const { return _text.size(); }

private:
  char at(std::size_t pos) const { return pos < _text.size() ? _text[pos] : '\0'; }
  bool startsWith(std::string_view what) const { return _text.substr(_pos).starts_with(what); }
  bool atLineEnd() const { return _pos >= _text.size() || at(_pos) == '\n' || startsWith("\r\n"); }

  void advance(std::size_t count = 1) {
    for (; count > 0 && _pos < _text.size(); --count)
      if (_text[_pos++] == '\n') ++_line;
  }

  void skipBlanks() {
    while (at(_pos) == ' ' || at(_pos) == '\t') advance();
  }

  void skipRestOfLine() {
    while (_pos < _text.size() && _text[_pos] != '\n') advance();
    advance();  // the line break itself
  }

  Statement next() {
    Statement s;
    s.begin = _pos;
    s.line = _line;
    skipBlanks();
    if (atLineEnd()) {
      s.kind = Statement::Kind::Blank;
    } else if (at(_pos) == '#') {
      s.kind = Statement::Kind::Comment;
    } else if (at(_pos) == '[') {
      s.kind = Statement::Kind::Header;
      readHeader(s);
    } else {
      s.kind = Statement::Kind::Value;
      skipKey();
      skipValue();
    }
    skipRestOfLine();
    return s;
  }

  void readHeader(Statement& s) {
    advance();
    s.array = at(_pos) == '[';
    if (s.array) advance();
    for (;;) {
      skipBlanks();
      s.path.push_back(readKeyPart());
      skipBlanks();
      if (at(_pos) != '.') return;
      advance();
    }
  }

  // One part of a dotted key: bare, "basic" (the usual escapes of quotes and backslashes undone) or 'literal'.
  std::string readKeyPart() {
    std::string part;
    const char quote = at(_pos);
    if (quote != '"' && quote != '\'') {
      while (isBareKeyChar(at(_pos))) part += _text[_pos++];
      return part;
    }
    advance();
    while (_pos < _text.size() && at(_pos) != quote && at(_pos) != '\n') {
      if (quote == '"' && at(_pos) == '\\') advance();
      part += at(_pos);
      advance();
    }
    advance();
    return part;
  }

  void skipKey() {
    while (_pos < _text.size() && at(_pos) != '=' && at(_pos) != '\n') {
      if (at(_pos) == '"' || at(_pos) == '\'')
        readKeyPart();
      else
        advance();
    }
    advance();  // '='
  }

  // A value up to the line break that ends it: the one outside strings, comments and brackets.
  void skipValue() {
    int depth = 0;
    while (_pos < _text.size()) {
      const char c = at(_pos);
      if (c == '\n' && depth <= 0) return;
      if (c == '#') {
        while (_pos < _text.size() && at(_pos) != '\n') advance();
      } else if (startsWith("\"\"\"") || startsWith("'''")) {
        skipMultiLineString();
      } else if (c == '"' || c == '\'') {
        readKeyPart();  // a one-line string reads like a quoted key
      } else {
        if (c == '[' || c == '{') ++depth;
        if (c == ']' || c == '}') --depth;
        advance();
      }
    }
  }

  // """…""" (with escapes) or '''…''' (without); up to two more quotes before the closing three are content.
  void skipMultiLineString() {
    const char quote = at(_pos);
    const std::string_view delimiter = quote == '"' ? "\"\"\"" : "'''";
    advance(3);
    while (_pos < _text.size() && !startsWith(delimiter)) advance(quote == '"' && at(_pos) == '\\' ? 2 : 1);
    advance(3);
    for (int extra = 0; extra < 2 && at(_pos) == quote; ++extra) advance();
  }

  std::string_view _text;
  std::size_t _pos = 0;
  int _line = 1;
};

bool isSlideHeader(const Statement& s) {
  return s.kind == Statement::Kind::Header && !s.path.empty() && s.path.front() == "slide";
}

bool startsSlide(const Statement& s) { return isSlideHeader(s) && s.array && s.path.size() == 1; }

// The first of the comment statements directly above statement `i` (none: i itself).
std::size_t commentsAbove(const std::vector<Statement>& statements, std::size_t i) {
  while (i > 0 && statements[i - 1].kind == Statement::Kind::Comment) --i;
  return i;
}

// Where a slide's table ends when statement `i` (a non-slide header, or statements.size() for the end of the
// text) follows it: before the comments directly above that header and the blank lines before those.
std::size_t slideEnd(const std::vector<Statement>& statements, std::size_t i, std::size_t header, std::size_t size) {
  if (i < statements.size()) i = commentsAbove(statements, i);
  while (i > header + 1 && statements[i - 1].kind == Statement::Kind::Blank) --i;
  return i < statements.size() ? statements[i].begin : size;
}

}  // namespace

std::vector<SlideTableSpan> findSlideTables(std::string_view text) {
  StatementScanner scanner(text);
  const std::vector<Statement> statements = scanner.all();
  std::vector<SlideTableSpan> spans;
  std::size_t open = 0;  // statement index of the open slide's header
  bool isOpen = false;
  for (std::size_t i = 0; i <= statements.size(); ++i) {
    const bool atEnd = i == statements.size();
    if (!atEnd && statements[i].kind != Statement::Kind::Header) continue;
    if (!atEnd && isOpen && isSlideHeader(statements[i]) && !startsSlide(statements[i])) continue;  // its sub-table
    const bool slide = !atEnd && isSlideHeader(statements[i]);
    const std::size_t first = slide && !spans.empty() ? commentsAbove(statements, i) : i;
    if (isOpen) {
      spans.back().end = slide ? statements[first].begin : slideEnd(statements, i, open, scanner.size());
      spans.back().endsRun = !slide;
    }
    isOpen = slide;
    if (slide) {
      open = i;
      spans.push_back({statements[first].begin, statements[i].begin, 0, statements[i].line, false});
    }
  }
  return spans;
}

std::string_view lineEnding(std::string_view text) {
  const std::size_t lf = text.find('\n');
  return lf != std::string_view::npos && lf > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
}

}  // namespace wm::io
