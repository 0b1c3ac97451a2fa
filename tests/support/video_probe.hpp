#pragma once
// Test-only: reading a video back with the ffprobe command (Debian's ffmpeg package), as a user's tools would.
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace wm::test {

/// What `command` (run by the shell) writes to its standard output.
inline std::string commandOutput(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 256> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) out += buffer.data();
    ::pclose(pipe);
  }
  return out;
}

/// codec_name, width, height, duration and nb_read_frames (each frame decoded and counted) of the first video
/// stream, a "key=value" line each.
inline std::string probeVideo(const std::filesystem::path& file) {
  return commandOutput(
      "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
      "stream=codec_name,width,height,nb_read_frames,duration -of default=noprint_wrappers=1 '" +
      file.string() + "'");
}

}  // namespace wm::test
