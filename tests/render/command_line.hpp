#pragma once
// Test-only: running the worksmap binary and the tools that read its PDFs back (poppler's pdfinfo and
// pdftotext), for the render tests of `deck` and `atlas`.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace wm::test {

struct Outcome {
  int code = -1;
  std::string out, err;
};

inline std::string readText(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// `worksmap ARGS` in the language given (WORKSMAP_LANG), its output captured through files in `dir`.
inline Outcome runWorksmap(const std::string& args, const std::filesystem::path& dir, const std::string& lang = "en") {
  const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  const std::string command = "WORKSMAP_LANG=" + lang + " " + std::string(WORKSMAP_BINARY) + " " + args + " >" +
                              out.string() + " 2>" + err.string();
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readText(out), readText(err)};
}

/// What a shell command prints on standard output.
inline std::string commandOutput(const std::string& command) {
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
  }
  return out;
}

/// The lines of `out` starting with `prefix` (under Xvfb OSG also prints X errors on standard output).
inline std::string linesStartingWith(const std::string& out, const std::string& prefix) {
  std::istringstream in(out);
  std::string line, kept;
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) kept += line + "\n";
  return kept;
}

/// The PDF's page count by pdfinfo; -1 when it cannot say.
inline int pdfPages(const std::filesystem::path& pdf) {
  const std::string info = commandOutput("pdfinfo " + pdf.string());
  const std::size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

}  // namespace wm::test
